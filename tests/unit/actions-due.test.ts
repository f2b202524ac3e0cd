import { defaultDueDate } from '../../domain/activities/actions/actions-use-cases';
import { runPlanCommand } from '../../domain/plan/plan-command';
import { startSession } from '../../domain/session/start-session';
import { memoryDeps } from '../helpers/memory-deps';

const channel = { teamId: '19:team', channelId: '19:channel' };
const griet = { userId: '29:griet', name: 'Griet' };
const deps = memoryDeps({ now: () => new Date('2026-11-22T09:00:00Z') });

describe('an action\'s default due date ("by next time")', () => {
  it('is two weeks ahead while nothing is planned, then the date of the next planned session', async () => {
    const started = await startSession(deps, { place: { channel, name: 'PLG', language: 'nl' }, actor: griet });
    if (!started.ok) throw new Error(started.error.code);
    const communityId = started.value.community.id;
    expect(await defaultDueDate(deps, communityId)).toBe('2026-12-06');
    await runPlanCommand(deps, { communityId, actorId: griet.userId, text: '1/12 15:00-16:30' });
    expect(await defaultDueDate(deps, communityId)).toBe('2026-12-01');
  });
});
