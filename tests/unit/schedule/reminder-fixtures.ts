import { ACTION_KIND, type ActionItem } from '../../../domain/activities/actions/actions';
import type { Deps } from '../../../domain/ports';
import { parsePlanCommand } from '../../../domain/plan/plan-parser';
import { planSessions } from '../../../domain/schedule/plan-sessions';
import type { PlannedSession } from '../../../domain/schedule/planned-session';
import { griet, pieter } from './schedule-fixtures';

/** Plans with `/plan <text>` as Griet, the facilitator, on the clock's current day. */
export async function plan(deps: Deps, text: string, communityId = 'community-1'): Promise<PlannedSession[]> {
  const parsed = parsePlanCommand(text, deps.clock.now().toISOString().slice(0, 10));
  if (!parsed.ok || parsed.value.action !== 'plan') throw new Error(`cannot plan ${text}`);
  const result = await planSessions(deps, { communityId, actorId: griet.userId, request: parsed.value.request });
  if (!result.ok) throw new Error(result.error.code);
  return result.value.planned;
}

/** An open action of Pieter's, due on `due`. */
export async function openAction(deps: Deps, id: string, due: string, communityId = 'community-1'): Promise<void> {
  const data: ActionItem = {
    what: 'Lesvoorbeeld meebrengen',
    ownerId: pieter.userId,
    ownerName: pieter.name,
    due,
    status: 'open',
  };
  await deps.store.contributions.save(
    {
      communityId,
      sessionId: 'session-0',
      phaseIndex: 3,
      kind: ACTION_KIND,
      id,
      authorId: griet.userId,
      data,
      createdAt: deps.clock.now().toISOString(),
    },
    null,
  );
}
