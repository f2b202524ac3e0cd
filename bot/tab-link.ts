import type { ChannelRef } from '../domain/community/community';

/** The tab's views a card can open directly. */
export type TabView = 'driver' | 'agenda' | 'topics';

/**
 * A link that opens the Leerkring tab of a channel on one view. Inside Teams the tab reads the view from the link (and
 * the channel from Teams itself); in a browser or the Playground the channel comes along in the link.
 */
export function tabLink(publicUrl: string, channel: ChannelRef, view: TabView): string {
  const query = new URLSearchParams({ view: 'channel', tab: view, channel: channel.channelId });
  if (channel.teamId) query.set('team', channel.teamId);
  return `${publicUrl}/tab/index.html?${query.toString()}`;
}

/** The tab's agenda of a channel's community, where a board shows every post-it (cards show the newest). */
export const agendaTabUrl = (publicUrl: string, channel: ChannelRef): string => tabLink(publicUrl, channel, 'agenda');
