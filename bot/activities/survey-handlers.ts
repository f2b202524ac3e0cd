import type { SurveyState } from '../../domain/activities/survey/survey-use-cases';
import { closeSurvey, submitSurvey, surveyState } from '../../domain/activities/survey/survey-use-cases';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { surveyCard } from '../cards/survey-card';
import type { CardActionHandler } from '../card-action-handler';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { updateClosingSurveyCard } from './closing-survey-handlers';
import { answerChanged, noticeOf, ownPhaseCard, type PhaseCardUpdate } from './phase-card';
import { handedBackOf, scheduleSurveyUpdate, surveyView, typedDraft } from './survey-views';

const isSurvey = (phase: { activity: string }) => phase.activity === 'survey';

export const submitSurveyAction: CardActionHandler = async (services, turn, data) => {
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
};

export const refreshSurveyAction: CardActionHandler = (services, turn, data) =>
  ownSurvey(services, turn, data, noticeOf);

/** A facilitator's "close and show the results": the survey's cards in the channel show them, once. */
export const closeSurveyAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const result = await closeSurvey(services.deps, targetOf(data, turn), Math.random);
  if (result.ok) return answered(services, turn, result.value);
  const message = t(result.error.code, result.error.params);
  const refused = () => noticeCard(message, 'Warning');
  return ownSurvey(services, turn, data, refused, (view) => ({ ...view, notice: { kind: 'error', message } }));
};

/** The clicker's own survey card, adjusted by `change`; a facilitator's view has their controls. */
const ownSurvey = ownPhaseCard({
  fits: isSurvey,
  view: async (services, context, turn) =>
    surveyView(await surveyState(services.deps, context, turn.actor.userId), turn.lang, true),
  card: surveyCard,
});

/** The survey changed: the cards in the channel follow, the clicker gets their own view. */
const answered = (services: BotServices, turn: TurnInfo, state: SurveyState) =>
  answerChanged(services, turn, state, updateSurveyCards, (forFacilitator) =>
    surveyCard({ ...surveyView(state, turn.lang, true), forFacilitator }, translator(turn.lang)),
  );

const updateSurveyCards: PhaseCardUpdate = async (services, session, phaseIndex, lang) => {
  await scheduleSurveyUpdate(services, session, phaseIndex, lang);
  // Answers in the session count for the questionnaire sent ahead too: its card in the channel shows the count.
  if (session.closingSurveyId) await updateClosingSurveyCard(services, session.closingSurveyId);
};
