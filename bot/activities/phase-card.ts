import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { activityContext, type ActivityContext } from '../../domain/activities/activity-context';
import type { Community, Role } from '../../domain/community/community';
import type { DomainError } from '../../domain/errors';
import type { Stored } from '../../domain/ports';
import type { Phase } from '../../domain/session/formats';
import type { Session } from '../../domain/session/session';
import { translator, type Lang, type Translate } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { AdaptiveCard } from '../cards/card-kit';
import type { CardData } from '../check-in-actions';
import { noticeCard } from '../cards/notice-card';
import { cardResponse } from '../invoke-response';
import { phaseCardKey, scheduleSharedUpdate } from '../shared-cards';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { seesAsFacilitator, steersIn } from './facilitator-view';

/** Something done for a session's phase, in the community's language. */
type ForPhase<T> = (services: BotServices, session: Session, phaseIndex: number, lang: Lang) => Promise<T>;

/** Brings the shared card of a session's phase up to date. */
export type PhaseCardUpdate = ForPhase<void>;
/** Renders the shared card of a session's phase. */
export type PhaseCardRender = ForPhase<AdaptiveCard>;

/** The update of a phase's shared card: `render` makes the card when the coalesced update is sent. */
export const phaseCardUpdate =
  (render: PhaseCardRender): PhaseCardUpdate =>
  (services, session, phaseIndex, lang) =>
    scheduleSharedUpdate(services, phaseCardKey(session.id, phaseIndex), () =>
      render(services, session, phaseIndex, lang),
    );

/** The same, rendered from the session as stored when the update is sent (it may have moved on since). */
export const currentPhaseCardUpdate = (render: PhaseCardRender): PhaseCardUpdate =>
  phaseCardUpdate(async (services, session, phaseIndex, lang) =>
    render(services, (await services.deps.store.sessions.get(session.id))?.value ?? session, phaseIndex, lang),
  );

/** What a use case says it changed: a phase of a session, in a community. */
interface Changed {
  session: Stored<Session>;
  phaseIndex: number;
  community: Community;
  /** The clicker's role, when the use case already read it ('observer' stands for nobody in particular). */
  role?: Role;
}

/** The shared card of the phase a use case just changed. */
export const updateSharedCardOf = (services: BotServices, changed: Changed, update: PhaseCardUpdate): Promise<void> =>
  update(services, changed.session.value, changed.phaseIndex, changed.community.language);

/** After a use case changed a phase: its shared card follows, and the clicker gets `card`, as they see it. */
export async function answerChanged(
  services: BotServices,
  turn: TurnInfo,
  changed: Changed,
  update: PhaseCardUpdate,
  card: (forFacilitator: boolean) => AdaptiveCard,
): Promise<AdaptiveCardInvokeResponse> {
  await updateSharedCardOf(services, changed, update);
  const forFacilitator =
    changed.role && changed.role !== 'observer'
      ? changed.role === 'facilitator' && changed.session.value.state.kind === 'running'
      : await seesAsFacilitator(services.deps, changed.session.value, turn.actor.userId);
  return cardResponse(card(forFacilitator));
}

/** A phase as nobody in particular sees it, for the shared card: no member's own answers. */
export async function observerContext(
  services: BotServices,
  session: Session,
  phaseIndex: number,
): Promise<ActivityContext> {
  const community = await services.deps.store.communities.get(session.communityId);
  const stored = await services.deps.store.sessions.get(session.id);
  if (!community || !stored) throw new Error(`session ${session.id} has no community`);
  const phase = session.agenda[phaseIndex];
  if (!phase) throw new Error(`session ${session.id} has no phase ${phaseIndex}`);
  return { session: stored, community: community.value, phase, phaseIndex, role: 'observer' };
}

/** The reason a click found no phase to answer in, as a warning card. */
export const noticeOf = (error: DomainError, t: Translate): AdaptiveCard =>
  noticeCard(t(error.code, error.params), 'Warning');

/**
 * Answers a click with the member's own card of the phase it is for; when that phase is not there (any more) or the
 * member may not take part, with what `missing` makes of the reason.
 */
async function answerInPhase(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  fits: (phase: Phase) => boolean,
  missing: (error: DomainError, t: Translate) => AdaptiveCard | Promise<AdaptiveCard>,
  render: (context: ActivityContext, t: Translate) => AdaptiveCard | Promise<AdaptiveCard>,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const context = await activityContext(services.deps, targetOf(data, turn), fits);
  return cardResponse(context.ok ? await render(context.value, t) : await missing(context.error, t));
}

/** How an activity makes the clicker's own view of its card. */
interface OwnCardSpec<V> {
  fits: (phase: Phase) => boolean;
  view: (services: BotServices, context: ActivityContext, turn: TurnInfo) => Promise<V>;
  card: (view: V, t: Translate) => AdaptiveCard;
}

/** The clicker's own card of a phase, adjusted by `change`; a facilitator's view has their controls. */
export const ownPhaseCard =
  <V extends { forFacilitator?: boolean }>(spec: OwnCardSpec<V>) =>
  (
    services: BotServices,
    turn: TurnInfo,
    data: CardData,
    missing: (error: DomainError, t: Translate) => AdaptiveCard | Promise<AdaptiveCard>,
    change: (view: V) => V = (view) => view,
  ): Promise<AdaptiveCardInvokeResponse> =>
    answerInPhase(services, turn, data, spec.fits, missing, async (context, t) => {
      const view = await spec.view(services, context, turn);
      return spec.card(change({ ...view, forFacilitator: steersIn(context) }), t);
    });
