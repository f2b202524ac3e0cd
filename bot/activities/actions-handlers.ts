import { randomUUID } from 'node:crypto';
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { RawAction } from '../../domain/activities/actions/actions';
import {
  actionsOf,
  addAction,
  defaultDueDate,
  editAction,
  setActionStatus,
} from '../../domain/activities/actions/actions-use-cases';
import type { DomainError } from '../../domain/errors';
import type { Session } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { actionsCard, type ActionsCardView } from '../cards/actions-card';
import { noticeCard } from '../cards/notice-card';
import type { CardData } from '../check-in-actions';
import { cardResponse, refusedResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { field, targetOf } from './card-target';
import { currentPhaseCardUpdate, type PhaseCardRender } from './phase-card';
import { inCardSession, sessionOfCard } from './card-session';
import type { CardActionHandler } from '../card-action-handler';
import { dayFormatter } from '../dates';
import { asSeenBy, positionOf, refreshIdsFor } from './facilitator-view';

/** The actions card as everybody sees it: actions are public, that is the point of them. */
export async function sharedActionsView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<ActionsCardView> {
  const members = (await services.deps.store.members.list(session.communityId)).filter((m) => m.role !== 'observer');
  const position = positionOf(session, phaseIndex);
  return {
    ref: { sessionId: session.id, phaseIndex },
    sessionNumber: session.number,
    ...(position ? { position } : {}),
    refreshUserIds: await refreshIdsFor(services.deps, session, []),
    members: members.map((m) => ({ id: m.userId, name: m.name })),
    actions: (await actionsOf(services.deps, session.id)).map((a) => ({ id: a.id, item: a.data })),
    defaultDue: await defaultDueDate(services.deps, session.communityId),
    open: session.state.kind !== 'ended',
    token: randomUUID(),
    formatDate: dayFormatter(lang, services.deps.clock.now()),
  };
}

export const addActionAction: CardActionHandler = async (services, turn, data) => {
  const raw: RawAction = { what: data.what, owner: data.owner, due: data.due };
  const result = await addAction(services.deps, {
    ...targetOf(data, turn),
    raw,
    token: field(data, 'token') || randomUUID(),
  });
  if (!result.ok) return failed(services, turn, data, result.error, raw);
  const { session, phaseIndex, community } = result.value.context;
  if (result.value.added) await scheduleActionsUpdate(services, session.value, phaseIndex, community.language);
  return answer(services, turn, session.value, phaseIndex, { kind: result.value.added ? 'added' : 'unchanged' });
};

/** The done and reopen buttons of an action. */
export const actionStatusAction =
  (status: 'open' | 'done'): CardActionHandler =>
  async (services, turn, data) => {
    const change = {
      sessionId: field(data, 'sessionId'),
      actionId: field(data, 'actionId'),
      actorId: turn.actor.userId,
    };
    const result = await setActionStatus(services.deps, change, status);
    const kind = status === 'done' ? 'markedDone' : 'reopened';
    return changed(services, turn, data, result.ok ? undefined : result.error, kind);
  };

export const editActionAction: CardActionHandler = async (services, turn, data) => {
  const id = field(data, 'actionId');
  const raw: RawAction = { what: data[`what_${id}`], owner: data[`owner_${id}`], due: data[`due_${id}`] };
  const result = await editAction(services.deps, {
    sessionId: field(data, 'sessionId'),
    actionId: id,
    actorId: turn.actor.userId,
    raw,
  });
  return changed(services, turn, data, result.ok ? undefined : result.error, 'saved', raw);
};

/** The member's own view with the edit form of one action; refresh (and Cancel) shows the list again. */
export const startEditAction = inCardSession(async (services, turn, data, session) => {
  const view = await sharedActionsView(services, session.value, Number(data.phaseIndex ?? 0), turn.lang);
  const editing = view.actions.find((a) => a.id === field(data, 'actionId'));
  if (!editing)
    return answer(services, turn, session.value, Number(data.phaseIndex ?? 0), {
      kind: 'error',
      message: translator(turn.lang)('errors.action.gone'),
    });
  return cardResponse(actionsCard({ ...view, editing }, translator(turn.lang)));
});

export const refreshActionsAction = inCardSession((services, turn, data, session) =>
  answer(services, turn, session.value, Number(data.phaseIndex ?? 0), undefined),
);

/** The shared actions card, for the channel. */
export const sharedActionsCard: PhaseCardRender = async (services, session, phaseIndex, lang) =>
  actionsCard(await sharedActionsView(services, session, phaseIndex, lang), translator(lang));

export const scheduleActionsUpdate = currentPhaseCardUpdate(sharedActionsCard);

async function changed(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  error: DomainError | undefined,
  kind: Changed,
  raw?: RawAction,
): Promise<AdaptiveCardInvokeResponse> {
  if (error) return failed(services, turn, data, error, raw);
  return listChanged(kind)(services, turn, data);
}

type Changed = 'saved' | 'markedDone' | 'reopened';

/** The list after an action changed: the shared card follows, and the clicker sees it with what happened. */
const listChanged = (kind: Changed): CardActionHandler =>
  inCardSession(async (services, turn, data, session) => {
    const phaseIndex = Number(data.phaseIndex ?? 0);
    const community = await services.deps.store.communities.get(session.value.communityId);
    await scheduleActionsUpdate(services, session.value, phaseIndex, community?.value.language ?? turn.lang);
    return answer(services, turn, session.value, phaseIndex, { kind });
  });

async function answer(
  services: BotServices,
  turn: TurnInfo,
  session: Session,
  phaseIndex: number,
  notice: ActionsCardView['notice'],
): Promise<AdaptiveCardInvokeResponse> {
  const view = await sharedActionsView(services, session, phaseIndex, turn.lang);
  const seen = await asSeenBy(services.deps, { ...view, ...(notice ? { notice } : {}) }, turn.actor.userId);
  return cardResponse(actionsCard(seen, translator(turn.lang)));
}

/** The card comes back with the message and what the member typed, so nothing is lost. */
async function failed(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  error: DomainError,
  raw?: RawAction,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const date = error.params?.date;
  const day = typeof date === 'string' ? dayFormatter(turn.lang, services.deps.clock.now())(date) : undefined;
  const message = t(error.code, day ? { ...error.params, date: day } : error.params);
  const typed = typeof raw?.what === 'string' ? raw.what : '';
  const session = await sessionOfCard(services, data);
  const phaseIndex = Number(data.phaseIndex ?? 0);
  if (!session || !session.value.agenda[phaseIndex] || error.code === 'errors.role.observerCannotContribute')
    return refusedResponse(noticeCard(message, 'Warning', typed, t), error);
  const draft = {
    what: typed,
    ...(typeof raw?.owner === 'string' ? { owner: raw.owner } : {}),
    ...(typeof raw?.due === 'string' ? { due: raw.due } : {}),
  };
  if (session.value.state.kind === 'ended' && !data.actionId)
    return refusedResponse(noticeCard(message, 'Warning', typed, t), error);
  const view = await sharedActionsView(services, session.value, phaseIndex, turn.lang);
  const editing = data.actionId ? view.actions.find((a) => a.id === field(data, 'actionId')) : undefined;
  const handedBack = editing && raw ? { editing, draft } : raw ? { draft } : {};
  return refusedResponse(actionsCard({ ...view, ...handedBack, notice: { kind: 'error', message } }, t), error);
}
