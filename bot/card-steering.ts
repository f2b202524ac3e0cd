import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { DomainError, Result } from '../domain/errors';
import type { Deps } from '../domain/ports';
import type { Steered } from '../domain/session/steer-session';
import { endFromCard, extendFromCard, nextFromCard, type CardSteerInput } from '../domain/session/steer-from-card';
import { translator } from '../i18n/t';
import type { BotServices } from './bot-services';
import { targetOf } from './activities/card-target';
import { STEER_VERBS } from './cards/facilitator-controls';
import type { CardData } from './check-in-actions';
import { announceEnded } from './commands/session-commands';
import { ownViewWith } from './own-view';
import { postCurrentPhase } from './phase-poster';
import { tabChangeToChannel } from './tab-steering';
import type { TurnInfo } from './turn-info';

type SteerHandler = (
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  data: CardData,
) => Promise<AdaptiveCardInvokeResponse>;

type CardSteer = (deps: Deps, input: CardSteerInput) => Promise<Result<Steered>>;

/**
 * A facilitator's button on a phase card, to the same use cases as `/next`, `/end-session` and the tab. The clicker
 * keeps their own view of the card, with what happened on top; a refusal (a member, a phase long gone) changes nothing.
 */
const steerFromCard =
  (
    steer: CardSteer,
    after: (services: BotServices, context: TurnContext, turn: TurnInfo, done: Steered) => Promise<string>,
  ): SteerHandler =>
  async (services, context, turn, data) => {
    const t = translator(turn.lang);
    if (!turn.place) return refused(services, turn, data, { code: 'errors.session.noneRunning' });
    const { phaseIndex } = targetOf(data, turn);
    const result = await steer(services.deps, { channel: turn.place.channel, actorId: turn.actor.userId, phaseIndex });
    if (!result.ok) return refused(services, turn, data, result.error);
    const said = await after(services, context, turn, result.value);
    return ownViewWith(services, turn, data, { message: said || t('session.steer.ended'), color: 'Good' });
  };

const refused = (services: BotServices, turn: TurnInfo, data: CardData, error: DomainError) =>
  ownViewWith(services, turn, data, {
    message: translator(turn.lang)(error.code, error.params),
    color: 'Warning',
  });

/** Which handler answers each steering button (they post in the channel, so they need the turn's context). */
export const STEER_ROUTES: Record<string, SteerHandler> = {
  [STEER_VERBS.next]: steerFromCard(nextFromCard, async (services, context, turn, { session, community }) => {
    await postCurrentPhase(services, context, session, community);
    const index = session.state.kind === 'running' ? session.state.phaseIndex + 1 : 0;
    return translator(turn.lang)('session.steer.moved', { index, total: session.agenda.length });
  }),
  [STEER_VERBS.end]: steerFromCard(endFromCard, async (services, context, turn, steered) => {
    await announceEnded(services, context, turn.actor, steered);
    return '';
  }),
  [STEER_VERBS.extend]: steerFromCard(extendFromCard, async (services, _context, turn, { session, community }) => {
    const phaseIndex = session.state.kind === 'running' ? session.state.phaseIndex : 0;
    await tabChangeToChannel(services, { what: 'revealed', session, community, phaseIndex });
    return translator(turn.lang)('session.steer.extended', { minutes: session.agenda[phaseIndex]?.minutes ?? 0 });
  }),
};
