import type { ChannelRef } from '../domain/community/community';

/** The tab's agenda of a channel's community, where a board shows every post-it (cards show the newest). */
export function agendaTabUrl(publicUrl: string, channel: ChannelRef): string {
  const query = new URLSearchParams({
    view: 'channel',
    tab: 'agenda',
    channel: channel.channelId,
    ...(channel.teamId ? { team: channel.teamId } : {}),
  });
  return `${publicUrl}/tab/index.html?${query.toString()}`;
}
