/**
 * Realistic sessions for the report's tests and its benchmark, made with the domain's own use cases
 * (as the bot would) on a real SQLite store: members check in, brainstorm, vote, take actions, rate
 * the driver, look back; a closing session has an anonymous survey.
 */
import { addAction } from '../../../domain/activities/actions/actions-use-cases';
import { COLOURS, MOODS } from '../../../domain/activities/check-in/check-in';
import {
  candidatesFor,
  castBallot,
  openVote,
  revealVotes,
} from '../../../domain/activities/dot-vote/dot-vote-use-cases';
import { submitCheckIn } from '../../../domain/activities/check-in/submit-check-in';
import { submitSurvey } from '../../../domain/activities/survey/survey-use-cases';
import { LIKERT_QUESTIONS } from '../../../domain/activities/survey/survey';
import { membership, type Language, type Person } from '../../../domain/community/community';
import { rateDriver } from '../../../domain/driver/rate-driver';
import type { Deps } from '../../../domain/ports';
import type { FormatId } from '../../../domain/session/formats';
import { startSession } from '../../../domain/session/start-session';
import { endSession } from '../../../domain/session/steer-session';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';
import { putUpInTurn } from '../../helpers/post-its';

export const CHANNEL = { teamId: '19:team-anatomie', channelId: '19:channel-bijeenkomsten' };

const FIRST_NAMES = [
  'Griet',
  'Pieter',
  'Anouk',
  'Bram',
  'Eline',
  'Joris',
  'Fatima',
  'Sven',
  'Noor',
  'Wouter',
  'Lotte',
  'Ruben',
  'Ilse',
  'Koen',
  'Marieke',
  'Youssef',
  'Hanne',
  'Thijs',
  'Zoë',
  'Daan',
];
const LAST_NAMES = [
  'De Smet',
  'Peeters',
  'Janssens',
  'Van Damme',
  'Claes',
  'Maes',
  'Willems',
  'Goossens',
  'Wouters',
  'Mertens',
];

export const IDEAS = [
  'Kennisclips bij elke les anatomie',
  'Oefentoetsen met directe feedback in Wooclap',
  'Peerfeedback op verslagen met een rubric',
  'Casussen uit de stageplaats als rode draad',
  '3D-modellen van het hart gebruiken in de les',
  'Flipped classroom voor de fysiologie van de nier',
  'Leerpaden per opleiding afstemmen',
  'Samen één toetsmatrijs opstellen',
  'Studenten laten uitleggen aan elkaar (peer instruction)',
  'Vakoverschrijdend project met de verpleegkunde',
  'Minder hoorcollege, meer werkcolleges',
  'Feedbackmomenten inplannen na elke deeltoets',
];
const CLUSTERS = [
  'Toetsing & feedback',
  'Activerende werkvormen',
  'Digitale middelen',
  'Afstemming tussen opleidingen',
];
const ACTIONS = [
  'Drie kennisclips opnemen over de bloedsomloop en delen in de Files',
  'Voorbeeldrubric voor peerfeedback meebrengen',
  'Toetsmatrijs van vorig jaar opzoeken en doorsturen',
  'Contact opnemen met de stagecoördinator over casussen',
  'Wooclap-licentie navragen bij de ICT-dienst',
  'Werkcollege nier uitschrijven en testen met één klas',
];
const RETRO = {
  'went-well': ['Heel concreet gewerkt', 'Goede voorbereiding door iedereen', 'Fijne sfeer, veel gelachen'],
  'to-improve': ['Te weinig tijd voor de stemming', 'Beter op tijd beginnen'],
  celebrate: ['Eerste kennisclip staat online!', 'Nieuwe collega Zoë is erbij'],
} as const;

export interface SampleOptions {
  format?: Extract<FormatId, 'regular' | 'closing'>;
  language?: Language;
  members?: number;
  postIts?: number;
  /** Put the brainstorm's post-its in clusters, as the tab will. */
  clustered?: boolean;
  /** Sessions held before this one, each with driver ratings (for the trend). */
  earlierSessions?: number;
  /** Survey answers in a closing session. */
  surveyAnswers?: number;
  communityName?: string;
}

export interface Sample {
  deps: Deps;
  sessionId: string;
  communityId: string;
  members: Person[];
}

export function sampleDeps(start = new Date('2026-09-22T13:30:00Z')): Deps & { advance(days: number): void } {
  let now = start;
  let ids = 0;
  return {
    store: openSqliteStore(':memory:'),
    clock: { now: () => now },
    ids: { next: () => `id-${++ids}` },
    advance(days: number) {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}

export const people = (count: number): Person[] =>
  Array.from({ length: count }, (_, i) => {
    const lastName = LAST_NAMES[(i + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length];
    return { userId: `29:member-${i + 1}`, name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${lastName}` };
  });

/** A community with `earlierSessions` sessions behind it and one more session, ended, for the report. */
export async function sampleSession(options: SampleOptions = {}): Promise<Sample> {
  const {
    format = 'regular',
    language = 'nl',
    members: count = 12,
    earlierSessions = format === 'closing' ? 4 : 3,
  } = options;
  const deps = sampleDeps();
  const members = people(count);
  const facilitator = members[0]!;
  const place = { channel: CHANNEL, name: options.communityName ?? 'PLG Anatomie & Fysiologie', language };
  for (let i = 0; i < earlierSessions; i++) {
    const earlier = await started(deps, place, facilitator, 'regular');
    const ratings = [2, 3, 2, 3, 3, 2, 4];
    for (const [j, m] of members.slice(0, Math.min(members.length, 5 + i)).entries()) {
      await rateDriver(deps, {
        sessionId: earlier,
        phaseIndex: 4,
        actor: m,
        raw: Math.min(5, (ratings[j % ratings.length] ?? 3) + i),
      });
    }
    await endSession(deps, { channel: CHANNEL, actorId: facilitator.userId });
    deps.advance(21);
  }
  await nameCommunity(deps, language);
  const sessionId = await started(deps, place, facilitator, format);
  for (const m of members)
    await deps.store.members.add(
      membership((await communityId(deps))!, m, m === facilitator ? 'facilitator' : 'member', deps.clock.now()),
    );
  const present = members.filter((_, i) => i % 5 !== 4); // one in five stays away
  await checkIns(deps, sessionId, present);
  if (format === 'regular') await regularSession(deps, sessionId, present, options);
  else await closingSession(deps, sessionId, present, options);
  await endSession(deps, { channel: CHANNEL, actorId: facilitator.userId });
  return { deps, sessionId, communityId: (await communityId(deps))!, members };
}

async function started(
  deps: Deps,
  place: Parameters<typeof startSession>[1]['place'],
  actor: Person,
  format: FormatId,
): Promise<string> {
  const result = await startSession(deps, { place, actor, format });
  if (!result.ok) throw new Error(result.error.code);
  return result.value.session.id;
}

const communityId = async (deps: Deps) => (await deps.store.communities.findByChannel(CHANNEL))?.value.id;

async function nameCommunity(deps: Deps, language: Language): Promise<void> {
  const stored = await deps.store.communities.findByChannel(CHANNEL);
  if (!stored) return;
  const theme = language === 'nl' ? 'Activerende werkvormen in het eerste jaar' : 'Active learning in the first year';
  const endGoal =
    language === 'nl'
      ? 'Elke les anatomie en fysiologie in het eerste jaar heeft minstens één activerende werkvorm.'
      : 'Every first-year anatomy and physiology class has at least one active learning format.';
  await deps.store.communities.save(
    { ...stored.value, theme, driver: { ...stored.value.driver, endGoal } },
    stored.version,
  );
}

async function checkIns(deps: Deps, sessionId: string, present: Person[]): Promise<void> {
  const moods = [4, 3, 4, 2, 3, 4, 1, 3, 4, 0];
  const words = ['Benieuwd', 'Moe', 'Benieuwd', 'Energiek', 'Rustig', 'benieuwd', 'Druk', 'Energiek', 'Blij'];
  for (const [i, actor] of present.entries()) {
    // Every field of every variant: the session's variant (weather, colour or word, in turn) takes its own.
    const raw = {
      mood: MOODS[moods[i % moods.length] ?? 3],
      colour: COLOURS[(i * 2) % 5],
      word: words[i % words.length],
      answer: 'Stamppot',
      sinceLastTime: 'Kennisclip opgenomen',
      obstacles: '',
    };
    const result = await submitCheckIn(deps, { sessionId, actor, raw });
    if (!result.ok) throw new Error(result.error.code);
  }
}

async function regularSession(deps: Deps, sessionId: string, present: Person[], options: SampleOptions): Promise<void> {
  const total = options.postIts ?? 24;
  const typed = Array.from({ length: total }, (_, i) =>
    i < IDEAS.length ? IDEAS[i]! : `${IDEAS[i % IDEAS.length]} (variant ${Math.floor(i / IDEAS.length)})`,
  );
  await putUpInTurn(deps, { sessionId, phaseIndex: 1 }, present, typed, 'idea-');
  if (options.clustered) await cluster(deps, sessionId);
  // Done condensing, the facilitator opens the vote: on the clusters and the ideas left on their own.
  await openVote(deps, { sessionId, phaseIndex: 2, actor: present[0]! });
  const ideas = await candidatesFor(deps, (await deps.store.sessions.get(sessionId))!.value, 2);
  const favourites = [0, 1, 2, 3, 4].map((n) => ideas[n]?.id);
  for (const [i, actor] of present.entries()) {
    const raw: Record<string, unknown> = {};
    raw[`dots_${favourites[i % 2]}`] = 2;
    raw[`dots_${favourites[2 + (i % 3)]}`] = 2;
    raw[`dots_${ideas[(i * 7) % ideas.length]?.id}`] = 1;
    await castBallot(deps, { sessionId, phaseIndex: 2, actor, raw });
  }
  await revealVotes(deps, { sessionId, phaseIndex: 2, actor: present[0]! });
  for (const [i, what] of ACTIONS.entries()) {
    const owner = present[(i * 3) % present.length]!;
    await addAction(deps, {
      sessionId,
      phaseIndex: 3,
      actor: present[0]!,
      raw: { what, owner: owner.userId, due: daysAfter(deps.clock.now(), 14 + i * 2) },
      token: `action-${i}`,
    });
  }
  await retrospective(deps, sessionId, 4, present);
  for (const [i, actor] of present.entries())
    await rateDriver(deps, { sessionId, phaseIndex: 4, actor, raw: [3, 4, 3, 4, 4, 3][i % 6] });
}

async function retrospective(deps: Deps, sessionId: string, phaseIndex: number, present: Person[]): Promise<void> {
  const postIts = Object.entries(RETRO).flatMap(([category, texts]) => texts.map((text) => ({ text, category })));
  await putUpInTurn(deps, { sessionId, phaseIndex }, present, postIts, 'retro-');
}

async function cluster(deps: Deps, sessionId: string): Promise<void> {
  const postIts = await deps.store.contributions.list<{ text: string; category: string | null }>(sessionId, 'post-it');
  for (const [i, p] of postIts.entries()) {
    if (i % 7 === 6) continue; // a few stay unclustered
    const stored = await deps.store.contributions.get(sessionId, 'post-it', p.id);
    await deps.store.contributions.save(
      { ...p, data: { ...p.data, cluster: CLUSTERS[i % CLUSTERS.length] } },
      stored!.version,
    );
  }
}

async function closingSession(deps: Deps, sessionId: string, present: Person[], options: SampleOptions): Promise<void> {
  await retrospective(deps, sessionId, 1, present);
  const wins = [
    'Twaalf kennisclips gemaakt en gedeeld',
    'Gezamenlijke toetsmatrijs voor het eerste jaar',
    'Slaagpercentage anatomie +8 %',
  ];
  await putUpInTurn(deps, { sessionId, phaseIndex: 2 }, present, wins, 'win-');
  const answers = options.surveyAnswers ?? present.length;
  for (const [i, actor] of present.slice(0, answers).entries()) {
    const raw: Record<string, unknown> = Object.fromEntries(
      LIKERT_QUESTIONS.map((q, k) => [`likert_${q}`, String(1 + ((i + k) % 3) + (k % 2))]),
    );
    raw['open_most-valuable'] = `Het samen ontwerpen van lessen (${i})`;
    await submitSurvey(deps, { sessionId, phaseIndex: 3, actor, raw }, () => 0.5);
  }
  for (const [i, actor] of present.entries())
    await rateDriver(deps, { sessionId, phaseIndex: 1, actor, raw: [4, 5, 4, 4][i % 4] });
}

/** The date `days` after `now`, as a due date is typed (a due date in the past is refused). */
const daysAfter = (now: Date, days: number): string =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
