import { openActionsOf } from '../../../domain/activities/actions/actions-use-cases';
import type { ActivityContext } from '../../../domain/activities/activity-context';
import { isBoard } from '../../../domain/activities/board/board';
import { boardState } from '../../../domain/activities/board/board-use-cases';
import { questionOfTheDay } from '../../../domain/activities/check-in/check-in-questions';
import { checkInVariantOf } from '../../../domain/activities/check-in/check-in-variant';
import { voteState } from '../../../domain/activities/dot-vote/dot-vote-use-cases';
import type { Community, Membership } from '../../../domain/community/community';
import { asksRating, driverRatingState } from '../../../domain/driver/rate-driver';
import { pinnedView } from '../../../domain/meeting/stage-pin';
import type { Deps, Stored } from '../../../domain/ports';
import { filingJobs } from '../../../domain/report/filing/filing-job';
import type { Session } from '../../../domain/session/session';
import { agendaView } from './agenda-view';

/**
 * The meeting's side panel for one member: the agenda (the running session's phase, or the next one), what the member
 * gave in the current phase, the pinned stage view, their own open actions, and the last session's report.
 */
export async function meetingView(deps: Deps, community: Community, member: Membership) {
  const agenda = await agendaView(deps, community, { role: member.role, userId: member.userId });
  const latest = await deps.store.sessions.latest(community.id);
  const running = latest?.value.state.kind === 'running' ? latest : undefined;
  return {
    agenda,
    pinned: running ? await pinnedView(deps, running.value.id) : null,
    ...(running ? { mine: await ownInput(deps, running, community, member) } : {}),
    actions: await openActions(deps, community.id, member.userId),
    ...(latest?.value.state.kind === 'ended' ? { report: await reportOf(deps, latest.value) } : {}),
  };
}

/** What the member gave in the current phase: the check-in, their post-its and rating, or their dots. */
async function ownInput(deps: Deps, session: Stored<Session>, community: Community, member: Membership) {
  const s = session.value;
  const phaseIndex = s.state.kind === 'running' ? s.state.phaseIndex : 0;
  const phase = s.agenda[phaseIndex];
  if (!phase) return { kind: 'other' as const, phaseIndex };
  const context: ActivityContext = { session, community, phase, phaseIndex, role: member.role };
  if (phase.activity === 'check-in') {
    const own = await deps.store.checkIns.get(s.id, member.userId);
    const { mood, colour, word, answer = '', sinceLastTime = '', obstacles = '' } = own ?? {};
    return {
      kind: 'check-in' as const,
      phaseIndex,
      variant: checkInVariantOf(s),
      question: questionOfTheDay(s.questionIndex),
      ...(own ? { answers: { mood, colour, word, answer, sinceLastTime, obstacles } } : {}),
    };
  }
  if (phase.activity === 'dot-vote') {
    const vote = await voteState(deps, context, member.userId);
    return {
      kind: 'vote' as const,
      phaseIndex,
      opened: vote.opened,
      revealed: vote.revealed,
      rules: vote.rules,
      ideas: vote.ideas.map(({ id, text }) => ({ id, text })),
      dots: vote.mine?.allocations ?? {},
    };
  }
  if (!isBoard(phase)) return { kind: 'other' as const, phaseIndex };
  const board = await boardState(deps, context, member.userId);
  const rating = asksRating(s, phaseIndex) ? await driverRatingState(deps, context, member.userId) : undefined;
  return {
    kind: 'board' as const,
    phaseIndex,
    categories: board.categories,
    postIts: board.mine.map((p) => ({ id: p.id, text: p.data.text, category: p.data.category })),
    ...(rating ? { rating: { ...(rating.mine ? { mine: rating.mine } : {}), count: rating.count } } : {}),
  };
}

/** The member's open actions in this community, soonest due first. */
const openActions = async (deps: Deps, communityId: string, userId: string) =>
  (await openActionsOf(deps, communityId, userId))
    .map((a) => ({ id: a.id, sessionId: a.sessionId, ...a.data }))
    .sort((a, b) => a.due.localeCompare(b.due));

/** The report of a session that ended: its one-page preview (a route of this API), and its PDF once filed. */
async function reportOf(deps: Deps, session: Session) {
  const filed = (await deps.store.documents.get(filingJobs, session.id))?.value.filed;
  return {
    number: session.number,
    preview: `/communities/${session.communityId}/sessions/${session.id}/report.png`,
    ...(filed ? { pdfUrl: filed.pdfUrl } : {}),
  };
}
