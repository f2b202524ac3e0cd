import type { Member } from '../../community/community';
import { fail, ok, type Result } from '../../errors';

/** "Who does what by next time": one action, owned by one member. */
export interface ActionItem {
  what: string;
  ownerId: string;
  ownerName: string;
  /** YYYY-MM-DD. */
  due: string;
  status: 'open' | 'done';
}

export const ACTION_KIND = 'action';
export const ACTION_MAX = 300;
/** Until the schedule knows the next session, an action is due two weeks on. */
export const DEFAULT_DUE_DAYS = 14;

export type RawAction = { what?: unknown; owner?: unknown; due?: unknown };

/** The date `days` after `now`, as YYYY-MM-DD. */
export const dateAfter = (now: Date, days: number): string =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Checks an action as typed: what (required, not too long), an owner among the members, a real date not before
 * `today` (YYYY-MM-DD). The default date is always taken, so an overdue action can still be edited as it stands.
 */
export function parseAction(
  raw: RawAction,
  members: readonly Member[],
  defaultDue: string,
  today: string,
): Result<Omit<ActionItem, 'status'>> {
  const what = typeof raw.what === 'string' ? raw.what.trim() : '';
  if (what === '') return fail('errors.input.required', { field: 'what' });
  const length = [...what].length;
  if (length > ACTION_MAX) return fail('errors.input.tooLong', { field: 'what', length, max: ACTION_MAX });
  const owner = members.find((m) => m.userId === raw.owner && m.role !== 'observer');
  if (!owner) return fail('errors.input.required', { field: 'owner' });
  const due = typeof raw.due === 'string' && raw.due.trim() !== '' ? raw.due.trim() : defaultDue;
  if (!isDate(due)) return fail('errors.input.invalidDate', { field: 'due' });
  if (due < today && due !== defaultDue) return fail('errors.input.dateInPast', { field: 'due', date: due });
  return ok({ what, ownerId: owner.userId, ownerName: owner.name, due });
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
