import { roleOf, withMember, type Community, type Person } from '../community/community';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Deps, Stored, UpsertOutcome } from '../ports';
import type { Session } from '../session/session';
import { parseCheckIn, sameAnswers, type CheckIn, type RawCheckIn } from './check-in';

export interface SubmitCheckInInput {
  sessionId: string;
  actor: Person;
  raw: RawCheckIn;
}

export interface CheckInSubmitted {
  checkIn: CheckIn;
  outcome: UpsertOutcome;
  session: Session;
  community: Community;
  /** How many members have checked in for this session, this one included. */
  count: number;
}

/**
 * Stores a member's check-in (a new one replaces their earlier one; the same one twice changes
 * nothing). After the session ended it is still stored, marked late. Observers do not take part.
 */
export async function submitCheckIn(deps: Deps, input: SubmitCheckInInput): Promise<Result<CheckInSubmitted>> {
  const session = await deps.store.sessions.get(input.sessionId);
  if (!session) return fail('errors.session.unknown');
  const community = await deps.store.communities.get(session.value.communityId);
  if (!community) return fail('errors.session.unknown');
  if (roleOf(community.value, input.actor.userId) === 'observer') return fail('errors.role.observerCannotContribute');

  const answers = parseCheckIn(input.raw);
  if (!answers.ok) return answers;

  const member = await ensureMember(deps, community, input.actor);
  if (!member.ok) return member;
  const previous = await deps.store.checkIns.get(session.value.id, input.actor.userId);
  if (previous && sameAnswers(previous, answers.value)) {
    return ok(await submitted(deps, previous, 'unchanged', session.value, member.value));
  }
  const checkIn: CheckIn = {
    ...answers.value,
    sessionId: session.value.id,
    userId: input.actor.userId,
    userName: input.actor.name,
    submittedAt: deps.clock.now().toISOString(),
    late: session.value.state.kind === 'ended',
  };
  const outcome = await deps.store.checkIns.upsert(checkIn);
  return ok(await submitted(deps, checkIn, outcome, session.value, member.value));
}

async function submitted(
  deps: Deps,
  checkIn: CheckIn,
  outcome: UpsertOutcome,
  session: Session,
  community: Community,
): Promise<CheckInSubmitted> {
  return { checkIn, outcome, session, community, count: await deps.store.checkIns.count(session.id) };
}

/** First contribution of someone in the channel: they join as a member. */
function ensureMember(deps: Deps, community: Stored<Community>, person: Person): Promise<Result<Community>> {
  if (roleOf(community.value, person.userId)) return Promise.resolve(ok(community.value));
  let current: Stored<Community> | undefined = community;
  return retryOnConflict(async () => {
    current ??= await deps.store.communities.get(community.value.id);
    if (!current) return fail('errors.session.unknown');
    const joined = withMember(current.value, person, 'member', deps.clock.now());
    if (joined === current.value) return ok(joined);
    const saved = await deps.store.communities.save(joined, current.version);
    current = undefined;
    return saved.ok ? ok(joined) : 'conflict';
  });
}
