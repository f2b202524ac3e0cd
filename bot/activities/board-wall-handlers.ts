import { revealBoard } from '../../domain/activities/board/board-visibility';
import { setHidden } from '../../domain/activities/board/clusters';
import type { CardActionHandler } from '../card-action-handler';
import { answer, failed, memberView, scheduleBoardUpdate, viewOf } from './board-handlers';
import { field, targetOf } from './card-target';
import { updateSharedCardOf } from './phase-card';

/** A facilitator reveals a board that was hidden until revealed: the channel's card shows its post-its. */
export const revealBoardAction: CardActionHandler = async (services, turn, data) => {
  const result = await revealBoard(services.deps, targetOf(data, turn));
  if (!result.ok) return failed(services, turn, data, result.error);
  await updateSharedCardOf(services, result.value, scheduleBoardUpdate);
  return answer(services, turn, await viewOf(services, result.value, turn), { kind: 'revealed' });
};

/** A facilitator takes a post-it that does not belong off the shared board; its author still sees it. */
export const hidePostItAction: CardActionHandler = async (services, turn, data) => {
  const target = targetOf(data, turn);
  const change = { sessionId: target.sessionId, postItId: field(data, 'postItId'), actorId: turn.actor.userId };
  const result = await setHidden(services.deps, { ...change, hidden: true });
  if (!result.ok) return failed(services, turn, data, result.error);
  const session = await services.deps.store.sessions.get(target.sessionId);
  const community = await services.deps.store.communities.get(result.value.communityId);
  if (!session || !community) return failed(services, turn, data, { code: 'errors.session.unknown' });
  await scheduleBoardUpdate(services, session.value, target.phaseIndex, community.value.language);
  return answer(services, turn, await memberView(services, session.value, target.phaseIndex, turn), {
    kind: 'postItHidden',
  });
};
