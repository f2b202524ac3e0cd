import { ACTION_KIND, type ActionItem } from '../../../domain/activities/actions/actions';
import { POST_IT_KIND } from '../../../domain/activities/board/board';
import { BALLOT_KIND } from '../../../domain/activities/dot-vote/dot-vote';
import { RANKING_KIND, TOPICS_KIND } from '../../../domain/activities/rank/rank';
import { DRIVER_RATING_KIND } from '../../../domain/driver/driver-rating';
import { filingJobs } from '../../../domain/report/filing/filing-job';
import type { Deps } from '../../../domain/ports';
import { attendanceOf } from '../../../domain/report/attendance';
import type { Session } from '../../../domain/session/session';

/** Kinds whose records name their session: how past sessions are found (the store lists no sessions per community). */
const SESSION_TRACES = [ACTION_KIND, POST_IT_KIND, BALLOT_KIND, DRIVER_RATING_KIND, RANKING_KIND, TOPICS_KIND];

/** Every session of the community that left a trace, newest first. */
export async function sessionsOf(deps: Deps, communityId: string): Promise<Session[]> {
  const ids = new Set<string>();
  const latest = await deps.store.sessions.latest(communityId);
  if (latest) ids.add(latest.value.id);
  for (const kind of SESSION_TRACES)
    for (const c of await deps.store.contributions.listInCommunity(communityId, kind)) ids.add(c.sessionId);
  const sessions = await Promise.all([...ids].map(async (id) => (await deps.store.sessions.get(id))?.value));
  return sessions.filter((s): s is Session => s !== undefined).sort((a, b) => b.number - a.number);
}

/** Past sessions: when, who was there, their actions and where the report is (when it was filed). */
export async function historyView(deps: Deps, communityId: string) {
  const members = await deps.store.members.list(communityId);
  const sessions = (await sessionsOf(deps, communityId)).filter((s) => s.state.kind === 'ended');
  return Promise.all(
    sessions.map(async (s) => {
      const attendance = await attendanceOf(deps, s, members, await deps.store.checkIns.list(s.id));
      const actions = await deps.store.contributions.list<ActionItem>(s.id, ACTION_KIND);
      const filed = (await deps.store.documents.get(filingJobs, s.id))?.value.filed;
      return {
        id: s.id,
        number: s.number,
        format: s.format,
        startedAt: s.startedAt,
        endedAt: s.state.kind === 'ended' ? s.state.endedAt : undefined,
        attendance,
        actions: actions.map((a) => ({ id: a.id, sessionId: s.id, ...a.data })),
        ...(filed ? { report: { pdfUrl: filed.pdfUrl, webUrl: filed.webUrl } } : {}),
      };
    }),
  );
}
