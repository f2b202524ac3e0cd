import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { SurveyState } from '../../domain/activities/survey/survey-use-cases';
import { closeSurvey, submitSurvey, surveyState } from '../../domain/activities/survey/survey-use-cases';
import type { DomainError } from '../../domain/errors';
import { translator, type Translate } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import type { AdaptiveCard } from '../cards/card-kit';
import { surveyCard, type SurveyCardView } from '../cards/survey-card';
import type { CardData } from '../check-in-actions';
import { cardResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { updateClosingSurveyCard } from './closing-survey-handlers';
import { seesAsFacilitator, steersIn } from './facilitator-view';
import { answerInPhase, noticeOf, updateSharedCardOf } from './phase-card';
import { handedBackOf, scheduleSurveyUpdate, surveyView, typedDraft } from './survey-views';

const isSurvey = (phase: { activity: string }) => phase.activity === 'survey';

export async function submitSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const result = await submitSurvey(services.deps, { ...targetOf(data, turn), raw: data }, Math.random);
  if (result.ok) return answered(services, turn, result.value);
  const message = t(result.error.code, result.error.params);
  const typed = () => noticeCard(message, 'Warning', handedBackOf(data), t);
  return ownSurvey(services, turn, data, typed, (view) => {
    // Already answered anonymously, or closed: the form is gone, so what they wrote is handed back as text.
    const handedBack = (view.answered && view.anonymous) || view.closed ? handedBackOf(data) : '';
    const draft = typedDraft(data);
    return { ...view, notice: { kind: 'error', message }, draft, ...(handedBack ? { handedBack } : {}) };
  });
}

export async function refreshSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  return ownSurvey(services, turn, data, noticeOf);
}

/** A facilitator's "close and show the results": the survey's cards in the channel show them, once. */
export async function closeSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const result = await closeSurvey(services.deps, targetOf(data, turn), Math.random);
  if (result.ok) return answered(services, turn, result.value);
  const message = t(result.error.code, result.error.params);
  const refused = () => noticeCard(message, 'Warning');
  return ownSurvey(services, turn, data, refused, (view) => ({ ...view, notice: { kind: 'error', message } }));
}

/** The clicker's own survey card, adjusted by `change`; a facilitator's view has their controls. */
const ownSurvey = (
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  missing: (error: DomainError, t: Translate) => AdaptiveCard,
  change: (view: SurveyCardView) => SurveyCardView = (view) => view,
): Promise<AdaptiveCardInvokeResponse> =>
  answerInPhase(services, turn, data, isSurvey, missing, async (context, t) => {
    const view = surveyView(await surveyState(services.deps, context, turn.actor.userId), turn.lang, true);
    return surveyCard(change({ ...view, forFacilitator: steersIn(context) }), t);
  });

/** The survey changed: the cards in the channel follow, the clicker gets their own view. */
async function answered(services: BotServices, turn: TurnInfo, state: SurveyState) {
  await updateSharedCards(services, state);
  const forFacilitator = await seesAsFacilitator(services.deps, state.session.value, turn.actor.userId);
  return cardResponse(surveyCard({ ...surveyView(state, turn.lang, true), forFacilitator }, translator(turn.lang)));
}

async function updateSharedCards(services: BotServices, state: SurveyState): Promise<void> {
  const session = state.session.value;
  await updateSharedCardOf(services, state, scheduleSurveyUpdate);
  // Answers in the session count for the questionnaire sent ahead too: its card in the channel shows the count.
  if (session.closingSurveyId) await updateClosingSurveyCard(services, session.closingSurveyId);
}
