import { COLOURS, type Mood } from '../../domain/activities/check-in/check-in';
import { checkInVariantOf } from '../../domain/activities/check-in/check-in-variant';
import { questionOfTheDay } from '../../domain/activities/check-in/check-in-questions';
import { categoriesOf } from '../../domain/activities/board/board';
import { dateAfter } from '../../domain/activities/actions/actions';
import { LIKERT_QUESTIONS } from '../../domain/activities/survey/survey';
import type { Idea } from '../../domain/activities/dot-vote/dot-vote';
import { rulesOf } from '../../domain/activities/dot-vote/dot-vote-use-cases';
import { placesFor } from '../../domain/activities/rank/rank';
import type { Person } from '../../domain/community/community';
import type { Phase } from '../../domain/session/formats';
import type { Session } from '../../domain/session/session';
import type { Lang } from '../../i18n/t';
import { ACTIONS_VERBS } from '../cards/actions-card';
import { BOARD_VERBS } from '../cards/board-card';
import { CHECK_IN_VERBS } from '../cards/check-in-card';
import { DRIVER_VERBS } from '../cards/driver-rating-card';
import { INTRODUCTION_VERBS } from '../cards/introductions-card';
import { RANK_VERBS } from '../cards/rank-card';
import { SURVEY_VERBS } from '../cards/survey-card';
import { VOTE_VERBS } from '../cards/vote-card';
import { asksRating } from '../../domain/driver/rate-driver';
import { nth, sampleTexts, type SampleTexts } from './sample-texts';

/** One click of one sample colleague: the verb of the card's button and what the card's inputs hold. */
export interface SampleClick {
  member: Person;
  verb: string;
  inputs: Record<string, unknown>;
}

/** What the colleagues answer on: the phase, and what it offers to choose from (ideas, members). */
export interface AnswerContext {
  session: Session;
  phaseIndex: number;
  phase: Phase;
  members: readonly Person[];
  lang: Lang;
  now: Date;
  ideas: readonly Idea[];
}

type Answerer = (c: AnswerContext, texts: SampleTexts, member: Person, i: number) => SampleClick[];

/** Every colleague's clicks for the phase, in order; none for a phase without a card to answer. */
export function sampleClicks(context: AnswerContext): SampleClick[] {
  const answer = ANSWERERS[context.phase.activity];
  if (!answer) return [];
  const texts = sampleTexts(context.lang);
  return context.members.flatMap((member, i) => answer(context, texts, member, i));
}

const click = (member: Person, verb: string, inputs: Record<string, unknown>): SampleClick => ({
  member,
  verb,
  inputs,
});

const checkIn: Answerer = (c, texts, member, i) => {
  const variant = checkInVariantOf(c.session);
  const feeling =
    variant === 'word'
      ? { word: nth(texts.checkIn.words, i) }
      : variant === 'colour'
        ? { colour: nth(COLOURS, i * 2) }
        : { mood: nth(['sunny', 'partly-sunny', 'cloudy', 'sunny', 'rainy'] satisfies Mood[], i) };
  const answer = nth(texts.checkIn.answers[questionOfTheDay(c.session.questionIndex)], i);
  return [
    click(member, CHECK_IN_VERBS.submit, {
      ...feeling,
      answer,
      sinceLastTime: nth(texts.checkIn.sinceLastTime, i),
      obstacles: nth(texts.checkIn.obstacles, i),
    }),
  ];
};

/** One post-it each, spread over the board's categories; the driver rated where the board asks for it. */
const board: Answerer = (c, texts, member, i) => {
  const categories = categoriesOf(c.phase);
  const category = categories.length ? nth(categories, i) : undefined;
  const lists = category
    ? [texts.postIts[`${c.phase.key}:${category}`], texts.postIts[`${c.phase.activity}:${category}`]]
    : [texts.postIts[c.phase.key]];
  const list = lists.find((l) => l?.length) ?? texts.anyBoard;
  const text = nth(list, category ? Math.floor(i / categories.length) : i);
  const clicks = [click(member, BOARD_VERBS.add, { text, ...(category ? { category } : {}) })];
  if (asksRating(c.session, c.phaseIndex)) clicks.push(rating(c, texts, member, i)[0]!);
  return clicks;
};

const rating: Answerer = (_c, _texts, member, i) => [
  click(member, DRIVER_VERBS.rate, { rating: String(nth([3, 4, 2, 4, 3], i)) }),
];

/** All of a colleague's dots, at most the cap on one idea, each colleague starting at another idea. */
const vote: Answerer = (c, _texts, member, i) => {
  if (c.ideas.length === 0) return [];
  const rules = rulesOf(c.session, c.phaseIndex, c.ideas.length);
  const dots: Record<string, number> = {};
  let left = rules.dots;
  for (let step = 0; left > 0 && step < c.ideas.length; step++) {
    const idea = nth(c.ideas, i * 2 + step);
    const given = Math.min(left, step === 0 ? rules.capPerItem : 1);
    dots[idea.id] = given;
    left -= given;
  }
  return [click(member, VOTE_VERBS.cast, Object.fromEntries(Object.entries(dots).map(([id, n]) => [`dots_${id}`, n])))];
};

/** A top three (or fewer when there are fewer topics), each colleague with another favourite. */
const rank: Answerer = (c, _texts, member, i) => {
  if (c.ideas.length === 0) return [];
  const places = Math.min(3, placesFor(c.ideas.length));
  const inputs = Object.fromEntries(
    Array.from({ length: places }, (_, place) => [`rank_${nth(c.ideas, i + place * 2).id}`, String(place + 1)]),
  );
  return [click(member, RANK_VERBS.submit, inputs)];
};

/** Each colleague takes one action on themselves, due in two to four weeks. */
const actions: Answerer = (c, texts, member, i) => [
  click(member, ACTIONS_VERBS.add, {
    what: nth(texts.actions, i),
    owner: member.userId,
    due: dateAfter(c.now, 14 + 7 * (i % 3)),
  }),
];

const introductions: Answerer = (c, texts, member, i) => [
  click(member, INTRODUCTION_VERBS.submit, {
    ...nth(texts.introductions, i),
    answer: nth(texts.checkIn.answers[questionOfTheDay(c.session.questionIndex)], i),
  }),
];

const survey: Answerer = (_c, texts, member, i) => [
  click(member, SURVEY_VERBS.submit, {
    ...Object.fromEntries(LIKERT_QUESTIONS.map((q, n) => [`likert_${q}`, String(3 + ((i + n) % 3))])),
    'open_most-valuable': nth(texts.survey['most-valuable'], i),
    'open_added-value': nth(texts.survey['added-value'], i),
  }),
];

const ANSWERERS: Partial<Record<Phase['activity'], Answerer>> = {
  'check-in': checkIn,
  introductions,
  agreements: board,
  brainstorm: board,
  retrospective: board,
  'check-out': board,
  discussion: board,
  'dot-vote': vote,
  rank,
  driver: rating,
  actions,
  survey,
};
