import { runPlanCommand } from '../../../domain/plan/plan-command';
import { remindersDue } from '../../../domain/schedule/find-due-reminders';
import { endSession } from '../../../domain/session/steer-session';
import { startSession } from '../../../domain/session/start-session';
import { memoryDeps } from '../../helpers/memory-deps';

const channel = { teamId: '19:team', channelId: '19:channel' };
const griet = { userId: '29:griet', name: 'Griet' };
let now = new Date('2026-11-22T09:00:00Z');
const deps = memoryDeps({ now: () => now });

describe('an archived community', () => {
  it('gets no more reminders for the sessions it had planned', async () => {
    const started = await startSession(deps, { place: { channel, name: 'PLG', language: 'nl' }, actor: griet });
    if (!started.ok) throw new Error(started.error.code);
    await endSession(deps, { channel, actorId: griet.userId });
    const planned = await runPlanCommand(deps, {
      communityId: started.value.community.id,
      actorId: griet.userId,
      text: '1/12 15:00-16:30',
    });
    expect(planned.ok).toBe(true);
    now = new Date('2026-11-29T14:01:00Z');
    expect((await remindersDue(deps, now)).map((r) => r.kind)).toContain('session');
    const stored = await deps.store.communities.get(started.value.community.id);
    await deps.store.communities.save({ ...stored!.value, archivedAt: now.toISOString() }, stored!.version);
    expect(await remindersDue(deps, now)).toEqual([]);
  });
});
