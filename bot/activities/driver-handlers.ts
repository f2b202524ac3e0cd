import { isBoard } from '../../domain/activities/board/board';
import { rateDriver } from '../../domain/driver/rate-driver';
import type { Session } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { CardActionHandler } from '../card-action-handler';
import { boardCard } from '../cards/board-card';
import type { CardRef } from '../cards/card-kit';
import { driverRatingCard } from '../cards/driver-rating-card';
import { noticeCard } from '../cards/notice-card';
import { cardResponse } from '../invoke-response';
import { phaseCardKey, scheduleSharedUpdate } from '../shared-cards';
import { sharedBoardView } from './board-handlers';
import { field, targetOf } from './card-target';
import { ratingView } from './driver-rating-view';
import { asSeenBy } from './facilitator-view';

/** A member rates how far the community is toward its driver; the answer is their own card. */
export const rateDriverAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const result = await rateDriver(services.deps, { ...targetOf(data, turn), raw: data.rating });
  const session = await services.deps.store.sessions.get(field(data, 'sessionId'));
  const phaseIndex = Number(data.phaseIndex ?? 0);
  if (!session || (!result.ok && result.error.code === 'errors.activity.sessionEnded')) {
    return cardResponse(
      noticeCard(
        t(result.ok ? 'errors.session.unknown' : result.error.code, result.ok ? undefined : result.error.params),
        'Warning',
      ),
    );
  }
  const notice = result.ok
    ? { kind: 'saved' as const }
    : { kind: 'error' as const, message: t(result.error.code, result.error.params) };
  const rating = { ...(await ratingView(services, session.value, phaseIndex, turn.lang, turn.actor.userId)), notice };
  if (result.ok) await scheduleRatingUpdate(services, session.value, phaseIndex, result.value.community.language);
  const phase = session.value.agenda[phaseIndex];
  // A facilitator who rates keeps their controls on the card they clicked.
  const seenBy = <T extends { ref: CardRef }>(view: T) => asSeenBy(services.deps, view, turn.actor.userId);
  if (phase && isBoard(phase)) {
    const board = await sharedBoardView(services, session.value, phaseIndex, turn.lang);
    return cardResponse(boardCard(await seenBy({ ...board, rating }), t));
  }
  return cardResponse(driverRatingCard(await seenBy(rating), t));
};

async function scheduleRatingUpdate(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<void> {
  const phase = session.agenda[phaseIndex];
  await scheduleSharedUpdate(services, phaseCardKey(session.id, phaseIndex), async () => {
    const current = (await services.deps.store.sessions.get(session.id))?.value ?? session;
    if (phase && isBoard(phase))
      return boardCard(await sharedBoardView(services, current, phaseIndex, lang), translator(lang));
    return driverRatingCard(await ratingView(services, current, phaseIndex, lang), translator(lang));
  });
}
