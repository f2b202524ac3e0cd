import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { setActionStatus } from '../../domain/activities/actions/actions-use-cases';
import {
  actionsAcrossCommunities,
  type ActionsOwner,
  type CommunityActions,
} from '../../domain/activities/actions/member-actions';
import type { Contribution } from '../../domain/ports';
import type { ActionItem } from '../../domain/activities/actions/actions';
import { translator } from '../../i18n/t';
import { scheduleActionsUpdate } from '../activities/actions-handlers';
import { field } from '../activities/card-target';
import { postCard, type BotServices } from '../bot-services';
import { actionRef, myActionsCard, onCard, type MyActionsCardView } from '../cards/my-actions-card';
import type { CardData } from '../check-in-actions';
import { dayFormatter } from '../dates';
import { cardResponse, refusedResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';

const ownerOf = (turn: TurnInfo): ActionsOwner => ({
  userId: turn.actor.userId,
  ...(turn.actor.aadObjectId ? { aadObjectId: turn.actor.aadObjectId } : {}),
});

/** `/actions` in the personal chat: the member's open actions across their communities. */
export async function myActionsCommand(services: BotServices, context: TurnContext, turn: TurnInfo): Promise<void> {
  const fitted = onCard(await actionsAcrossCommunities(services.deps, ownerOf(turn), { openOnly: true }));
  const shown = fitted.groups.flatMap((g) => g.actions.map(actionRef));
  const formatDate = dayFormatter(turn.lang, services.deps.clock.now());
  await postCard(context, myActionsCard({ ...fitted, shown, formatDate }, translator(turn.lang)));
}

/** Done or reopen on that card: the same rule as the channel's card, and the card shows the same list again. */
export async function myActionStatusAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  status: ActionItem['status'],
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const [sessionId = '', actionId = ''] = field(data, 'action').split('/');
  const result = await setActionStatus(services.deps, { sessionId, actionId, actorId: turn.actor.userId }, status);
  if (result.ok) await updateChannelCard(services, result.value);
  const shown = field(data, 'shown').split(' ').filter(Boolean);
  const view: MyActionsCardView = {
    groups: keepShown(await actionsAcrossCommunities(services.deps, ownerOf(turn)), shown),
    shown,
    more: 0,
    formatDate: dayFormatter(turn.lang, services.deps.clock.now()),
    notice: result.ok
      ? { kind: status === 'done' ? 'markedDone' : 'reopened' }
      : { kind: 'error', message: t(result.error.code, result.error.params) },
  };
  const card = myActionsCard(view, t);
  return result.ok ? cardResponse(card) : refusedResponse(card, result.error);
}

/** The actions the card showed, in the order it showed them, as they stand now. */
function keepShown(groups: CommunityActions[], shown: string[]): CommunityActions[] {
  const place = (ref: string) => shown.indexOf(ref);
  return groups
    .map((g) => ({
      ...g,
      actions: g.actions
        .filter((a) => place(actionRef(a)) >= 0)
        .sort((a, b) => place(actionRef(a)) - place(actionRef(b))),
    }))
    .filter((g) => g.actions.length > 0);
}

/** The channel's actions card follows when its phase is still the current one. */
async function updateChannelCard(services: BotServices, action: Contribution<ActionItem>): Promise<void> {
  const session = await services.deps.store.sessions.get(action.sessionId);
  const community = await services.deps.store.communities.get(action.communityId);
  if (session && community)
    await scheduleActionsUpdate(services, session.value, action.phaseIndex, community.value.language);
}
