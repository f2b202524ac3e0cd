import { DRIVER_RATING_KIND, ratingSummary } from '../../domain/driver/driver-rating';
import type { Session } from '../../domain/session/session';
import type { Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { DriverRatingView } from '../cards/driver-rating-card';
import { decimalFormatter } from '../dates';
import { positionOf } from './facilitator-view';

/** The rating as one member (or, without `userId`, everybody) sees it in a phase. */
export async function ratingView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
  userId?: string,
): Promise<DriverRatingView> {
  const ratings = await services.deps.store.contributions.list<{ score: number }>(session.id, DRIVER_RATING_KIND);
  const mine = userId ? ratings.find((r) => r.authorId === userId)?.data.score : undefined;
  const position = positionOf(session, phaseIndex);
  return {
    ref: { sessionId: session.id, phaseIndex },
    sessionNumber: session.number,
    ...(position ? { position } : {}),
    open: session.state.kind !== 'ended',
    ...ratingSummary(ratings.map((r) => r.data.score)),
    ...(mine ? { mine } : {}),
    decimal: decimalFormatter(lang),
  };
}
