import { facilitatorNames, type Community, type Person } from '../community/community';
import { findOrCreateCommunity, type CommunityPlace } from '../community/find-or-create-community';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import type { FormatId } from './formats';
import { startedSession, type Session } from './session';
import { agendaDrafts } from './agenda-draft';
import { refuseIfArchived } from '../data/archived';
import { closingSurveyToDiscuss, markDiscussed } from '../activities/closing-survey/closing-survey';
import { plannedSessionNow } from '../schedule/schedule-queries';

export interface StartSessionInput {
  place: CommunityPlace;
  actor: Person;
  /**
   * Undefined when the facilitator named none: the agenda prepared for this session, else the planned session's format,
   * else a regular one.
   */
  format?: FormatId;
}

export interface SessionStarted {
  session: Session;
  community: Community;
  /** True when this call created the community and made the actor its first facilitator. */
  founded: boolean;
}

/**
 * Starts the next session of the channel's community. The first person to start one founds the
 * community and becomes its facilitator; after that only facilitators may start sessions.
 * Fails with `alreadyRunning` (params: sessionId, number) while another session runs.
 */
export async function startSession(deps: Deps, input: StartSessionInput): Promise<Result<SessionStarted>> {
  const { community, created } = await findOrCreateCommunity(deps, input.place, input.actor);
  const archived = refuseIfArchived(community.value);
  if (archived) return archived;
  const role = (await deps.store.members.get(community.value.id, input.actor.userId))?.role;
  if (role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, community.value.id) });
  return retryOnConflict(async () => {
    const latest = await deps.store.sessions.latest(community.value.id);
    if (latest?.value.state.kind === 'running') {
      return fail('errors.session.alreadyRunning', { sessionId: latest.value.id, number: latest.value.number });
    }
    const number = (latest?.value.number ?? 0) + 1;
    const draft = (await deps.store.documents.get(agendaDrafts, community.value.id))?.value;
    // The agenda edited beforehand for this session, unless the facilitator now names another format.
    const useDraft = draft?.forNumber === number && (input.format === undefined || input.format === draft.format);
    const planned =
      input.format === undefined && !useDraft ? (await plannedSessionNow(deps, community.value.id))?.format : undefined;
    const session = startedSession({
      id: deps.ids.next(),
      communityId: community.value.id,
      number,
      format: useDraft ? draft.format : (input.format ?? planned ?? 'regular'),
      ...(useDraft ? { agenda: draft.agenda } : {}),
      startedBy: input.actor.userId,
      questionIndex: number - 1,
      now: deps.clock.now(),
    });
    const ahead = session.agenda.some((p) => p.activity === 'survey')
      ? await closingSurveyToDiscuss(deps, community.value.id)
      : undefined;
    const goal = community.value.driver.endGoal.trim();
    const discussing: Session = {
      ...session,
      ...(ahead ? { closingSurveyId: ahead.id } : {}),
      ...(goal ? { driverGoal: goal } : {}),
    };
    const saved = await deps.store.sessions.save(discussing, null);
    if (!saved.ok) return 'conflict';
    if (ahead) await markDiscussed(deps, ahead.id, discussing.id);
    return ok({ session: discussing, community: community.value, founded: created });
  });
}

/** The facilitators' names, for messages that say who may steer. */
export const namesOf = async (deps: Deps, communityId: string): Promise<string> =>
  facilitatorNames(await deps.store.members.list(communityId));
