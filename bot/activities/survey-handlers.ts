import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { activityContext } from '../../domain/activities/activity-context';
import {
  closeSurvey,
  submitSurvey,
  surveyState,
  type SurveyState,
} from '../../domain/activities/survey/survey-use-cases';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { surveyCard } from '../cards/survey-card';
import type { CardData } from '../check-in-actions';
import { cardResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { updateClosingSurveyCard } from './closing-survey-handlers';
import { handedBackOf, scheduleSurveyUpdate, surveyView, typedDraft } from './survey-views';

const isSurvey = (phase: { activity: string }) => phase.activity === 'survey';

export async function submitSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const result = await submitSurvey(services.deps, { ...targetOf(data, turn), raw: data }, Math.random);
  if (result.ok) {
    await updateSharedCards(services, result.value);
    return cardResponse(surveyCard(surveyView(result.value, turn.lang, true), t));
  }
  const message = t(result.error.code, result.error.params);
  const context = await activityContext(services.deps, targetOf(data, turn), isSurvey);
  if (!context.ok) return cardResponse(noticeCard(message, 'Warning', handedBackOf(data), t));
  const view = surveyView(await surveyState(services.deps, context.value, turn.actor.userId), turn.lang, true);
  // Already answered anonymously, or closed: the form is gone, so what they wrote is handed back as text.
  const handedBack = (view.answered && view.anonymous) || view.closed ? handedBackOf(data) : '';
  return cardResponse(
    surveyCard(
      { ...view, notice: { kind: 'error', message }, draft: typedDraft(data), ...(handedBack ? { handedBack } : {}) },
      t,
    ),
  );
}

export async function refreshSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const context = await activityContext(services.deps, targetOf(data, turn), isSurvey);
  if (!context.ok)
    return cardResponse(noticeCard(translator(turn.lang)(context.error.code, context.error.params), 'Warning'));
  return cardResponse(
    surveyCard(
      surveyView(await surveyState(services.deps, context.value, turn.actor.userId), turn.lang, true),
      translator(turn.lang),
    ),
  );
}

/** A facilitator's "close and show the results": the survey's cards in the channel show them, once. */
export async function closeSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const result = await closeSurvey(services.deps, targetOf(data, turn), Math.random);
  if (result.ok) {
    await updateSharedCards(services, result.value);
    return cardResponse(surveyCard(surveyView(result.value, turn.lang, true), t));
  }
  const message = t(result.error.code, result.error.params);
  const context = await activityContext(services.deps, targetOf(data, turn), isSurvey);
  if (!context.ok) return cardResponse(noticeCard(message, 'Warning'));
  const view = surveyView(await surveyState(services.deps, context.value, turn.actor.userId), turn.lang, true);
  return cardResponse(surveyCard({ ...view, notice: { kind: 'error', message } }, t));
}

async function updateSharedCards(services: BotServices, state: SurveyState): Promise<void> {
  const session = state.session.value;
  await scheduleSurveyUpdate(services, session, state.phaseIndex, state.community.language);
  // Answers in the session count for the questionnaire sent ahead too: its card in the channel shows the count.
  if (session.closingSurveyId) await updateClosingSurveyCard(services, session.closingSurveyId);
}
