import type { TurnContext } from 'botbuilder';
import { roleOf } from '../../domain/community/role-of';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { postCard } from '../bot-services';
import { helpCard } from '../cards/help-card';
import { commandNames } from '../command-parser';
import type { TurnInfo } from '../turn-info';

/** `/help`: what this person may do here; `preface` explains why it is shown (e.g. an unknown command). */
export async function helpCommand(
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  preface?: string[],
): Promise<void> {
  const community = turn.place ? await services.deps.store.communities.findByChannel(turn.place.channel) : undefined;
  const card = helpCard(
    {
      names: commandNames(turn.lang),
      isFacilitator: community
        ? (await roleOf(services.deps, community.value.id, turn.actor.userId)) === 'facilitator'
        : false,
      hasCommunity: turn.scope === 'personal' || community !== undefined,
      personal: turn.scope === 'personal',
      ...(preface ? { preface } : {}),
    },
    translator(turn.lang),
  );
  await postCard(context, card);
}
