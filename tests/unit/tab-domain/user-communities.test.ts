import { joinIfNew } from '../../../domain/community/join';
import { rememberedCommunities } from '../../../domain/community/user-communities';
import { startSession } from '../../../domain/session/start-session';
import { memoryDeps } from '../../helpers/memory-deps';

const deps = memoryDeps({ now: () => new Date('2026-11-22T09:00:00Z') });

describe('"My actions" across communities', () => {
  it('knows every community a member joined in the channel, before they ever open the tab', async () => {
    const lotte = { userId: '29:lotte', name: 'Lotte', aadObjectId: 'oid-lotte' };
    const communities: string[] = [];
    for (const team of ['a', 'b']) {
      const started = await startSession(deps, {
        place: { channel: { teamId: `19:${team}`, channelId: `19:${team}-c` }, name: team, language: 'nl' },
        actor: { userId: `29:f-${team}`, name: 'F' },
      });
      if (!started.ok) throw new Error(started.error.code);
      communities.push(started.value.community.id);
      await joinIfNew(deps, started.value.community.id, lotte);
    }
    expect((await rememberedCommunities(deps, 'oid-lotte')).sort()).toEqual(communities.sort());
    expect(await rememberedCommunities(deps, 'oid-nobody')).toEqual([]);
  });
});
