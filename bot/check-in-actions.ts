import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { CheckIn, CheckInAnswers, RawCheckIn } from '../domain/activities/check-in/check-in';
import { submitCheckIn } from '../domain/activities/check-in/submit-check-in';
import type { DomainError } from '../domain/errors';
import type { Session } from '../domain/session/session';
import { translator } from '../i18n/t';
import type { BotServices } from './bot-services';
import type { CardActionHandler } from './card-action-handler';
import { checkInCard, type CheckInCardView } from './cards/check-in-card';
import { noticeCard } from './cards/notice-card';
import { ownCheckInView, personalCheckInView, scheduleCheckInCardUpdate } from './check-in-views';
import { setActionStatus } from '../domain/activities/actions/actions-use-cases';
import { field } from './activities/card-target';
import { inCardSession } from './activities/card-session';
import { cardResponse, refusedResponse } from './invoke-response';
import type { TurnInfo } from './turn-info';

export interface CardData {
  sessionId?: unknown;
  [input: string]: unknown;
}

const FIELDS: (keyof CheckInAnswers)[] = ['mood', 'colour', 'word', 'answer', 'sinceLastTime', 'obstacles'];

/**
 * A member submits the check-in card. The answer is stored first; the member then gets their own
 * view of the card in the invoke response (no outbound call), and the shared card's count is
 * updated later, coalesced with everybody else's submissions.
 */
export const submitCheckInAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const raw = pick(data);
  const sessionId = typeof data.sessionId === 'string' ? data.sessionId : '';
  const result = await submitCheckIn(services.deps, { sessionId, actor: turn.actor, raw });
  if (!result.ok) return failed(services, turn, sessionId, raw, result.error);
  const { checkIn, outcome, session, count, community } = result.value;
  if (outcome !== 'unchanged') await scheduleCheckInCardUpdate(services, session.id, community.language);
  const kind = checkIn.late ? 'late' : outcome === 'unchanged' ? 'unchanged' : 'saved';
  const view = personalCheckInView(session, count, checkIn, { kind, name: turn.actor.name });
  return cardResponse(checkInCard(await ownCheckInView(services.deps, session, turn.actor.userId, turn.lang, view), t));
};

/** Teams asks for a member's own view of the shared card (the `refresh` of user-specific views). */
export const refreshCheckInAction = inCardSession(async (services, turn, _data, session) => {
  const mine = await services.deps.store.checkIns.get(session.value.id, turn.actor.userId);
  const notice = mine ? { kind: mine.late ? ('late' as const) : ('saved' as const), name: turn.actor.name } : undefined;
  return ownCheckInCard(services, turn, session.value, mine, notice);
});

/** A member ticks off one of their open actions on the check-in card, and stays on it. */
export const checkInActionDoneAction = inCardSession(async (services, turn, data, session) => {
  const done = await setActionStatus(
    services.deps,
    { sessionId: field(data, 'actionSessionId'), actionId: field(data, 'actionId'), actorId: turn.actor.userId },
    'done',
  );
  const mine = await services.deps.store.checkIns.get(session.value.id, turn.actor.userId);
  const notice = done.ok
    ? { kind: 'actionDone' as const }
    : { kind: 'error' as const, message: translator(turn.lang)(done.error.code, done.error.params) };
  return ownCheckInCard(services, turn, session.value, mine, notice);
});

/** The clicker's own check-in card: their answers, and what happened to them. */
async function ownCheckInCard(
  services: BotServices,
  turn: TurnInfo,
  session: Session,
  mine: CheckIn | undefined,
  notice: CheckInCardView['notice'],
): Promise<AdaptiveCardInvokeResponse> {
  const count = await services.deps.store.checkIns.count(session.id);
  const view = personalCheckInView(session, count, mine, notice);
  const own = await ownCheckInView(services.deps, session, turn.actor.userId, turn.lang, view);
  return cardResponse(checkInCard(own, translator(turn.lang)));
}

/** Invalid input: the form comes back with the message and everything the member typed. */
async function failed(
  services: BotServices,
  turn: TurnInfo,
  sessionId: string,
  raw: RawCheckIn,
  error: DomainError,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const message = t(error.code, error.params);
  const session = sessionId ? await services.deps.store.sessions.get(sessionId) : undefined;
  if (!session || error.code === 'errors.role.observerCannotContribute') {
    return refusedResponse(noticeCard(message, 'Warning', handBack(raw), t), error);
  }
  const count = await services.deps.store.checkIns.count(session.value.id);
  const view = personalCheckInView(session.value, count, undefined, { kind: 'error', message });
  view.values = Object.fromEntries(FIELDS.map((f) => [f, typeof raw[f] === 'string' ? raw[f] : '']));
  view.open = true;
  return refusedResponse(checkInCard(view, t), error);
}

const pick = (data: CardData): RawCheckIn => Object.fromEntries(FIELDS.map((f) => [f, data[f]]));

/** The texts of a submission as lines, to show back when the form itself cannot be shown. */
const handBack = (raw: RawCheckIn): string =>
  FIELDS.filter((f) => f !== 'mood' && f !== 'colour')
    .map((f) => raw[f])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .join('\n\n');
