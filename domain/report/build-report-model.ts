import { actionsOf } from '../activities/actions/actions-use-cases';
import { isBoard } from '../activities/board/board';
import { checkInSummary } from '../activities/check-in/check-in';
import { checkInVariantOf } from '../activities/check-in/check-in-variant';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { attendanceOf } from './attendance';
import { driverTrend } from './driver-trend';
import { DEFAULT_TIME_ZONE, localDateAt } from '../schedule/zoned-time';
import {
  boardSummary,
  contextFor,
  introductionSummary,
  surveySummary,
  topicSummary,
  voteSummary,
} from './phase-summaries';
import type { NextSessionInfo, NextSessionSummary, ReportAction, ReportModel, TopicSummary } from './report-model';

type PhaseParts = Pick<ReportModel, 'boards' | 'votes' | 'introductions'> & {
  survey?: ReportModel['survey'];
  suggestions: string[];
  rankPhase?: number;
};

/**
 * The one-page report of a session: who came, how they felt, what they thought up, chose and will do,
 * and where the community stands. Reads the store only; the session may still be running.
 */
export async function buildReportModel(
  deps: Deps,
  sessionId: string,
  extra?: { nextSession?: NextSessionInfo },
): Promise<Result<ReportModel>> {
  const session = await deps.store.sessions.get(sessionId);
  if (!session) return fail('errors.session.unknown');
  const community = (await deps.store.communities.get(session.value.communityId))?.value;
  if (!community) return fail('errors.session.unknown');
  const [members, checkIns] = await Promise.all([
    deps.store.members.list(community.id),
    deps.store.checkIns.list(sessionId),
  ]);
  const parts: PhaseParts = { boards: [], votes: [], introductions: [], suggestions: [] };
  for (const index of session.value.agenda.keys()) await addPhase(deps, parts, contextFor(session, community, index));
  const votes = parts.votes;
  const topics = await topicSummary(
    deps,
    parts.rankPhase === undefined ? undefined : contextFor(session, community, parts.rankPhase),
    community.id,
  );
  const now = deps.clock.now().toISOString();
  return ok({
    language: community.language,
    community: {
      id: community.id,
      name: community.name,
      theme: community.theme,
      kind: community.kind,
      driverGoal: community.driver.endGoal,
    },
    session: {
      id: session.value.id,
      number: session.value.number,
      format: session.value.format,
      date: localDateAt(new Date(session.value.startedAt ?? now), DEFAULT_TIME_ZONE),
      state: session.value.state.kind,
      phases: session.value.agenda.map((p) => ({ key: p.key, activity: p.activity })),
    },
    attendance: await attendanceOf(deps, session.value, members, checkIns),
    checkIn: {
      variant: checkInVariantOf(session.value),
      summary: checkInSummary(checkIns),
      checkIns: checkIns.length,
      late: checkIns.filter((c) => c.late).length,
    },
    boards: parts.boards,
    votes,
    decisions: votes.flatMap((v) => (v.results ?? []).filter((r) => r.rank === 1 && r.votes > 0).map((r) => r.text)),
    ...(topics ? { topics } : {}),
    actions: sortActions((await actionsOf(deps, sessionId)).map((a) => ({ id: a.id, ...a.data }))),
    introductions: parts.introductions,
    driverTrend: await driverTrend(deps, community.id, session.value.number),
    ...(parts.survey ? { survey: parts.survey } : {}),
    next: nextSession(extra?.nextSession, topics, session.value.number, parts.suggestions),
    generatedAt: now,
  });
}

async function addPhase(deps: Deps, parts: PhaseParts, context: ReturnType<typeof contextFor>): Promise<void> {
  if (!context) return;
  if (isBoard(context.phase)) {
    const { board, suggestions } = await boardSummary(deps, context);
    parts.boards.push(board);
    parts.suggestions.push(...suggestions);
    return;
  }
  const activity = context.phase.activity;
  if (activity === 'dot-vote') parts.votes.push(await voteSummary(deps, context));
  else if (activity === 'rank') parts.rankPhase ??= context.phaseIndex;
  else if (activity === 'survey') parts.survey ??= await surveySummary(deps, context);
  else if (activity === 'introductions') parts.introductions.push(...(await introductionSummary(deps, context)));
}

/** What the schedule says of the next session; its topic, if the schedule has none, from the topic list's plan. */
function nextSession(
  info: NextSessionInfo | undefined,
  topics: TopicSummary | undefined,
  number: number,
  suggestions: string[],
): NextSessionSummary {
  const planned = topics?.topics.find((t) => t.plannedSession === number + 1)?.text;
  const topic = info?.topic?.trim() ? info.topic : planned;
  return { ...info, ...(topic ? { topic } : {}), suggestions };
}

const sortActions = (actions: ReportAction[]): ReportAction[] =>
  [...actions].sort((a, b) => a.due.localeCompare(b.due) || a.ownerName.localeCompare(b.ownerName));
