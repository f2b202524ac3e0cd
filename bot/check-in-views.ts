import type { CheckIn } from '../domain/activities/check-in/check-in';
import { openActionsOf } from '../domain/activities/actions/actions-use-cases';
import { ACTION_KIND, type ActionItem } from '../domain/activities/actions/actions';
import { questionOfTheDay } from '../domain/activities/check-in/check-in-questions';
import { checkInVariantOf } from '../domain/activities/check-in/check-in-variant';
import type { Deps } from '../domain/ports';
import type { Session } from '../domain/session/session';
import { translator, type Lang } from '../i18n/t';
import { checkInCard, type CheckInCardView } from './cards/check-in-card';
import { checkInCardKey, type BotServices } from './bot-services';
import { scheduleSharedUpdate } from './shared-cards';
import { dayFormatter } from './dates';
import { positionOf, refreshIdsFor, seesAsFacilitator } from './activities/facilitator-view';
import { answersOf, checkInOverview } from '../domain/activities/check-in/check-in-overview';
import { firstPhaseGoal } from './cards/driver-goal-line';
import type { PhaseCardRender } from './activities/phase-card';

/** The check-in card everybody sees: the form and how many have checked in. */
export async function sharedCheckInView(deps: Deps, session: Session): Promise<CheckInCardView> {
  const checkIns = await deps.store.checkIns.list(session.id);
  // Members with open actions get their own view too, so they see them before they check in.
  const owners = (await deps.store.contributions.listInCommunity<ActionItem>(session.communityId, ACTION_KIND))
    .filter((a) => a.data.status === 'open' && a.sessionId !== session.id)
    .map((a) => a.data.ownerId);
  return {
    ...baseView(session, checkIns.length),
    refreshUserIds: await refreshIdsFor(deps, session, [...checkIns.map((c) => c.userId), ...owners]),
  };
}

/** The member's open actions from earlier sessions, for their own view of the check-in. */
export async function openActionsView(
  deps: Deps,
  session: Session,
  userId: string,
  lang: Lang,
): Promise<NonNullable<CheckInCardView['openActions']>> {
  const day = dayFormatter(lang, deps.clock.now());
  return (await openActionsOf(deps, session.communityId, userId))
    .filter((a) => a.sessionId !== session.id)
    .map((a) => ({ sessionId: a.sessionId, id: a.id, what: a.data.what, due: day(a.data.due) }));
}

/** The clicker's own extras: their open actions, and for a facilitator everybody's check-ins. */
export async function ownCheckInView(
  deps: Deps,
  session: Session,
  userId: string,
  lang: Lang,
  view: CheckInCardView,
): Promise<CheckInCardView> {
  const openActions = await openActionsView(deps, session, userId, lang);
  if (!(await seesAsFacilitator(deps, session, userId))) return { ...view, openActions };
  const overview = checkInOverview(session, await deps.store.checkIns.list(session.id));
  return { ...view, openActions, forFacilitator: true, overview };
}

/** What one member sees: their own answers in the form, and what happened to them. */
export function personalCheckInView(
  session: Session,
  count: number,
  mine: CheckIn | undefined,
  notice?: CheckInCardView['notice'],
): CheckInCardView {
  const view = baseView(session, count);
  if (notice) view.notice = notice;
  if (mine) view.values = answersOf(mine);
  return view;
}

export function baseView(session: Session, count: number): CheckInCardView {
  const phaseIndex = Math.max(
    0,
    session.agenda.findIndex((p) => p.activity === 'check-in'),
  );
  const position = positionOf(session, phaseIndex);
  return {
    ref: { sessionId: session.id, phaseIndex },
    ...(position ? { position } : {}),
    sessionNumber: session.number,
    question: questionOfTheDay(session.questionIndex),
    variant: checkInVariantOf(session),
    count,
    open: session.state.kind !== 'ended',
    ...firstPhaseGoal(session, Math.max(0, phaseIndex)),
  };
}

/** The shared check-in card, for the channel (a session has one check-in, whichever phase it is). */
export const sharedCheckInCard: PhaseCardRender = async (services, session, _phaseIndex, lang) =>
  checkInCard(await sharedCheckInView(services.deps, session), translator(lang));

/** Brings the shared check-in card up to date soon (coalesced with other updates of it). */
export async function scheduleCheckInCardUpdate(services: BotServices, sessionId: string, lang: Lang): Promise<void> {
  await scheduleSharedUpdate(services, checkInCardKey(sessionId), async () => {
    const session = await services.deps.store.sessions.get(sessionId);
    if (!session) throw new Error(`session ${sessionId} disappeared`);
    return checkInCard(await sharedCheckInView(services.deps, session.value), translator(lang));
  });
}
