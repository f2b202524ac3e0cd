import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { TeamsNames } from '../domain/community/community';
import { applyTeamsNames, nameFromTeams } from '../domain/community/community-naming';
import type { BotServices } from './bot-services';
import type { TurnInfo } from './turn-info';

/** How long a command waits for Teams' names at most: the answer must not feel slow; the next command tries again. */
export const TEAMS_NAMES_TIMEOUT_MS = 1_000;

/**
 * Before a command in a team channel whose community has no names from Teams yet (not founded, or Teams did not
 * answer then): asks Teams. A community about to be founded gets them through the turn's place; one that exists
 * is renamed at once (unless a facilitator named it). When Teams does not answer in time, the turn goes on as is.
 */
export async function withTeamsNames(services: BotServices, context: TurnContext, turn: TurnInfo): Promise<TurnInfo> {
  const place = turn.place;
  if (turn.scope !== 'channel' || !place?.channel.teamId) return turn;
  const existing = await services.deps.store.communities.findByChannel(place.channel);
  if (existing?.value.teamsNames) return turn;
  const names = await teamsNamesOf(services, context, place.channel.teamId, place.channel.channelId);
  if (!names) return turn;
  if (existing) {
    await applyTeamsNames(services.deps, place.channel, names);
    return turn;
  }
  return { ...turn, place: { ...place, name: nameFromTeams(names), teamsNames: names } };
}

/** The team's name and the channel's (none for General), or undefined when Teams fails or is slow. */
export async function teamsNamesOf(
  services: BotServices,
  context: TurnContext,
  teamId: string,
  channelId: string,
): Promise<TeamsNames | undefined> {
  const lookup = Promise.all([TeamsInfo.getTeamDetails(context, teamId), TeamsInfo.getTeamChannels(context, teamId)]);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), TEAMS_NAMES_TIMEOUT_MS)));
  try {
    const answer = await Promise.race([lookup, late]);
    if (answer === 'late') {
      lookup.catch(() => undefined); // it may still fail after we stopped waiting
      services.log.warn('Teams did not give the team name in time', { timeoutMs: TEAMS_NAMES_TIMEOUT_MS });
      return undefined;
    }
    const [team, channels] = answer;
    if (!team.name) return undefined;
    const channel = channelId === teamId ? undefined : channels.find((c) => c.id === channelId)?.name;
    return channel ? { team: team.name, channel } : { team: team.name };
  } catch (error) {
    services.log.warn('could not read the team name', {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
