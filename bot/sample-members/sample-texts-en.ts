import type { SampleTexts } from './sample-texts';

/** The same five colleagues, for a community that works in English. */
export const SAMPLE_TEXTS_EN: SampleTexts = {
  checkIn: {
    answers: {
      dish: [
        'Stew with fries: solid, and everyone likes it.',
        'A good soup: many ingredients, better when it simmers.',
        'Waterzooi, calm and warm.',
        'Tapas: a little of everything.',
        'Spaghetti bolognese, always fine.',
      ],
      animal: [
        'An ant: I like to do my bit.',
        'An owl: I look around before I say something.',
        'A dog: loyal, and I love being outdoors.',
        'A dolphin: playful and happiest in a group.',
        'A cat: independent, but I show up when something happens.',
      ],
      journey: [
        'Iceland, for the volcanoes and the silence.',
        'Japan, to see how they teach nursing there.',
        'New Zealand, in a camper van.',
        'Peru, to Machu Picchu.',
        'Canada, canoeing in the national parks.',
      ],
      learned: [
        'How to record a knowledge clip with the college’s recording tool.',
        'That students remember feedback better when they summarise it themselves.',
        'A new way to explain the circulation with a water pump.',
        'How to make a word cloud in Wooclap.',
        'That my daughter is better at maths than I am.',
      ],
      book: [
        '"The Diary of Anne Frank", I read it three times as a teenager.',
        '"The Evenings" by Gerard Reve.',
        '"The Sorrow of Belgium" by Hugo Claus.',
        '"Sapiens" by Yuval Noah Harari.',
        '"We Are Our Brains" by Dick Swaab, fitting for our subject.',
      ],
      colour: [
        'Green: some energy is coming back after the exams.',
        'Blue: calm, a quiet week.',
        'Orange: busy, but a good busy.',
        'Yellow: sunny, the placements started well.',
        'Grey: a lot of marking this week.',
      ],
      saying: [
        'Practice makes perfect.',
        'Nothing ventured, nothing gained.',
        'Rome wasn’t built in a day.',
        'Many hands make light work.',
        'A good neighbour is better than a distant friend.',
      ],
    },
    words: ['Curious', 'Tired', 'Motivated', 'Busy', 'Content'],
    sinceLastTime: [
      'Tried the practice test of chapter 3 in my tutorial.',
      '',
      'Read the article on spaced learning that Griet sent round.',
      'Recorded two knowledge clips on the kidney.',
      '',
    ],
    obstacles: ['', 'Little time because of the placement visits.', '', '', 'The lab is often fully booked.'],
  },
  introductions: [
    { programme: 'Bachelor of Nursing', courses: 'Anatomy and physiology 1, the skills lab' },
    { programme: 'Bachelor of Midwifery', courses: 'Physiology of pregnancy, placement coaching' },
    { programme: 'Bachelor of Biomedical Laboratory Technology', courses: 'Histology, lab practicals' },
    { programme: 'Bachelor of Nursing', courses: 'Pathology, coaching first-year students' },
    { programme: 'Bachelor of Occupational Therapy', courses: 'Kinesiology, anatomy of the locomotor system' },
  ],
  postIts: {
    explore: [
      'More practice tests before the exams',
      'Short knowledge clips per chapter',
      'Clinical cases in every lab',
      'Peer feedback on each other’s diagrams',
      'Use a 3D atlas in class',
    ],
    expectations: [
      'Concrete materials I can use tomorrow',
      'Learn from each other how we give feedback',
      'A shared view on assessment',
      'Time to really make something together',
    ],
    'retrospective:went-well': ['Everyone came with an idea ready', 'Good atmosphere, lots of laughter'],
    'retrospective:to-improve': ['Start on time', 'Spend less time on the check-in'],
    'retrospective:celebrate': ['The first knowledge clip is online!'],
    'check-out:take-away': ['I will try the practice test next week', 'I take the case idea to my lab'],
    'check-out:next-agenda': ['How do we grade the lab reports?'],
  },
  anyBoard: [
    'Students mostly get stuck on kidney physiology',
    'Could we work more with the placement sites?',
    'A shared folder of sample exams',
    'More time to practise in the lab',
    'Give feedback with a fixed rubric',
  ],
  actions: [
    'Write a practice test for chapter 3',
    'Record two knowledge clips on the heart',
    'Write three clinical cases for the lab',
    'Try the peer-feedback rubric in my group',
    'Ask the library for a 3D atlas',
  ],
  survey: {
    'most-valuable': [
      'Colleagues’ examples I could use straight away',
      'Time to make materials together',
      'The open talks about what does not work',
      'The practice tests we wrote together',
      'Meeting colleagues of other programmes',
    ],
    'added-value': [
      'We now assess in the same way',
      'I feel less alone with my subject',
      'Students get better feedback',
      'There is a shared bank of cases',
      'New colleagues find their way faster',
    ],
  },
};
