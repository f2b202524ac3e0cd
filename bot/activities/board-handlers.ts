import { randomUUID } from 'node:crypto';
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { categoriesOf, sharedPostIts, type PostIt } from '../../domain/activities/board/board';
import type { BoardState, RawPostIt } from '../../domain/activities/board/board-use-cases';
import { addPostIt, editPostIt, postItsOf, withdrawPostIt } from '../../domain/activities/board/board-use-cases';
import type { DomainError, Result } from '../../domain/errors';
import type { Contribution } from '../../domain/ports';
import { phaseSettings, type Session } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { boardCard, type BoardCardView } from '../cards/board-card';
import { noticeCard } from '../cards/notice-card';
import type { CardData } from '../check-in-actions';
import { cardResponse, refusedResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { field, targetOf } from './card-target';
import { inCardSession, sessionOfCard } from './card-session';
import type { CardActionHandler } from '../card-action-handler';
import { currentPhaseCardUpdate, updateSharedCardOf, type PhaseCardRender } from './phase-card';
import { ratingView } from './driver-rating-view';
import { asksRating } from '../../domain/driver/rate-driver';
import { asSeenBy, positionOf, refreshIdsFor } from './facilitator-view';
import { driverStepOf } from './driver-step-view';
import { firstPhaseGoal } from '../cards/driver-goal-line';
import { previewOf } from './preview-view';
import { wallView } from './board-wall-view';

/** The board everybody sees: the form and the group's post-its (unless hidden until revealed), never whose. */
export async function sharedBoardView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<BoardCardView> {
  const all = await postItsOf(services.deps, session.id, phaseIndex);
  const shared = sharedPostIts(all);
  // Every author gets their own view, also one whose only post-it a facilitator took off the board.
  const authors = [...new Set(all.map((p) => p.authorId))];
  const phase = session.agenda[phaseIndex];
  const position = positionOf(session, phaseIndex);
  const prompt = phaseSettings(session, phaseIndex).prompt;
  return {
    ref: { sessionId: session.id, phaseIndex },
    sessionNumber: session.number,
    phaseKey: phase?.key ?? 'explore',
    ...(position ? { position } : {}),
    ...(prompt ? { prompt } : {}),
    categories: phase ? categoriesOf(phase) : [],
    total: shared.length,
    authors: new Set(shared.map((p) => p.authorId)).size,
    open: session.state.kind !== 'ended',
    token: randomUUID(),
    refreshUserIds: await refreshIdsFor(services.deps, session, authors),
    wall: await wallView(services, session, phaseIndex, all),
    ...(asksRating(session, phaseIndex) ? { rating: await ratingView(services, session, phaseIndex, lang) } : {}),
    ...(await driverStepOf(services, session, phaseIndex, lang)),
    ...(await previewOf(services, session, phaseIndex, lang)),
    ...firstPhaseGoal(session, phaseIndex),
  };
}

export const addPostItAction: CardActionHandler = async (services, turn, data) => {
  const raw: RawPostIt = { text: data.text, category: data.category };
  const token = typeof data.token === 'string' ? data.token : randomUUID();
  const result = await addPostIt(services.deps, { ...targetOf(data, turn), raw, token });
  if (!result.ok) return failed(services, turn, data, result.error, raw);
  const { board, added } = result.value;
  if (added) await updateSharedCardOf(services, board, scheduleBoardUpdate);
  return answer(services, turn, await viewOf(services, board, turn), { kind: added ? 'added' : 'unchanged' });
};

export const editPostItAction: CardActionHandler = async (services, turn, data) => {
  const id = field(data, 'postItId');
  const raw: RawPostIt = { text: data[`text_${id}`], category: data.category };
  const result = await editPostIt(services.deps, { ...targetOf(data, turn), id, raw });
  return settled(services, turn, data, result, 'saved', raw);
};

export const withdrawPostItAction: CardActionHandler = async (services, turn, data) => {
  const result = await withdrawPostIt(services.deps, { ...targetOf(data, turn), id: field(data, 'postItId') });
  if (result.ok) await updateSharedCardOf(services, result.value, scheduleBoardUpdate);
  return settled(services, turn, data, result, 'withdrawn');
};

/** Teams asks for a member's own view of the shared board. */
export const refreshBoardAction = inCardSession(async (services, turn, data, session) =>
  answer(services, turn, await memberView(services, session.value, Number(data.phaseIndex ?? 0), turn)),
);

/** The shared board with the clicker's own post-its, and the facilitator's buttons when they facilitate. */
export async function memberView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  turn: TurnInfo,
): Promise<BoardCardView> {
  const view = await sharedBoardView(services, session, phaseIndex, turn.lang);
  view.mine = await mineOf(services, session.id, phaseIndex, turn.actor.userId);
  return view;
}

/** The shared board card, for the channel. */
export const sharedBoardCard: PhaseCardRender = async (services, session, phaseIndex, lang) =>
  boardCard(await sharedBoardView(services, session, phaseIndex, lang), translator(lang));

export const scheduleBoardUpdate = currentPhaseCardUpdate(sharedBoardCard);

export async function viewOf(services: BotServices, board: BoardState, turn: TurnInfo): Promise<BoardCardView> {
  const view = await sharedBoardView(services, board.session.value, board.phaseIndex, turn.lang);
  view.mine = board.mine.map(ownItem);
  if (board.role === 'facilitator') view.forFacilitator = true;
  if (view.rating)
    view.rating = await ratingView(services, board.session.value, board.phaseIndex, turn.lang, turn.actor.userId);
  return view;
}

export async function answer(
  services: BotServices,
  turn: TurnInfo,
  view: BoardCardView,
  notice?: BoardCardView['notice'],
): Promise<AdaptiveCardInvokeResponse> {
  const seen = await asSeenBy(services.deps, notice ? { ...view, notice } : view, turn.actor.userId);
  return cardResponse(boardCard(seen, translator(turn.lang)));
}

async function settled(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  result: Result<BoardState>,
  kind: 'saved' | 'withdrawn',
  raw?: RawPostIt,
): Promise<AdaptiveCardInvokeResponse> {
  if (!result.ok) return failed(services, turn, data, result.error, raw);
  const view = await viewOf(services, result.value, turn);
  const draft = draftOf(data);
  return answer(services, turn, draft ? { ...view, draft } : view, { kind });
}

/**
 * What an older card's new post-it field still held when the member saved or withdrew one of their own: it stays
 * handed back rather than being cleared by the answer.
 */
function draftOf(data: CardData): BoardCardView['draft'] {
  const text = field(data, 'text');
  if (!text.trim()) return undefined;
  return { text, ...(field(data, 'category') ? { category: field(data, 'category') } : {}) };
}

/** The board comes back with the message and the text the member typed, so nothing is lost. */
export async function failed(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  error: DomainError,
  raw?: RawPostIt,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const message = t(error.code, error.params);
  const typed = typeof raw?.text === 'string' ? raw.text : '';
  const session = await sessionOfCard(services, data);
  const phaseIndex = Number(data.phaseIndex ?? 0);
  if (
    !session ||
    session.value.state.kind === 'ended' ||
    !session.value.agenda[phaseIndex] ||
    error.code === 'errors.role.observerCannotContribute'
  ) {
    return refusedResponse(noticeCard(message, 'Warning', typed, t), error);
  }
  const view = await memberView(services, session.value, phaseIndex, turn);
  view.draft = {
    ...(typed ? { text: typed } : {}),
    ...(typeof raw?.category === 'string' ? { category: raw.category } : {}),
  };
  const seen = await asSeenBy(
    services.deps,
    { ...view, notice: { kind: 'error' as const, message } },
    turn.actor.userId,
  );
  return refusedResponse(boardCard(seen, t), error);
}

const mineOf = async (services: BotServices, sessionId: string, phaseIndex: number, userId: string) =>
  (await postItsOf(services.deps, sessionId, phaseIndex)).filter((p) => p.authorId === userId).map(ownItem);

const ownItem = (p: Contribution<PostIt>) => ({
  id: p.id,
  text: p.data.text,
  category: p.data.category,
  ...(p.data.hidden ? { hidden: true } : {}),
});
