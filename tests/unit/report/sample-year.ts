/**
 * A school year of one community for the year portfolio's tests, made with the domain's own use cases on a real
 * SQLite store: a start session that writes the driver down and ranks topics, regular sessions that take topics up
 * and agree actions (some done later), a second version of the driver, and a closing session with an impact survey.
 */
import { addAction, setActionStatus } from '../../../domain/activities/actions/actions-use-cases';
import { addPostIt } from '../../../domain/activities/board/board-use-cases';
import { publishTopics, submitRanking } from '../../../domain/activities/rank/rank-use-cases';
import { submitSurvey } from '../../../domain/activities/survey/survey-use-cases';
import { LIKERT_QUESTIONS } from '../../../domain/activities/survey/survey';
import { membership, type Language, type Person } from '../../../domain/community/community';
import { planTopic } from '../../../domain/community/topics';
import { editDriver } from '../../../domain/driver/edit-driver';
import { rateDriver } from '../../../domain/driver/rate-driver';
import type { Deps } from '../../../domain/ports';
import type { FormatId } from '../../../domain/session/formats';
import { startSession } from '../../../domain/session/start-session';
import { endSession } from '../../../domain/session/steer-session';
import { CHANNEL, people, sampleDeps } from './sample-session';

export const TOPICS = ['Feedback op stageverslagen', 'Kennisclips', 'Toetsing in het eerste jaar', 'Peer instruction'];
export const ACTIONS = [
  'Rubric voor stageverslagen uitproberen',
  'Kennisclip over de nier opnemen',
  'Toetsmatrijs delen',
];
const GOAL_FIRST = 'Elke les in het eerste jaar heeft minstens één activerende werkvorm.';
const GOAL_FINAL = 'Elke les in het eerste jaar heeft minstens één activerende werkvorm, en studenten merken het.';

export interface SampleYear {
  deps: Deps;
  communityId: string;
  closingId: string;
  members: Person[];
}

export async function sampleYear(options: { language?: Language; surveyAnswers?: number } = {}): Promise<SampleYear> {
  const deps = sampleDeps();
  const members = people(8);
  const griet = members[0]!;
  const place = { channel: CHANNEL, name: 'PLG Anatomie & Fysiologie', language: options.language ?? 'nl' };
  const start = async (format: FormatId) => {
    const started = await startSession(deps, { place, actor: griet, format });
    if (!started.ok) throw new Error(started.error.code);
    return { sessionId: started.value.session.id, communityId: started.value.community.id };
  };
  const { sessionId: first, communityId } = await start('start');
  for (const m of members.slice(1))
    await deps.store.members.add(membership(communityId, m, 'member', deps.clock.now()));
  await writeDriver(deps, communityId, griet, GOAL_FIRST, 0);
  await rankTopics(deps, first, members.slice(0, 6));
  await endSession(deps, { channel: CHANNEL, actorId: griet.userId });
  const topics = await deps.store.contributions.listInCommunity<{ topics: { id: string; text: string }[] }>(
    communityId,
    'topics',
  );
  const idOf = (text: string) => topics[0]!.data.topics.find((t) => t.text === text)!.id;
  await planTopic(deps, { communityId, actorId: griet.userId, topicId: idOf(TOPICS[0]!), sessionNumber: 2 });
  await planTopic(deps, { communityId, actorId: griet.userId, topicId: idOf(TOPICS[1]!), sessionNumber: 3 });
  for (const [n, present] of [members.slice(0, 7), members.slice(0, 5)].entries()) {
    deps.advance(28);
    const { sessionId } = await start('regular');
    await addAction(deps, {
      sessionId,
      phaseIndex: 3,
      actor: griet,
      raw: { what: ACTIONS[n], owner: present[n + 1]!.userId, due: dayAfter(deps, 14) },
      token: `action-${n}`,
    });
    const [added] = await deps.store.contributions.list(sessionId, 'action');
    if (added && n === 0) await setActionStatus(deps, { sessionId, actionId: added.id, actorId: griet.userId }, 'done');
    for (const [i, actor] of present.entries())
      await rateDriver(deps, { sessionId, phaseIndex: 4, actor, raw: [2, 3, 3][i % 3]! + n });
    await endSession(deps, { channel: CHANNEL, actorId: griet.userId });
  }
  await writeDriver(deps, communityId, members[2]!, GOAL_FINAL, 1);
  deps.advance(120);
  const { sessionId: closingId } = await start('closing');
  for (const [i, actor] of members.slice(0, options.surveyAnswers ?? 6).entries()) {
    const raw: Record<string, unknown> = Object.fromEntries(
      LIKERT_QUESTIONS.map((q, k) => [`likert_${q}`, String(1 + ((i + k) % 3) + (k % 2))]),
    );
    raw['open_most-valuable'] = `Samen lessen ontwerpen (${i})`;
    await submitSurvey(deps, { sessionId: closingId, phaseIndex: 3, actor, raw }, () => 0.5);
  }
  await endSession(deps, { channel: CHANNEL, actorId: griet.userId });
  return { deps, communityId, closingId, members };
}

async function writeDriver(deps: Deps, communityId: string, actor: Person, endGoal: string, base: number) {
  const saved = await editDriver(deps, {
    communityId,
    actor,
    baseRevision: base,
    driver: {
      endGoal,
      whyItMatters: 'Studenten leren meer als ze zelf aan de slag gaan.',
      whatGoesWell: 'Enkele collega’s werken al met kennisclips.',
      howWeWillKnow: 'Bevraging bij studenten in juni.',
      steps: [{ text: 'Werkvormen verzamelen' }, { text: 'Uitproberen in de les' }],
    },
  });
  if (!saved.ok) throw new Error('driver not saved');
}

/** The start session's topic ideas, ranked by `rankers` so that TOPICS come out in their order, and published. */
async function rankTopics(deps: Deps, sessionId: string, rankers: Person[]): Promise<void> {
  for (const [i, text] of TOPICS.entries())
    await addPostIt(deps, {
      sessionId,
      phaseIndex: 5,
      actor: rankers[i % rankers.length]!,
      raw: { text },
      token: text,
    });
  const read = await deps.store.contributions.list<{ text: string }>(sessionId, 'post-it');
  const raw = Object.fromEntries(
    TOPICS.map((text, i) => [`rank_${read.find((p) => p.data.text === text)!.id}`, i + 1]),
  );
  for (const actor of rankers) await submitRanking(deps, { sessionId, phaseIndex: 6, actor, raw });
  const published = await publishTopics(deps, { sessionId, phaseIndex: 6, actor: rankers[0]! });
  if (!published.ok) throw new Error(published.error.code);
}

const dayAfter = (deps: Deps, days: number): string =>
  new Date(deps.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
