import { ACTION_MAX, dateAfter, parseAction } from '../../domain/activities/actions/actions';
import { membership } from '../../domain/community/community';

const now = new Date('2026-11-22T14:00:00Z');
const today = '2026-11-22';
const members = [
  membership('c', { userId: 'u1', name: 'Griet' }, 'facilitator', now),
  membership('c', { userId: 'u2', name: 'Pieter' }, 'member', now),
  membership('c', { userId: 'u3', name: 'Ellen' }, 'observer', now),
];

describe('an action', () => {
  it('takes what, an owner among the members and a due date', () => {
    expect(
      parseAction({ what: ' Casus uittesten ', owner: 'u2', due: '2026-12-08' }, members, '2026-12-06', today),
    ).toEqual({
      ok: true,
      value: { what: 'Casus uittesten', ownerId: 'u2', ownerName: 'Pieter', due: '2026-12-08' },
    });
  });

  it('may be due today, and an overdue action keeps its date when only its text is edited', () => {
    expect(parseAction({ what: 'x', owner: 'u1', due: today }, members, '2026-12-06', today).ok).toBe(true);
    const edited = parseAction({ what: 'y', owner: 'u1', due: '2026-11-01' }, members, '2026-11-01', today);
    expect(edited.ok && edited.value).toMatchObject({ what: 'y', due: '2026-11-01' });
  });

  it('is due two weeks on when no date is given', () => {
    expect(dateAfter(now, 14)).toBe('2026-12-06');
    const parsed = parseAction({ what: 'x', owner: 'u1', due: '' }, members, dateAfter(now, 14), today);
    expect(parsed.ok && parsed.value.due).toBe('2026-12-06');
  });

  it.each([
    [{ what: '', owner: 'u1' }, 'errors.input.required', 'what'],
    [{ what: 'x'.repeat(ACTION_MAX + 1), owner: 'u1' }, 'errors.input.tooLong', 'what'],
    [{ what: 'x', owner: 'nobody' }, 'errors.input.required', 'owner'],
    [{ what: 'x', owner: 'u3' }, 'errors.input.required', 'owner'],
    [{ what: 'x', owner: 'u1', due: '2026-02-30' }, 'errors.input.invalidDate', 'due'],
    [{ what: 'x', owner: 'u1', due: 'volgende week' }, 'errors.input.invalidDate', 'due'],
    [{ what: 'x', owner: 'u1', due: '2026-01-01' }, 'errors.input.dateInPast', 'due'],
    [{ what: 'x', owner: 'u1', due: '2026-11-21' }, 'errors.input.dateInPast', 'due'],
  ])('%o is refused with %s on %s', (raw, code, field) => {
    const result = parseAction(raw, members, '2026-12-06', today);
    expect(result.ok ? undefined : [result.error.code, result.error.params?.field]).toEqual([code, field]);
  });
});
