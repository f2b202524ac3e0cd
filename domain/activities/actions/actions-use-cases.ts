import { retryOnConflict } from '../../concurrency';
import { fail, ok, type Result } from '../../errors';
import type { Contribution, Deps, Stored } from '../../ports';
import { shortId } from '../../short-id';
import { inPhase, type ActivityContext, type ActivityTarget } from '../activity-context';
import { nextSessionDate } from '../../schedule/schedule-queries';
import { ACTION_KIND, DEFAULT_DUE_DAYS, dateAfter, parseAction, type ActionItem, type RawAction } from './actions';

const isActions = (phase: { activity: string }) => phase.activity === 'actions';

/** "By next time": the date of the next planned session, or two weeks from today when none is planned. */
export async function defaultDueDate(deps: Deps, communityId: string): Promise<string> {
  return (await nextSessionDate(deps, communityId)) ?? dateAfter(deps.clock.now(), DEFAULT_DUE_DAYS);
}

/** Adds an action; the same `token` with the same text (a double click) adds nothing the second time. */
export function addAction(
  deps: Deps,
  target: ActivityTarget & { raw: RawAction; token: string },
): Promise<Result<{ context: ActivityContext; added: boolean }>> {
  return inPhase(deps, target, isActions, async (context) => {
    const members = await deps.store.members.list(context.community.id);
    const today = dateAfter(deps.clock.now(), 0);
    const parsed = parseAction(target.raw, members, await defaultDueDate(deps, context.community.id), today);
    if (!parsed.ok) return parsed;
    let id = shortId(`${target.actor.userId}:${target.token}`);
    const same = await deps.store.contributions.get<ActionItem>(target.sessionId, ACTION_KIND, id);
    if (same?.value.data.what === parsed.value.what) return ok({ context, added: false });
    if (same) id = shortId(`${id}:${deps.ids.next()}`);
    const record: Contribution<ActionItem> = {
      communityId: context.community.id,
      sessionId: target.sessionId,
      phaseIndex: target.phaseIndex,
      kind: ACTION_KIND,
      id,
      authorId: target.actor.userId,
      data: { ...parsed.value, status: 'open' },
      createdAt: deps.clock.now().toISOString(),
    };
    await deps.store.contributions.save(record, null);
    return ok({ context, added: true });
  });
}

export interface ActionChange {
  sessionId: string;
  actionId: string;
  actorId: string;
}

/** Marks an action done or open again: its owner, whoever added it, or a facilitator; also after the session. */
export function setActionStatus(
  deps: Deps,
  change: ActionChange,
  status: ActionItem['status'],
): Promise<Result<Contribution<ActionItem>>> {
  return changeAction(deps, change, (action) => ok({ ...action, status }));
}

/** Changes what, owner or due date of an action (same people as above). */
export function editAction(
  deps: Deps,
  change: ActionChange & { raw: RawAction },
): Promise<Result<Contribution<ActionItem>>> {
  return changeAction(
    deps,
    change,
    reparsed(deps, () => change.raw),
  );
}

/** Moves an action's due date (same people as above); a date in the past is refused, naming the field. */
export const rescheduleAction = (deps: Deps, change: ActionChange & { due: string }): Changed =>
  changeAction(
    deps,
    change,
    reparsed(deps, (a) => ({ what: a.what, owner: a.ownerId, due: change.due })),
  );

/** The actions added in a session, oldest first. */
export const actionsOf = (deps: Deps, sessionId: string): Promise<Contribution<ActionItem>[]> =>
  deps.store.contributions.list<ActionItem>(sessionId, ACTION_KIND);

/** A member's open actions across every session of the community: the "since last time" of the next check-in. */
export async function openActionsOf(
  deps: Deps,
  communityId: string,
  userId: string,
): Promise<Contribution<ActionItem>[]> {
  const all = await deps.store.contributions.listInCommunity<ActionItem>(communityId, ACTION_KIND);
  return all.filter((a) => a.data.ownerId === userId && a.data.status === 'open');
}

type Changed = Promise<Result<Contribution<ActionItem>>>;
type Change = (action: ActionItem, communityId: string) => Result<ActionItem> | Promise<Result<ActionItem>>;

/** The action as changed, checked as typed; its current due date stays acceptable even when it is past. */
const reparsed =
  (deps: Deps, rawOf: (action: ActionItem) => RawAction): Change =>
  async (action, communityId) => {
    const members = await deps.store.members.list(communityId);
    const parsed = parseAction(rawOf(action), members, action.due, dateAfter(deps.clock.now(), 0));
    return parsed.ok ? ok({ ...action, ...parsed.value }) : parsed;
  };

function changeAction(deps: Deps, change: ActionChange, apply: Change): Promise<Result<Contribution<ActionItem>>> {
  return retryOnConflict(async () => {
    const stored = await deps.store.contributions.get<ActionItem>(change.sessionId, ACTION_KIND, change.actionId);
    if (!stored) return fail('errors.action.gone');
    const allowed = await mayChange(deps, stored, change.actorId);
    if (!allowed) return fail('errors.action.notYours');
    const changed = await apply(stored.value.data, stored.value.communityId);
    if (!changed.ok) return changed;
    const record = { ...stored.value, data: changed.value };
    const saved = await deps.store.contributions.save(record, stored.version);
    if (saved.ok) deps.hooks?.actionChanged?.(record);
    return saved.ok ? ok(record) : 'conflict';
  });
}

async function mayChange(deps: Deps, action: Stored<Contribution<ActionItem>>, actorId: string): Promise<boolean> {
  if (action.value.data.ownerId === actorId || action.value.authorId === actorId) return true;
  return (await deps.store.members.get(action.value.communityId, actorId))?.role === 'facilitator';
}
