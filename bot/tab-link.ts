import type { ChannelRef } from '../domain/community/community';

/** The tab's views a card can open directly. */
export type TabView = 'driver' | 'agenda' | 'topics';

/** Where the tab lives: the server's public URL and, once deployed, the Teams app's id. */
export interface TabPlace {
  publicUrl: string;
  teamsAppId?: string;
}

/** The entity id the tab's configuration page gives the channel tab (tabs/src/config.ts). */
const TAB_ENTITY_ID = 'leerkring';

/**
 * A link that opens the Leerkring tab of a channel on one view. In Teams a deep link to the channel's tab, with the
 * view as its subEntityId (a plain URL would open a browser, where the tab cannot sign in); without a Teams app id
 * (local mode, the Playground) the tab's page, with the channel in the link.
 */
export function tabLink(place: TabPlace, channel: ChannelRef, view: TabView): string {
  if (place.teamsAppId) {
    const context = JSON.stringify({ subEntityId: view, channelId: channel.channelId });
    const app = encodeURIComponent(place.teamsAppId);
    return `https://teams.microsoft.com/l/entity/${app}/${TAB_ENTITY_ID}?context=${encodeURIComponent(context)}`;
  }
  const query = new URLSearchParams({ view: 'channel', tab: view, channel: channel.channelId });
  if (channel.teamId) query.set('team', channel.teamId);
  return `${place.publicUrl}/tab/index.html?${query.toString()}`;
}

/** The tab's agenda of a channel's community, where a board shows every post-it (cards show the newest). */
export const agendaTabUrl = (place: TabPlace, channel: ChannelRef): string => tabLink(place, channel, 'agenda');
