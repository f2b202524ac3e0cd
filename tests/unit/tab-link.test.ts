import { tabLink } from '../../bot/tab-link';

const channel = { teamId: '19:team@thread.tacv2', channelId: '19:channel@thread.tacv2' };

describe("a card's link to the tab", () => {
  it("is a Teams deep link to the channel's tab on the view, once the Teams app's id is known", () => {
    const link = new URL(tabLink({ publicUrl: 'https://plg.example', teamsAppId: 'app-1' }, channel, 'driver'));
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/entity/app-1/leerkring');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: 'driver',
      channelId: channel.channelId,
    });
  });

  it("is the tab's page with the channel in it without one (local mode, the Playground)", () => {
    const link = new URL(tabLink({ publicUrl: 'http://localhost:3978' }, channel, 'agenda'));
    expect(`${link.origin}${link.pathname}`).toBe('http://localhost:3978/tab/index.html');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      view: 'channel',
      tab: 'agenda',
      channel: channel.channelId,
      team: channel.teamId,
    });
  });
});
