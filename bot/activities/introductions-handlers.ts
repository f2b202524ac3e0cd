import { questionOfTheDay } from '../../domain/activities/check-in/check-in-questions';
import { introduce, introductionsOf } from '../../domain/activities/introductions/introductions-use-cases';
import type { Session } from '../../domain/session/session';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { introductionsCard, type IntroductionsCardView } from '../cards/introductions-card';
import { noticeCard } from '../cards/notice-card';
import { cardResponse, refusedResponse } from '../invoke-response';
import { field, targetOf } from './card-target';
import { sessionOfCard } from './card-session';
import type { CardActionHandler } from '../card-action-handler';
import { asSeenBy, positionOf, refreshIdsFor } from './facilitator-view';
import { currentPhaseCardUpdate, noticeOf, ownPhaseCard, type PhaseCardRender } from './phase-card';

/** The introductions as the channel sees them (they are meant to be read by everyone). */
export async function sharedIntroductionsView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  userId?: string,
): Promise<IntroductionsCardView> {
  const all = await introductionsOf(services.deps, session.id, phaseIndex);
  const position = positionOf(session, phaseIndex);
  const mine = userId ? all.find((c) => c.authorId === userId)?.data : undefined;
  const authors = all.map((c) => c.authorId);
  return {
    ref: { sessionId: session.id, phaseIndex },
    sessionNumber: session.number,
    ...(position ? { position } : {}),
    question: questionOfTheDay(session.questionIndex),
    introductions: all.map((c) => c.data),
    open: session.state.kind !== 'ended',
    ...(mine ? { mine } : {}),
    // The shared card: those who wrote one get their own view ("Change my introduction"), facilitators their controls.
    ...(userId ? {} : { refreshUserIds: await refreshIdsFor(services.deps, session, authors) }),
  };
}

const isIntroductions = (phase: { activity: string }) => phase.activity === 'introductions';

const ownIntroductions = ownPhaseCard({
  fits: isIntroductions,
  view: (services, context, turn) =>
    sharedIntroductionsView(services, context.session.value, context.phaseIndex, turn.actor.userId),
  card: introductionsCard,
});

/** A member's own view of the introductions: their own one to change; a facilitator's has their controls. */
export const refreshIntroductionsAction: CardActionHandler = (services, turn, data) =>
  ownIntroductions(services, turn, data, noticeOf);

export const introduceAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const result = await introduce(services.deps, { ...targetOf(data, turn), raw: data });
  const session = await sessionOfCard(services, data);
  const phaseIndex = Number(data.phaseIndex ?? 0);
  const typed = ['programme', 'courses', 'answer']
    .map((f) => field(data, f))
    .filter(Boolean)
    .join('\n');
  if (!result.ok && (!session || session.value.state.kind === 'ended' || !session.value.agenda[phaseIndex])) {
    return refusedResponse(noticeCard(t(result.error.code, result.error.params), 'Warning', typed, t), result.error);
  }
  const unknown = { code: 'errors.session.unknown' } as const;
  if (!session) return refusedResponse(noticeCard(t(unknown.code), 'Warning', typed, t), unknown);
  if (result.ok)
    await scheduleIntroductionsUpdate(services, session.value, phaseIndex, result.value.community.language);
  const shared = await sharedIntroductionsView(services, session.value, phaseIndex, turn.actor.userId);
  const view = await asSeenBy(services.deps, shared, turn.actor.userId);
  if (result.ok)
    return cardResponse(introductionsCard({ ...view, notice: { kind: 'saved', name: turn.actor.name } }, t));
  const draft = { programme: field(data, 'programme'), courses: field(data, 'courses'), answer: field(data, 'answer') };
  const card = introductionsCard(
    { ...view, notice: { kind: 'error', message: t(result.error.code, result.error.params) }, draft },
    t,
  );
  return refusedResponse(card, result.error);
};

/** The shared introductions card, for the channel. */
export const sharedIntroductionsCard: PhaseCardRender = async (services, session, phaseIndex, lang) =>
  introductionsCard(await sharedIntroductionsView(services, session, phaseIndex), translator(lang));

export const scheduleIntroductionsUpdate = currentPhaseCardUpdate(sharedIntroductionsCard);
