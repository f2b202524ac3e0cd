import { categoriesOf } from '../../domain/activities/board/board';
import { postItsOf } from '../../domain/activities/board/board-use-cases';
import { isDriverEmpty } from '../../domain/driver/driver';
import { currentDriver } from '../../domain/driver/edit-driver';
import type { Session } from '../../domain/session/session';
import type { Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { DriverRatingView } from '../cards/driver-rating-card';
import type { DriverStepView } from '../cards/driver-step-card';
import { tabLink } from '../tab-link';
import { ratingView } from './driver-rating-view';

/**
 * What a driver phase's board adds (handbook §2.2 step 5): the contributions per guiding question, without names, and
 * the driver as it stands with a link to the tab. The rating "how far are we?" only once there is a driver to rate.
 */
export async function driverStepOf(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<{ driverStep?: DriverStepView; rating?: DriverRatingView }> {
  const phase = session.agenda[phaseIndex];
  const community = await services.deps.store.communities.get(session.communityId);
  if (phase?.activity !== 'driver' || !community) return {};
  const postIts = await postItsOf(services.deps, session.id, phaseIndex);
  const parts = categoriesOf(phase).map((part) => ({
    part,
    texts: postIts.filter((p) => p.data.category === part).map((p) => p.data.text),
  }));
  const current = (await currentDriver(services.deps, session.communityId))?.driver;
  const saved = current && !isDriverEmpty(current) ? current : undefined;
  const driverStep: DriverStepView = {
    parts,
    ...(saved ? { driver: { endGoal: saved.endGoal, steps: saved.steps.map((s) => s.text) } } : {}),
    tabUrl: tabLink(services, community.value.channel, 'driver'),
  };
  return saved ? { driverStep, rating: await ratingView(services, session, phaseIndex, lang) } : { driverStep };
}
