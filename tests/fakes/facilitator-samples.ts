/** The facilitators' own views of the phase cards: their controls, and everybody's check-ins. */
import { boardCard } from '../../bot/cards/board-card';
import type { AdaptiveCard } from '../../bot/cards/card-kit';
import { checkInCard } from '../../bot/cards/check-in-card';
import { driverRatingCard } from '../../bot/cards/driver-rating-card';
import { introductionsCard } from '../../bot/cards/introductions-card';
import { surveyCard, type SurveyCardView } from '../../bot/cards/survey-card';
import { rankCard } from '../../bot/cards/rank-card';
import { voteCard } from '../../bot/cards/vote-card';
import { checkInOverview } from '../../domain/activities/check-in/check-in-overview';
import { MOODS, type CheckIn } from '../../domain/activities/check-in/check-in';
import type { Translate } from '../../i18n/t';
import { board, hostile, session, view, vote } from './sample-cards';

const written = 'Ik heb de rubric uitgeprobeerd in 5B en de leerlingen gaven elkaar feedback. '.repeat(13);

/** 30 members who wrote as much as the card allows: the card must still fit. */
const checkIns = (variant: 'weather' | 'colour' | 'word'): CheckIn[] =>
  Array.from({ length: 30 }, (_, i) => ({
    sessionId: 's1',
    userId: `29:u${i}`,
    userName: i === 0 ? hostile : `Lid ${i + 1} Van Den Broeck`,
    submittedAt: `2026-12-01T14:${String(i).padStart(2, '0')}:00.000Z`,
    late: false,
    variant,
    ...(variant === 'weather' ? { mood: MOODS[i % MOODS.length]! } : {}),
    ...(variant === 'colour' ? { colour: i % 3 ? ('green' as const) : ('blue' as const) } : {}),
    ...(variant === 'word' ? { word: ['Moe', 'Benieuwd', 'Blij'][i % 3]! } : {}),
    answer: 'Stoemp',
    sinceLastTime: i % 4 === 3 ? '' : written.slice(0, 1000),
    obstacles: i % 2 ? '' : i === 0 ? hostile : 'Te weinig tijd om samen voor te bereiden.',
  }));

const facilitatorCheckIn = (variant: 'weather' | 'colour' | 'word', count: number, t: Translate): AdaptiveCard =>
  checkInCard(
    {
      ...view,
      variant,
      refreshUserIds: undefined,
      position: { index: 0, total: 5, minutes: 10, current: true },
      forFacilitator: true,
      overview: checkInOverview(
        { ...session, settings: { '0': { checkInVariant: variant } } },
        checkIns(variant).slice(0, count),
      ),
    },
    t,
  );

const s1 = (phaseIndex: number) => ({ ref: { sessionId: 's1', phaseIndex }, sessionNumber: 1 });
const now = (index: number, total: number, minutes: number) => ({ index, total, minutes, current: true });

/** An anonymous survey, 4 answers in, as a facilitator sees it while the session is in its phase. */
const facilitatorSurvey = (patch: Partial<SurveyCardView>, t: Translate): AdaptiveCard =>
  surveyCard(
    {
      ...s1(3),
      position: now(3, 5, 20),
      answers: 4,
      open: true,
      anonymous: true,
      forFacilitator: true,
      decimal: String,
      ...patch,
    },
    t,
  );

export const facilitatorSamples = (t: Translate): [name: string, card: AdaptiveCard][] => [
  [
    'introductions (facilitator)',
    introductionsCard(
      {
        ...s1(0),
        position: now(0, 8, 20),
        question: 'dish',
        open: true,
        introductions: [{ name: hostile, programme: 'Verpleegkunde', courses: 'Anatomie 1', answer: 'Stoemp' }],
        forFacilitator: true,
      },
      t,
    ),
  ],
  ['survey (facilitator)', facilitatorSurvey({ answered: true }, t)],
  [
    'survey (facilitator, closed)',
    facilitatorSurvey({ closed: true, results: [{ question: 'driver', answers: 4, average: 3.5 }] }, t),
  ],
  [
    'driver rating (facilitator)',
    driverRatingCard(
      { ...s1(4), position: now(4, 8, 30), open: true, count: 2, forFacilitator: true, decimal: String },
      t,
    ),
  ],
  ['check-in (facilitator, 30 members)', facilitatorCheckIn('weather', 30, t)],
  ['check-in (facilitator, colours)', facilitatorCheckIn('colour', 5, t)],
  ['check-in (facilitator, words)', facilitatorCheckIn('word', 6, t)],
  [
    'vote (facilitator)',
    voteCard(
      { ...vote, ideas: vote.ideas.slice(0, 4), forFacilitator: true, position: { ...vote.position!, current: true } },
      t,
    ),
  ],
  [
    'rank (facilitator)',
    rankCard(
      {
        ref: { sessionId: 's1', phaseIndex: 5 },
        sessionNumber: 1,
        position: { index: 5, total: 7, minutes: 20, current: true },
        ideas: vote.ideas.slice(0, 5),
        places: 5,
        rankers: 4,
        open: true,
        forFacilitator: true,
      },
      t,
    ),
  ],
  [
    'board (facilitator)',
    boardCard({ ...board, mine: [], forFacilitator: true, position: { ...board.position!, current: true } }, t),
  ],
  [
    'retro (facilitator, last phase)',
    boardCard(
      {
        ...board,
        phaseKey: 'retrospective',
        categories: ['went-well', 'to-improve', 'celebrate'],
        mine: [],
        forFacilitator: true,
        position: { index: 4, total: 5, minutes: 10, current: true },
      },
      t,
    ),
  ],
];
