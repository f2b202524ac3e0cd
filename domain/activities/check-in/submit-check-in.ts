import { membership, type Community, type Person, type Role } from '../../community/community';
import { fail, ok, type Result } from '../../errors';
import type { Deps, UpsertOutcome } from '../../ports';
import type { Session } from '../../session/session';
import { parseCheckIn, sameAnswers, type CheckIn, type RawCheckIn } from './check-in';
import { checkInVariantOf } from './check-in-variant';
import { openSessionOf } from '../activity-context';

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
  role: Role;
  /** How many members have checked in for this session, this one included. */
  count: number;
}

/**
 * Stores a member's check-in (a new one replaces their earlier one; the same one twice changes
 * nothing). After the session ended it is still stored, marked late. Observers do not take part;
 * someone in the channel who checks in for the first time joins as a member.
 */
export async function submitCheckIn(deps: Deps, input: SubmitCheckInInput): Promise<Result<CheckInSubmitted>> {
  // Read together: on Azure Table storage each read is a round trip of its own.
  const [found, previous, before] = await Promise.all([
    openSessionOf(deps, input.sessionId),
    deps.store.checkIns.get(input.sessionId, input.actor.userId),
    deps.store.checkIns.count(input.sessionId),
  ]);
  if (!found.ok) return found;
  const { session, community } = found.value;
  const member = await deps.store.members.get(community.id, input.actor.userId);
  if (member?.role === 'observer') return fail('errors.role.observerCannotContribute');

  const answers = parseCheckIn(input.raw, checkInVariantOf(session.value));
  if (!answers.ok) return answers;

  if (!member) await deps.store.members.add(membership(community.id, input.actor, 'member', deps.clock.now()));
  const role = member?.role ?? 'member';
  const unchanged = previous !== undefined && sameAnswers(previous, answers.value);
  const checkIn: CheckIn = unchanged
    ? previous
    : {
        ...answers.value,
        sessionId: session.value.id,
        userId: input.actor.userId,
        userName: input.actor.name,
        submittedAt: deps.clock.now().toISOString(),
        late: session.value.state.kind === 'ended',
      };
  const outcome = unchanged ? 'unchanged' : await deps.store.checkIns.upsert(checkIn);
  // The count read before, with this member in it: others checking in meanwhile show on the next look.
  const count = before + (previous ? 0 : 1);
  return ok({ checkIn, outcome, session: session.value, community, role, count });
}
