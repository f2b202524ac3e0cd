import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { SurveyState } from '../../domain/activities/survey/survey-use-cases';
import { closeSurvey, submitSurvey, surveyState } from '../../domain/activities/survey/survey-use-cases';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { surveyCard } from '../cards/survey-card';
import type { CardData } from '../check-in-actions';
import { cardResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { updateClosingSurveyCard } from './closing-survey-handlers';
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
  if (result.ok) {
    await updateSharedCards(services, result.value);
    return cardResponse(surveyCard(surveyView(result.value, turn.lang, true), t));
  }
  const message = t(result.error.code, result.error.params);
  const typed = () => noticeCard(message, 'Warning', handedBackOf(data), t);
  return answerInPhase(services, turn, data, isSurvey, typed, async (context) => {
    const view = surveyView(await surveyState(services.deps, context, turn.actor.userId), turn.lang, true);
    // Already answered anonymously, or closed: the form is gone, so what they wrote is handed back as text.
    const handedBack = (view.answered && view.anonymous) || view.closed ? handedBackOf(data) : '';
    const draft = typedDraft(data);
    return surveyCard({ ...view, notice: { kind: 'error', message }, draft, ...(handedBack ? { handedBack } : {}) }, t);
  });
}

export async function refreshSurveyAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  return answerInPhase(services, turn, data, isSurvey, noticeOf, async (context, t) =>
    surveyCard(surveyView(await surveyState(services.deps, context, turn.actor.userId), turn.lang, true), t),
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
  const refused = () => noticeCard(message, 'Warning');
  return answerInPhase(services, turn, data, isSurvey, refused, async (context) => {
    const view = surveyView(await surveyState(services.deps, context, turn.actor.userId), turn.lang, true);
    return surveyCard({ ...view, notice: { kind: 'error', message } }, t);
  });
}

async function updateSharedCards(services: BotServices, state: SurveyState): Promise<void> {
  const session = state.session.value;
  await updateSharedCardOf(services, state, scheduleSurveyUpdate);
  // Answers in the session count for the questionnaire sent ahead too: its card in the channel shows the count.
  if (session.closingSurveyId) await updateClosingSurveyCard(services, session.closingSurveyId);
}
