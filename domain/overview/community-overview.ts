import { ACTION_KIND, type ActionItem } from '../activities/actions/actions';
import type { Community, Role } from '../community/community';
import type { Deps } from '../ports';
import { filingJobs } from '../report/filing/filing-job';
import { summariesOf, type SessionSummary } from '../report/session-summary';
import { plannedSessions, schedulePrefix, type PlannedSession } from '../schedule/planned-session';

/** One community as the leaders' Overview shows it: where it heads, how far it came, and what is left to do. */
export interface CommunityOverview {
  communityId: string;
  name: string;
  /** The viewer's own role in it. */
  role: Role;
  archived: boolean;
  /** The driver's end goal, as the members wrote it. */
  endGoal: string;
  sessions: {
    held: number;
    running: boolean;
    planned: number;
    /** When the last one was held (YYYY-MM-DD). */
    lastHeld?: string;
    next?: Pick<PlannedSession, 'start' | 'localDate' | 'localStart' | 'localEnd' | 'timeZone'>;
  };
  /** Per ended session, in order: who came, and the driver rating. */
  trend: Pick<SessionSummary, 'number' | 'date' | 'present' | 'members' | 'rating'>[];
  actions: { open: number; done: number; overdue: number };
  /** The last ended session's report, with its links once it was filed. */
  latestReport?: { sessionNumber: number; date: string; pdfUrl?: string; webUrl?: string };
}

/**
 * A community's overview from a fixed number of reads, however long its history: its sessions, its schedule, its
 * actions, the ended sessions' summaries and the last report's outbox entry.
 */
export async function communityOverview(
  deps: Deps,
  community: Community,
  role: Role,
  now: Date,
): Promise<CommunityOverview> {
  const [sessions, planned, actions] = await Promise.all([
    deps.store.sessions.list(community.id),
    deps.store.documents.list(plannedSessions, schedulePrefix(community.id)),
    deps.store.contributions.listInCommunity<ActionItem>(community.id, ACTION_KIND),
  ]);
  const ended = sessions.map((s) => s.value).filter((s) => s.state.kind === 'ended');
  const summaries = await summariesOf(deps, ended);
  const upcoming = planned.map((d) => d.value).filter((p) => p.end >= now.toISOString());
  const next = upcoming[0];
  const last = summaries.at(-1);
  const today = now.toISOString().slice(0, 10);
  const open = actions.filter((a) => a.data.status === 'open');
  return {
    communityId: community.id,
    name: community.name,
    role,
    archived: Boolean(community.archivedAt),
    endGoal: community.driver.endGoal,
    sessions: {
      held: ended.length,
      running: sessions.some((s) => s.value.state.kind === 'running'),
      planned: upcoming.length,
      ...(last ? { lastHeld: last.date } : {}),
      ...(next ? { next: pickWhen(next) } : {}),
    },
    trend: summaries.map(({ number, date, present, members, rating }) => ({ number, date, present, members, rating })),
    actions: {
      open: open.length,
      done: actions.length - open.length,
      overdue: open.filter((a) => a.data.due < today).length,
    },
    ...(last ? { latestReport: await reportOf(deps, last) } : {}),
  };
}

const pickWhen = ({ start, localDate, localStart, localEnd, timeZone }: PlannedSession) => ({
  start,
  localDate,
  localStart,
  localEnd,
  timeZone,
});

async function reportOf(deps: Deps, last: SessionSummary) {
  const filed = (await deps.store.documents.get(filingJobs, last.sessionId))?.value.filed;
  return {
    sessionNumber: last.number,
    date: last.date,
    ...(filed ? { pdfUrl: filed.pdfUrl, webUrl: filed.webUrl } : {}),
  };
}
