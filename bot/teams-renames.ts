import type { ChannelInfo, TeamInfo, TurnContext } from 'botbuilder';
import type { ChannelRef } from '../domain/community/community';
import { applyTeamsNames } from '../domain/community/community-naming';
import type { Store } from '../domain/ports';
import type { BotServices } from './bot-services';
import { teamsNamesOf } from './teams-names';

const teamKey = (teamId: string): string => `team-community:${teamId}|`;

/** Remembers that a community lives in a team, so a rename of the team reaches each of its channels' communities. */
export const rememberTeamCommunity = (store: Store, teamId: string, communityId: string): Promise<void> =>
  store.keyValues.put(`${teamKey(teamId)}${communityId}`, { teamId });

/** `teamRenamed`: every community of the team takes the new team name (unless a facilitator named it). */
export async function onTeamRenamed(services: BotServices, team: TeamInfo): Promise<void> {
  if (!team.id || !team.name) return;
  for (const { key } of await services.deps.store.keyValues.list(teamKey(team.id))) {
    const community = await services.deps.store.communities.get(key.slice(teamKey(team.id).length));
    const channel = community?.value.channel;
    // Without a channel name from Teams, only the General channel (the team's own id) can be named here.
    const channelName = community?.value.teamsNames?.channel;
    if (!channel || (!channelName && channel.channelId !== team.id)) continue;
    await applyTeamsNames(
      services.deps,
      channel,
      channelName ? { team: team.name, channel: channelName } : { team: team.name },
    );
  }
}

/** `channelRenamed`: the channel's community takes the new channel name (unless a facilitator named it). */
export async function onChannelRenamed(
  services: BotServices,
  context: TurnContext,
  channelInfo: ChannelInfo,
  team: TeamInfo,
): Promise<void> {
  if (!team.id || !channelInfo.id) return;
  const ref: ChannelRef = { teamId: team.id, channelId: channelInfo.id };
  const community = await services.deps.store.communities.findByChannel(ref);
  if (!community) return;
  const teamName = community.value.teamsNames?.team ?? team.name;
  const names =
    teamName && channelInfo.name
      ? { team: teamName, channel: channelInfo.name }
      : await teamsNamesOf(services, context, team.id, channelInfo.id);
  if (names) await applyTeamsNames(services.deps, ref, names);
}
