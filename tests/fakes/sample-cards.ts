/**
 * A sample of every card the bot can send, in every state worth looking at. Both the unit test
 * (tests/unit/cards.test.ts: parses, size, no markdown) and the Chromium test
 * (tests/e2e/cards-render.test.ts: renders, no overflow, screenshots) go through this list, so a new
 * card added here is covered by both.
 */
import { commandNames } from '../../bot/command-parser';
import { boardCard, type BoardCardView } from '../../bot/cards/board-card';
import type { WallView } from '../../bot/cards/board-wall';
import { voteCard, type VoteCardView } from '../../bot/cards/vote-card';
import { actionsCard, type ActionsCardView } from '../../bot/cards/actions-card';
import { actionRef, myActionsCard, onCard } from '../../bot/cards/my-actions-card';
import type { CommunityActions } from '../../domain/activities/actions/member-actions';
import { surveyCard } from '../../bot/cards/survey-card';
import { driverRatingCard } from '../../bot/cards/driver-rating-card';
import { rankCard } from '../../bot/cards/rank-card';
import { introductionsCard } from '../../bot/cards/introductions-card';
import { bordaCount } from '../../domain/activities/rank/rank';
import { LEVELS } from '../../domain/activities/board/board';
import { tally } from '../../domain/activities/dot-vote/dot-vote';
import type { AdaptiveCard } from '../../bot/cards/card-kit';
import { checkInCard, type CheckInCardView } from '../../bot/cards/check-in-card';
import { helpCard } from '../../bot/cards/help-card';
import { noticeCard } from '../../bot/cards/notice-card';
import { oneLineCard } from '../../bot/commands/not-understood';
import { dayFormatter } from '../../bot/dates';
import { agendaCard, alreadyRunningCard, phaseCard, sessionEndedCard } from '../../bot/cards/session-cards';
import { welcomeCard } from '../../bot/cards/welcome-card';
import { reportFiledCard, reportRequestedCard } from '../../bot/cards/report-card';
import { scheduleCard } from '../../bot/cards/schedule-card';
import { archiveConfirmCard, exportCard, forgetConfirmCard } from '../../bot/cards/data-cards';
import { actionReminderCard, personalActionReminderCard, sessionReminderCard } from '../../bot/cards/reminder-cards';
import { closingSurveyCard, type ClosingSurveyCardView } from '../../bot/cards/closing-survey-card';
import type { NumberedPlannedSession } from '../../domain/schedule/schedule-queries';
import { agendaFor } from '../../domain/session/formats';
import { Resvg } from '@resvg/resvg-js';
import { startedSession } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';
import { facilitatorSamples } from './facilitator-samples';
import { longDate } from '../../bot/schedule/schedule-words';
import { sampleDialogs } from './sample-dialogs';

export const session = startedSession({
  id: 's1',
  communityId: 'c1',
  number: 3,
  format: 'regular',
  startedBy: 'u',
  questionIndex: 1,
  now: new Date(),
});

/** Member text full of markdown and HTML: it must show verbatim, never as formatting or a link. */
export const hostile = '*bold* _it_ [link](https://evil.example) # Kop\n- lijst\n> quote \\ <b>html</b>';

/** The closing questionnaire as it goes out a week ahead. */
const ahead = (lang: Lang, patch: Partial<ClosingSurveyCardView>): ClosingSurveyCardView => ({
  surveyId: 'c1/k1',
  sessionNumber: 8,
  date: lang === 'nl' ? 'dinsdag 15 december 2026' : 'Tuesday 15 December 2026',
  deadline: lang === 'nl' ? 'dinsdag 15 december om 15:00' : 'Tuesday 15 December at 15:00',
  anonymous: true,
  answers: 0,
  accepting: true,
  ...patch,
});

export const view: CheckInCardView = {
  ref: { sessionId: 's1', phaseIndex: 0 },
  sessionNumber: 3,
  question: 'dish',
  variant: 'weather',
  count: 15,
  open: true,
  refreshUserIds: Array.from({ length: 80 }, (_, i) => `29:u${i}`),
};

const long = (i: number) =>
  `Idee ${i}: ${'een uitgebreide beschrijving van wat we zouden kunnen doen '.repeat(2).trim()}`;

/** A full board: 100 post-its in the session, 20 of them this member's, with levels. */
export const board: BoardCardView = {
  ref: { sessionId: 's1', phaseIndex: 2 },
  sessionNumber: 3,
  phaseKey: 'shared-history',
  position: { index: 2, total: 7, minutes: 20 },
  categories: LEVELS,
  total: 100,
  authors: 15,
  open: true,
  token: '6f1c2a8e-0d4b-4c55-9a0e-2f7b1d3c4e5f',
  refreshUserIds: Array.from({ length: 15 }, (_, i) => `29:u${i}`),
  mine: Array.from({ length: 20 }, (_, i) => ({
    id: `${(i + 1).toString(16).padStart(16, 'a')}`,
    text: i === 0 ? hostile : long(i),
    category: LEVELS[i % 4] ?? null,
  })),
};

/** The group's wall at its largest: 200 post-its of the longest length (280 characters), newest first. */
export const wall200: WallView = {
  postIts: Array.from({ length: 200 }, (_, i) => ({
    id: (200 - i).toString(16).padStart(16, 'c'),
    text:
      i === 1
        ? hostile
        : `Idee ${200 - i}: ${'één werkvorm uit de praktijk die we samen uitproberen, '.repeat(6)}`.slice(0, 280),
    category: LEVELS[i % 4] ?? null,
  })),
  hiddenUntilReveal: false,
  tabUrl: 'https://leerkring.example/tab/index.html?view=channel&tab=agenda&channel=19%3Ac',
};

const ideas = Array.from({ length: 100 }, (_, i) => ({
  id: (i + 1).toString(16).padStart(16, 'b'),
  text: i === 0 ? hostile : long(i),
}));

/** A vote over 100 ideas (the card shows the first 40) and the same vote revealed. */
export const vote: VoteCardView = {
  ref: { sessionId: 's1', phaseIndex: 3 },
  sessionNumber: 3,
  position: { index: 2, total: 5, minutes: 15 },
  rules: { dots: 5, capPerItem: 3 },
  ideas,
  voters: 15,
  open: true,
  mine: { [ideas[0]!.id]: 3, [ideas[1]!.id]: 2 },
  refreshUserIds: Array.from({ length: 15 }, (_, i) => `29:u${i}`),
};

/** A condensed vote: two clusters (by title, with their size) and three ideas left on their own. */
const condensed: VoteCardView['ideas'] = [
  { id: 'c'.repeat(16), text: 'Toetsing & feedback', cluster: 'Toetsing & feedback', size: 3 },
  { id: 'd'.repeat(16), text: hostile, cluster: hostile, size: 2 },
  ...ideas.slice(5, 8),
];

const names = [
  'Griet Van Damme',
  'Pieter Claes',
  'Lotte Janssens',
  'Wout Peeters',
  'Fien De Smet',
  'Jens Maes',
  'Ann Wouters',
  'Bram Jacobs',
  'Sofie Mertens',
  'Tom Willems',
  'Eva Goossens',
  'Kobe Dubois',
  'Lien Lambrechts',
  'Nina Vermeulen',
  'Arne Hermans',
];

/** Actions of a community of 15: 20 of them, some done, one with hostile text. */
export const actions: ActionsCardView = {
  ref: { sessionId: 's1', phaseIndex: 3 },
  sessionNumber: 3,
  position: { index: 3, total: 5, minutes: 30 },
  members: names.map((name, i) => ({ id: `29:member-${i}-${'x'.repeat(60)}`, name })),
  actions: Array.from({ length: 20 }, (_, i) => ({
    id: (i + 1).toString(16).padStart(16, 'c'),
    item: {
      what: i === 0 ? hostile : `${long(i)}`.slice(0, 120),
      ownerId: `29:member-${i % 15}-${'x'.repeat(60)}`,
      ownerName: names[i % 15] ?? '',
      due: '2026-12-08',
      status: i % 4 === 3 ? 'done' : 'open',
    },
  })),
  defaultDue: '2026-12-06',
  open: true,
  token: '5b7e0c1d-2a3f-4e6b-8c9d-0e1f2a3b4c5d',
  formatDate: (d) => d,
};

/** A member's open actions in two communities, 12 each: more than one card holds. */
const myGroups: CommunityActions[] = ['PLG Anatomie & Fysiologie', 'PLG Evalueren in het labo'].map((name, g) => ({
  communityId: `c${g}`,
  communityName: name,
  actions: actions.actions.slice(0, 12).map((a, i) => ({
    ...a.item,
    id: a.id,
    sessionId: `s${g}-${i}`,
    sessionNumber: i + 1,
    status: g === 0 && i === 1 ? 'done' : 'open',
  })),
}));
const myCard = onCard(myGroups);

const planned = (i: number, extra: Partial<NumberedPlannedSession> = {}): NumberedPlannedSession => ({
  id: `c1/2026-12-${15 + i}T14:00:00.000Z`,
  key: `k${i}`,
  sequence: 0,
  communityId: 'c1',
  number: 4 + i,
  start: `2026-12-${15 + i}T14:00:00.000Z`,
  end: `2026-12-${15 + i}T15:30:00.000Z`,
  timeZone: 'Europe/Brussels',
  localDate: `2026-12-${15 + i}`,
  localStart: '15:00',
  localEnd: '16:30',
  format: 'regular',
  topics: [],
  closing: false,
  plannedBy: 'u',
  plannedAt: '2026-11-22T09:00:00.000Z',
  ...extra,
});

/** A small real PNG as a data URI: the report's preview without a server to fetch it from. */
const PREVIEW_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="170">' +
  '<rect width="120" height="170" fill="#fff"/><rect width="120" height="6" fill="#0f766e"/>' +
  '<rect x="10" y="20" width="80" height="10" fill="#1f2937"/>' +
  '<rect x="10" y="40" width="100" height="40" fill="#e5e7eb"/>' +
  '</svg>';
const preview = `data:image/png;base64,${new Resvg(PREVIEW_SVG).render().asPng().toString('base64')}`;

const openActions = Array.from({ length: 15 }, (_, i) => ({
  sessionId: 's1',
  actionId: `a${i}`,
  what: i === 0 ? hostile : `Actie ${i}: de casus uittesten met de labogroep`,
  ownerId: '29:u',
  ownerName: 'Lotte Janssens',
  due: '2026-12-15',
}));

const LONG_GOAL = 'Elke student krijgt minstens één keer per week bruikbare feedback op zijn werk, in elk vak';
const driverStepBoard = { phaseKey: 'driver', categories: ['goal', 'going-well', 'steps'] } as const;
const retroBoard = { phaseKey: 'retrospective', categories: ['went-well', 'to-improve', 'celebrate'] } as const;
const driverParts = (many: boolean) => [
  { part: 'goal', texts: [LONG_GOAL, hostile] },
  { part: 'going-well', texts: many ? [] : ['De oefentoetsen in jaar 1'] },
  {
    part: 'steps',
    texts: Array.from({ length: many ? 9 : 2 }, (_, i) => `Stap ${i + 1}: peerfeedback uitproberen in labo ${i + 1}`),
  },
];
const driverStep = {
  parts: driverParts(false),
  tabUrl: 'https://leerkring.example/tab/index.html?view=channel&tab=driver',
};
const savedDriver = {
  endGoal: LONG_GOAL,
  steps: ['Een feedbackrubriek maken', 'Peerfeedback uitproberen in labo 1', 'Samen terugblikken in juni'],
};

export function sampleCards(lang: Lang): [name: string, card: AdaptiveCard][] {
  const t = translator(lang);
  return [
    [
      'help (facilitator)',
      helpCard({ names: commandNames(lang), isFacilitator: true, hasCommunity: true, preface: ['x'] }, t),
    ],
    ['help (member)', helpCard({ names: commandNames(lang), isFacilitator: false, hasCommunity: true }, t)],
    ['welcome', welcomeCard(t, false)],
    ['welcome (personal)', welcomeCard(t, true)],
    ['notice', noticeCard(t('errors.session.noneRunning'), 'Warning', hostile, t)],
    ['not understood', oneLineCard(t('command.notUnderstood'))],
    [
      'not understood (typo)',
      oneLineCard(t('command.notUnderstoodSuggest', { command: '/volgnde', suggestion: commandNames(lang).next })),
    ],
    ['community named', noticeCard(t('community.named', { name: 'Vakgroep Biologie · PLG' }), 'Good')],
    [
      'community name too long',
      noticeCard(t('community.errors.nameTooLong', { length: 99, max: 80 }), 'Warning', 'Een heel lange naam', t),
    ],
    ['export sent privately', noticeCard(t('data.export.sentPrivately', { name: 'Griet Van Damme' }), 'Good')],
    [
      'export without a private chat',
      noticeCard(t('data.export.noPrivateChat', { name: 'Griet Van Damme' }), 'Warning'),
    ],
    ['notice (another community)', noticeCard(t('errors.session.otherCommunity'), 'Warning')],
    ['notice (store busy, handed back)', noticeCard(t('errors.store.busy'), 'Warning', 'Mijn klas was onrustig', t)],
    ['check-in (shared)', checkInCard(view, t)],
    [
      'check-in (mine)',
      checkInCard(
        {
          ...view,
          notice: { kind: 'saved', name: hostile },
          values: { mood: 'sunny', answer: hostile, sinceLastTime: 'x'.repeat(1000), obstacles: 'y'.repeat(1000) },
        },
        t,
      ),
    ],
    [
      'check-in (open actions)',
      checkInCard(
        {
          ...view,
          notice: { kind: 'actionDone' },
          openActions: Array.from({ length: 10 }, (_, i) => ({
            sessionId: 's0',
            id: `a${i}`,
            what: i === 0 ? hostile : `Actie ${i}: de casus uittesten met de labogroep`,
            due: 'di 8 dec.',
          })),
        },
        t,
      ),
    ],
    [
      'check-in (colour, mine)',
      checkInCard(
        {
          ...view,
          variant: 'colour',
          notice: { kind: 'saved', name: 'Lotte' },
          values: { colour: 'green', answer: 'Stoemp' },
        },
        t,
      ),
    ],
    [
      'check-in (one word, handed back)',
      checkInCard(
        {
          ...view,
          variant: 'word',
          notice: { kind: 'error', message: t('errors.input.oneWord') },
          values: { word: hostile },
        },
        t,
      ),
    ],
    ['check-in (closed)', checkInCard({ ...view, open: false }, t)],
    ['check-in (driver goal)', checkInCard({ ...view, driverGoal: `${LONG_GOAL} ${LONG_GOAL}` }, t)],
    ['check-in (late)', checkInCard({ ...view, open: false, notice: { kind: 'late', name: 'Lotte' } }, t)],
    ...facilitatorSamples(t),
    ['phase', phaseCard(session, 2, t)],
    ['agenda', agendaCard(session, t)],
    [
      'agenda (appreciative inquiry)',
      agendaCard({ ...session, format: 'appreciative-inquiry', agenda: agendaFor('appreciative-inquiry') }, t),
    ],
    ['already running', alreadyRunningCard(session, t, true)],
    ['ended', sessionEndedCard(session, 7, t)],
    ['board (shared)', boardCard({ ...board, mine: undefined }, t)],
    ['board (mine, full)', boardCard({ ...board, notice: { kind: 'added' } }, t)],
    [
      'board (plain, empty)',
      boardCard({ ...board, phaseKey: 'explore', categories: [], total: 0, authors: 0, mine: [], prompt: hostile }, t),
    ],
    [
      'board (retro, error)',
      boardCard(
        {
          ...board,
          ...retroBoard,
          mine: board.mine?.slice(0, 2),
          notice: { kind: 'error', message: t('errors.input.tooLong', { length: 300, max: 280 }) },
          draft: { text: hostile, category: 'celebrate' },
        },
        t,
      ),
    ],
    ['board (closed)', boardCard({ ...board, open: false }, t)],
    ['board (wall, 200 post-its)', boardCard({ ...board, wall: wall200 }, t)],
    ['board (wall, facilitator)', boardCard({ ...board, wall: wall200, forFacilitator: true }, t)],
    ['board (wall, hidden)', boardCard({ ...board, wall: { ...wall200, hiddenUntilReveal: true } }, t)],
    [
      'board (wall, hidden, facilitator)',
      boardCard({ ...board, wall: { ...wall200, hiddenUntilReveal: true }, forFacilitator: true, mine: [] }, t),
    ],
    ['vote (shared, 100 ideas)', voteCard({ ...vote, mine: undefined }, t)],
    ['vote (mine)', voteCard({ ...vote, notice: { kind: 'saved' } }, t)],
    ['vote (no ideas)', voteCard({ ...vote, ideas: [], voters: 0, mine: undefined }, t)],
    ['actions (full)', actionsCard({ ...actions, notice: { kind: 'added' } }, t)],
    [
      'actions (none, error)',
      actionsCard(
        {
          ...actions,
          actions: [],
          notice: { kind: 'error', message: t('errors.input.required') },
          draft: { what: hostile },
        },
        t,
      ),
    ],
    ['actions (closed)', actionsCard({ ...actions, open: false }, t)],
    [
      'actions (due in the past, other school year)',
      actionsCard(
        {
          ...actions,
          actions: actions.actions
            .slice(1, 4)
            .map((a, i) => ({ ...a, item: { ...a.item, due: ['2025-06-30', '2027-09-14', '2026-12-08'][i]! } })),
          formatDate: dayFormatter(lang, new Date('2026-12-02T10:00:00Z')),
          notice: {
            kind: 'error',
            message: t('errors.input.dateInPast', {
              date: dayFormatter(lang, new Date('2026-12-02T10:00:00Z'))('2025-01-01'),
            }),
          },
          draft: { what: 'Toets nakijken', due: '2025-01-01' },
        },
        t,
      ),
    ],
    [
      'actions (editing)',
      actionsCard(
        { ...actions, editing: actions.actions[0]!, notice: { kind: 'error', message: t('errors.input.invalidDate') } },
        t,
      ),
    ],
    [
      'my actions (two communities, one just done)',
      myActionsCard(
        {
          ...myCard,
          shown: myCard.groups.flatMap((g) => g.actions.map(actionRef)),
          formatDate: dayFormatter(lang, new Date('2026-12-02T10:00:00Z')),
          notice: { kind: 'markedDone' },
        },
        t,
      ),
    ],
    ['my actions (none)', myActionsCard({ groups: [], shown: [], more: 0, formatDate: (d) => d }, t)],
    [
      'survey (open)',
      surveyCard(
        {
          ref: { sessionId: 's1', phaseIndex: 3 },
          sessionNumber: 9,
          position: { index: 3, total: 5, minutes: 20 },
          answers: 2,
          open: true,
          anonymous: true,
          decimal: String,
        },
        t,
      ),
    ],
    [
      'survey (results)',
      surveyCard(
        {
          ref: { sessionId: 's1', phaseIndex: 3 },
          sessionNumber: 9,
          answers: 15,
          open: false,
          anonymous: true,
          closed: true,
          answered: true,
          results: [
            { question: 'driver', answers: 15, average: 3.8 },
            { question: 'own-practice', answers: 14, average: 4.2 },
          ],
          openAnswers: { 'most-valuable': Array.from({ length: 15 }, (_, i) => (i === 0 ? hostile : long(i))) },
          decimal: (n) => n.toLocaleString('nl-BE'),
        },
        t,
      ),
    ],
    [
      'survey (named, mine, results)',
      surveyCard(
        {
          ref: { sessionId: 's1', phaseIndex: 3 },
          sessionNumber: 9,
          answers: 4,
          open: true,
          anonymous: false,
          answered: true,
          draft: { likert_driver: '4', 'open_most-valuable': hostile },
          results: [{ question: 'driver', answers: 4, average: 3.5 }],
          openNamed: {
            'most-valuable': [
              { name: hostile, text: hostile },
              { name: 'Lotte Janssens', text: 'De intervisie' },
            ],
          },
          decimal: String,
        },
        t,
      ),
    ],
    [
      'driver rating',
      driverRatingCard(
        {
          ref: { sessionId: 's1', phaseIndex: 4 },
          sessionNumber: 1,
          position: { index: 4, total: 7, minutes: 30 },
          open: true,
          count: 5,
          average: 2.4,
          mine: 3,
          notice: { kind: 'saved' },
          decimal: String,
        },
        t,
      ),
    ],
    [
      'board (retro with rating)',
      boardCard(
        {
          ...board,
          ...retroBoard,
          mine: board.mine?.slice(0, 3),
          rating: { ref: board.ref, sessionNumber: 3, open: true, count: 2, decimal: String },
        },
        t,
      ),
    ],
    [
      'driver step (contributions, no driver yet)',
      boardCard({ ...board, ...driverStepBoard, driverStep: { ...driverStep, parts: driverParts(true) } }, t),
    ],
    [
      'driver step (driver saved, rating)',
      boardCard(
        {
          ...board,
          ...driverStepBoard,
          mine: board.mine?.slice(0, 1).map((p) => ({ ...p, category: 'steps' })),
          driverStep: { ...driverStep, driver: savedDriver },
          rating: { ref: board.ref, sessionNumber: 1, open: true, count: 2, decimal: String },
        },
        t,
      ),
    ],
    [
      'preview (planned sessions, top topics)',
      boardCard(
        {
          ...board,
          phaseKey: 'preview',
          categories: ['take-away', 'next-agenda'],
          mine: undefined,
          preview: {
            sessions: [0, 1, 2].map((i) => ({
              number: 2 + i,
              date: longDate(`2026-12-${15 + i * 7}`, lang),
              start: '15:00',
              end: '16:30',
              topics: i === 0 ? ['Peerfeedback'] : [],
            })),
            topics: ['Peerfeedback', 'Formatief toetsen', hostile, 'Kennisclips', 'Rubrics', 'Zesde'],
          },
        },
        t,
      ),
    ],
    [
      'preview (nothing planned yet)',
      boardCard(
        { ...board, phaseKey: 'preview', mine: undefined, categories: [], preview: { sessions: [], topics: [] } },
        t,
      ),
    ],
    [
      'rank (shared)',
      rankCard(
        {
          ref: { sessionId: 's1', phaseIndex: 5 },
          sessionNumber: 1,
          position: { index: 5, total: 7, minutes: 20 },
          ideas: ideas.slice(0, 12),
          places: 10,
          rankers: 4,
          open: true,
        },
        t,
      ),
    ],
    [
      'rank (mine, published)',
      rankCard(
        {
          ref: { sessionId: 's1', phaseIndex: 5 },
          sessionNumber: 1,
          ideas: ideas.slice(0, 12),
          places: 10,
          rankers: 6,
          open: true,
          mine: { [ideas[0]!.id]: 2, [ideas[3]!.id]: 1 },
          notice: { kind: 'published' },
          published: bordaCount(ideas.slice(0, 12), [
            { order: [ideas[3]!.id, ideas[0]!.id] },
            { order: [ideas[0]!.id, ideas[5]!.id] },
          ]),
          notRanked: ideas.slice(6, 9).map((i) => i.text),
        },
        t,
      ),
    ],
    [
      'introductions',
      introductionsCard(
        {
          ref: { sessionId: 's1', phaseIndex: 0 },
          sessionNumber: 1,
          position: { index: 0, total: 7, minutes: 20 },
          question: 'dish',
          open: true,
          introductions: names.map((name, i) => ({
            name,
            programme: 'Verpleegkunde',
            courses: i === 0 ? hostile : 'Anatomie en fysiologie 1 en 2',
            answer: long(i).slice(0, 80),
          })),
          mine: { name: 'Griet Van Damme', programme: 'Vroedkunde', courses: 'Fysiologie', answer: 'Waterzooi' },
          notice: { kind: 'saved', name: 'Griet Van Damme' },
        },
        t,
      ),
    ],
    [
      'report filed (local, preview)',
      reportFiledCard(
        {
          sessionNumber: 3,
          pdfUrl: 'http://localhost:3978/reports/c1/2026-11-22%20Bijeenkomst%203.pdf',
          previewUrl: preview,
        },
        t,
      ),
    ],
    [
      'report filed (Teams)',
      reportFiledCard(
        {
          sessionNumber: 3,
          pdfUrl: 'https://contoso.sharepoint.com/x.pdf',
          folderUrl: 'https://contoso.sharepoint.com/folder',
          folderName: 'Leerkring/Verslagen',
        },
        t,
      ),
    ],
    ['report requested', reportRequestedCard(3, t)],
    [
      'schedule',
      scheduleCard(
        {
          community: 'PLG Anatomie & Fysiologie',
          sessions: Array.from({ length: 14 }, (_, i) =>
            planned(
              i,
              i === 0
                ? {
                    place: hostile,
                    onlineUrl: 'https://teams.microsoft.com/l/meetup-join/x',
                    topics: [{ id: 't', title: hostile }],
                  }
                : { place: 'Campus Brugge, lokaal B2.14' },
            ),
          ),
          remindersOn: true,
          offsetsMinutes: [2880, 60],
          timeZone: 'Europe/Brussels',
          calendarUrl: (key) => `http://localhost:3978/calendar/c1/${key ?? 'schedule'}.ics`,
          lang,
        },
        t,
      ),
    ],
    [
      'schedule (empty)',
      scheduleCard(
        {
          community: 'PLG',
          sessions: [],
          remindersOn: false,
          offsetsMinutes: [],
          timeZone: 'Europe/Brussels',
          calendarUrl: () => 'http://localhost/x.ics',
          lang,
        },
        t,
      ),
    ],
    [
      'reminder (session)',
      sessionReminderCard(
        {
          kind: 'session',
          id: 'r',
          communityId: 'c1',
          planned: planned(0, {
            place: hostile,
            onlineUrl: 'https://teams.microsoft.com/l/x',
            topics: [{ id: 't', title: 'Peerfeedback' }],
          }),
          dueAt: '2026-12-13T14:00:00Z',
          offsetMinutes: 2880,
          agenda: agendaFor('regular'),
          openActions,
        },
        lang,
        t,
      ),
    ],
    [
      'reminder (action, mention)',
      actionReminderCard(
        {
          kind: 'action',
          id: 'r',
          communityId: 'c1',
          planned: planned(0),
          dueAt: '2026-12-13T14:00:00Z',
          action: openActions[0]!,
          localDay: '2026-12-13',
        },
        '29:u',
        lang,
        t,
      ),
    ],
    [
      'reminder (action, personal)',
      personalActionReminderCard(
        {
          kind: 'action',
          id: 'r',
          communityId: 'c1',
          planned: planned(0),
          dueAt: '2026-12-13T14:00:00Z',
          action: openActions[1]!,
          localDay: '2026-12-13',
        },
        lang,
        t,
      ),
    ],
    ['closing survey ahead (shared)', closingSurveyCard(ahead(lang, { refreshUserIds: view.refreshUserIds ?? [] }), t)],
    [
      'closing survey ahead (named, mine)',
      closingSurveyCard(
        ahead(lang, {
          anonymous: false,
          answered: true,
          answers: 5,
          draft: { likert_driver: '4', 'open_most-valuable': hostile },
        }),
        t,
      ),
    ],
    [
      'closing survey ahead (paused)',
      closingSurveyCard(ahead(lang, { accepting: false, closedBecause: 'paused', answers: 4 }), t),
    ],
    [
      'closing survey ahead (closed, handed back)',
      closingSurveyCard(
        ahead(lang, { accepting: false, answers: 12, notice: t('errors.survey.closed'), handedBack: hostile }),
        t,
      ),
    ],
    ['vote (clustered)', voteCard({ ...vote, ideas: condensed, mine: { ['c'.repeat(16)]: 2 } }, t)],
    [
      'vote (grouping, facilitator)',
      voteCard(
        {
          ...vote,
          ideas: condensed,
          voters: 0,
          mine: undefined,
          grouping: { clusters: 2, singles: 3 },
          forFacilitator: true,
        },
        t,
      ),
    ],
    [
      'vote (dots came back)',
      voteCard(
        {
          ...vote,
          ideas: condensed,
          mine: { ['c'.repeat(16)]: 3 },
          returned: [
            { text: hostile, dots: 1, reason: 'dropped' },
            { text: 'Oefentoetsen', dots: 1, reason: 'full', into: 'Toetsing & feedback' },
          ],
          moved: [{ text: 'Oefentoetsen', dots: 1, into: 'Toetsing & feedback' }],
        },
        t,
      ),
    ],
    [
      'vote (closed, dots handed back)',
      voteCard(
        {
          ...vote,
          open: false,
          results: tally(condensed, [{ allocations: { ['c'.repeat(16)]: 3 } }]),
          notice: { kind: 'error', message: t('errors.vote.closed'), handedBack: `${hostile}: 2` },
        },
        t,
      ),
    ],
    [
      'export',
      exportCard(
        {
          community: hostile,
          url: 'http://localhost:3978/exports/2bq3mQ0a9x6Wl7cR8t1ZyPpV4nKjH5sDfGhJkLzXcVb.zip',
          expiresAt: '16:30',
        },
        t,
      ),
    ],
    ['forget me (confirm)', forgetConfirmCard('29:u', t)],
    [
      'archive (confirm)',
      archiveConfirmCard(
        { community: 'PLG Anatomie & Fysiologie', reopen: lang === 'nl' ? '/archiveren uit' : '/archive off' },
        t,
      ),
    ],
    [
      'vote (revealed)',
      voteCard(
        {
          ...vote,
          open: false,
          results: tally(ideas.slice(0, 25), [
            { allocations: { [ideas[0]!.id]: 3, [ideas[1]!.id]: 3, [ideas[2]!.id]: 1 } },
          ]),
        },
        t,
      ),
    ],
    ...sampleDialogs(t, hostile, actions),
  ];
}
