import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { answerClosingSurvey, closingSurveyId, closingSurveyPool, closingSurveyState, openClosingSurvey, type ClosingSurveyState } from '../../domain/activities/closing-survey';
import { answeredIn } from '../../domain/activities/survey-pool';
import type { SurveyReminder } from '../../domain/schedule/reminder';
import { translator, type Lang } from '../../i18n/t';
import { postSharedCard, type BotServices } from '../bot-services';
import type { ChannelPlace } from '../channel-places';
import { closingSurveyCard, closingSurveyCardKey, type ClosingSurveyCardView } from '../cards/closing-survey-card';
import { noticeCard } from '../cards/notice-card';
import type { CardData } from '../check-in-actions';
import { cardResponse } from '../invoke-response';
import { deadlineWords, longDate } from '../schedule/schedule-words';
import { scheduleSharedUpdate } from '../shared-cards';
import type { TurnInfo } from '../turn-info';
import { field } from './card-target';
import { draftOf, handedBackOf, typedDraft } from './survey-handlers';

const REFRESH_LIMIT = 60;

function closingSurveyView(state: ClosingSurveyState, lang: Lang, personal: boolean): ClosingSurveyCardView {
  const { survey } = state;
  return {
    surveyId: state.id,
    sessionNumber: survey.number,
    date: longDate(survey.localDate, lang),
    deadline: deadlineWords(survey.deadline, survey.timeZone, lang),
    anonymous: state.anonymous,
    answers: state.answers,
    accepting: state.accepting,
    ...(personal ? { answered: state.answered } : {}),
    ...(personal && state.mine ? { draft: draftOf(state.mine) } : {}),
  };
}

/** The card everyone sees in the channel; members get their own view through the refresh (who answered first). */
async function sharedView(services: BotServices, state: ClosingSurveyState, lang: Lang): Promise<ClosingSurveyCardView> {
  const answered = await answeredIn(services.deps, closingSurveyPool(state.survey));
  const members = (await services.deps.store.members.list(state.survey.communityId)).filter((m) => m.role !== 'observer').map((m) => m.userId);
  return { ...closingSurveyView(state, lang, false), refreshUserIds: [...new Set([...answered, ...members])].slice(0, REFRESH_LIMIT) };
}

/** The scheduler's closing-survey reminder: opens the questionnaire and posts it in the channel, remembered for updates. */
export async function postClosingSurvey(services: BotServices, place: ChannelPlace, reminder: SurveyReminder, lang: Lang): Promise<void> {
  const opened = await openClosingSurvey(services.deps, reminder.planned, reminder.anonymous);
  if (!opened.ok) throw new Error(`closing survey could not be opened: ${opened.error.code}`);
  const card = closingSurveyCard(await sharedView(services, opened.value, lang), translator(lang));
  if (!services.proactive) throw new Error('no proactive sender');
  await services.proactive.continue(place.reference, (context) => postSharedCard(services, context, closingSurveyCardKey(opened.value.id), card));
}

export async function submitClosingSurveyAction(services: BotServices, turn: TurnInfo, data: CardData): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const id = field(data, 'surveyId');
  const result = await answerClosingSurvey(services.deps, { id, actor: turn.actor, raw: data }, Math.random);
  if (result.ok) {
    await scheduleClosingSurveyUpdate(services, result.value);
    return cardResponse(closingSurveyCard(closingSurveyView(result.value, turn.lang, true), t));
  }
  const message = t(result.error.code, result.error.params);
  const current = await closingSurveyState(services.deps, id, turn.actor.userId);
  const typed = handedBackOf(data);
  if (!current.ok) return cardResponse(noticeCard(message, 'Warning', typed, t));
  const draft = typedDraft(data);
  const view = closingSurveyView(current.value, turn.lang, true);
  // Closed or already answered: the form is gone, so what they wrote is handed back as text.
  const handedBack = !view.accepting || (view.answered && view.anonymous) ? typed : '';
  return cardResponse(closingSurveyCard({ ...view, notice: message, draft, ...(handedBack ? { handedBack } : {}) }, t));
}

export async function refreshClosingSurveyAction(services: BotServices, turn: TurnInfo, data: CardData): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const state = await closingSurveyState(services.deps, field(data, 'surveyId'), turn.actor.userId);
  if (!state.ok) return cardResponse(noticeCard(t(state.error.code, state.error.params), 'Warning'));
  return cardResponse(closingSurveyCard(closingSurveyView(state.value, turn.lang, true), t));
}

/** At its deadline, the questionnaire's card in the channel shows it closed (when it was posted at all). */
export async function closeClosingSurveyCard(services: BotServices, communityId: string, plannedKey: string): Promise<void> {
  const state = await closingSurveyState(services.deps, closingSurveyId(communityId, plannedKey), '');
  if (state.ok) await scheduleClosingSurveyUpdate(services, state.value);
}

async function scheduleClosingSurveyUpdate(services: BotServices, state: ClosingSurveyState): Promise<void> {
  const community = await services.deps.store.communities.get(state.survey.communityId);
  const lang = community?.value.language ?? 'nl';
  await scheduleSharedUpdate(services, closingSurveyCardKey(state.id), async () => {
    const fresh = await closingSurveyState(services.deps, state.id, '');
    return closingSurveyCard(await sharedView(services, fresh.ok ? fresh.value : state, lang), translator(lang));
  });
}
