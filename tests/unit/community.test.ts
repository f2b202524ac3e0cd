import { channelKey, createCommunity, facilitatorNames, membership } from '../../domain/community/community';
import { emptyDriver, isDriverEmpty } from '../../domain/driver/driver';

const now = new Date('2026-11-22T14:00:00Z');
const griet = { userId: '29:griet', name: 'Griet Van Damme', aadObjectId: 'aad-griet' };
const pieter = { userId: '29:pieter', name: 'Pieter Claes' };

describe('a community', () => {
  const community = createCommunity({
    id: 'c1',
    channel: { teamId: 't1', channelId: 'ch1' },
    name: 'PLG A&F',
    language: 'nl',
    founder: griet,
    now,
  });

  it('remembers its founder and starts with an empty driver', () => {
    expect(community.createdBy).toBe(griet.userId);
    expect(isDriverEmpty(community.driver)).toBe(true);
    expect(community.kind).toBe('plg');
  });

  it('names its facilitators, not its members', () => {
    const members = [
      membership('c1', griet, 'facilitator', now),
      membership('c1', pieter, 'member', now),
      membership('c1', { userId: 'x', name: 'Wout' }, 'facilitator', now),
    ];
    expect(facilitatorNames(members)).toBe('Griet Van Damme, Wout');
    expect(members[0]?.aadObjectId).toBe('aad-griet');
    expect(members[1]).not.toHaveProperty('aadObjectId');
  });

  it('is keyed on its channel, a group chat apart from any team', () => {
    expect(channelKey({ teamId: 't1', channelId: 'ch1' })).not.toBe(channelKey({ teamId: 't2', channelId: 'ch1' }));
    expect(channelKey({ teamId: null, channelId: 'ch1' })).not.toBe(channelKey({ teamId: 't1', channelId: 'ch1' }));
  });

  it('a driver with only a step is not empty', () => {
    expect(isDriverEmpty({ ...emptyDriver(), steps: [{ text: 'Nieuwe leerpaden' }] })).toBe(false);
  });
});
