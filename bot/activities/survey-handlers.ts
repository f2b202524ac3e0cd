import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { activityContext } from '../../domain/activities/activity-context';
import { submitSurvey, surveyState } from '../../domain/activities/survey-use-cases';
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
    const session = result.value.session.value;
    await scheduleSurveyUpdate(services, session, result.value.phaseIndex, result.value.community.language);
    // Answers in the session count for the questionnaire sent ahead too: its card in the channel shows the count.
    if (session.closingSurveyId) await updateClosingSurveyCard(services, session.closingSurveyId);
    return cardResponse(surveyCard(surveyView(result.value, turn.lang, true), t));
  }
  const message = t(result.error.code, result.error.params);
  const context = await activityContext(services.deps, targetOf(data, turn), isSurvey);
  if (!context.ok) return cardResponse(noticeCard(message, 'Warning', handedBackOf(data), t));
  const view = surveyView(await surveyState(services.deps, context.value, turn.actor.userId), turn.lang, true);
  // Already answered anonymously: the form is gone, so what they wrote is handed back as text.
  const handedBack = view.answered && view.anonymous ? handedBackOf(data) : '';
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
