import type { ClosingSurveyState } from '../../domain/activities/closing-survey/closing-survey';
import {
  answerClosingSurvey,
  closingSurveyOfPlanned,
  closingSurveyState,
  openClosingSurvey,
} from '../../domain/activities/closing-survey/closing-survey';
import type { SurveyReminder } from '../../domain/schedule/reminder';
import { translator, type Lang } from '../../i18n/t';
import { postSharedCard, type BotServices } from '../bot-services';
import type { CardActionHandler } from '../card-action-handler';
import type { ChannelPlace } from '../channel-places';
import { closingSurveyCard, closingSurveyCardKey, type ClosingSurveyCardView } from '../cards/closing-survey-card';
import { noticeCard } from '../cards/notice-card';
import { cardResponse } from '../invoke-response';
import { deadlineWords, longDate } from '../schedule/schedule-words';
import { scheduleSharedUpdate } from '../shared-cards';
import { field } from './card-target';
import { draftOf, handedBackOf, scheduleSurveyUpdate, typedDraft } from './survey-views';

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
    ...(state.status === 'open' ? {} : { closedBecause: state.status === 'closed' ? 'deadline' : state.status }),
    ...(personal ? { answered: state.answered } : {}),
    ...(personal && state.mine ? { draft: draftOf(state.mine) } : {}),
  };
}

/**
 * The card everyone sees in the channel; the community's members get their own view through the refresh (Teams takes 60
 * ids). Members in a fixed order, never who answered: the card's data must not tell who answered an anonymous survey.
 */
async function sharedView(
  services: BotServices,
  state: ClosingSurveyState,
  lang: Lang,
): Promise<ClosingSurveyCardView> {
  const members = (await services.deps.store.members.list(state.survey.communityId))
    .filter((m) => m.role !== 'observer')
    .map((m) => m.userId)
    .sort();
  return { ...closingSurveyView(state, lang, false), refreshUserIds: members.slice(0, REFRESH_LIMIT) };
}

/**
 * The scheduler's closing-survey reminder: opens the questionnaire and posts it in the channel, remembered for updates.
 */
export async function postClosingSurvey(
  services: BotServices,
  place: ChannelPlace,
  reminder: SurveyReminder,
  lang: Lang,
): Promise<void> {
  const opened = await openClosingSurvey(services.deps, reminder.planned, reminder.anonymous);
  if (!opened.ok) throw new Error(`closing survey could not be opened: ${opened.error.code}`);
  const card = closingSurveyCard(await sharedView(services, opened.value, lang), translator(lang));
  await services.proactive.continue(place.reference, (context) =>
    postSharedCard(services, context, closingSurveyCardKey(opened.value.id), card),
  );
}

export const submitClosingSurveyAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const id = field(data, 'surveyId');
  const result = await answerClosingSurvey(services.deps, { id, actor: turn.actor, raw: data }, Math.random);
  if (result.ok) {
    await scheduleClosingSurveyUpdate(services, result.value);
    await updateDiscussingSession(services, result.value.survey.sessionId);
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
};

export const refreshClosingSurveyAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const state = await closingSurveyState(services.deps, field(data, 'surveyId'), turn.actor.userId);
  if (!state.ok) return cardResponse(noticeCard(t(state.error.code, state.error.params), 'Warning'));
  return cardResponse(closingSurveyCard(closingSurveyView(state.value, turn.lang, true), t));
};

/** Brings the questionnaire's card in the channel up to date: its count, or that it closed or paused. */
export async function updateClosingSurveyCard(services: BotServices, id: string): Promise<void> {
  const state = await closingSurveyState(services.deps, id, '');
  if (state.ok) await scheduleClosingSurveyUpdate(services, state.value);
}

/** The same for the questionnaire of a planned closing session (at its deadline, or when it was cancelled). */
export async function updateClosingSurveyCardOf(
  services: BotServices,
  communityId: string,
  plannedKey: string,
): Promise<void> {
  const state = await closingSurveyOfPlanned(services.deps, communityId, plannedKey);
  if (state) await scheduleClosingSurveyUpdate(services, state);
}

/** An answer given ahead while the closing session runs: its survey card shows the new count. */
async function updateDiscussingSession(services: BotServices, sessionId: string | undefined): Promise<void> {
  const session = sessionId ? await services.deps.store.sessions.get(sessionId) : undefined;
  if (!session || session.value.state.kind !== 'running') return;
  const community = await services.deps.store.communities.get(session.value.communityId);
  const lang = community?.value.language ?? 'nl';
  for (const [index, phase] of session.value.agenda.entries()) {
    if (phase.activity === 'survey') await scheduleSurveyUpdate(services, session.value, index, lang);
  }
}

async function scheduleClosingSurveyUpdate(services: BotServices, state: ClosingSurveyState): Promise<void> {
  const community = await services.deps.store.communities.get(state.survey.communityId);
  const lang = community?.value.language ?? 'nl';
  await scheduleSharedUpdate(services, closingSurveyCardKey(state.id), async () => {
    const fresh = await closingSurveyState(services.deps, state.id, '');
    return closingSurveyCard(await sharedView(services, fresh.ok ? fresh.value : state, lang), translator(lang));
  });
}
