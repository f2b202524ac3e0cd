import type { SurveyAnswers } from '../../domain/activities/survey/survey';
import { surveyState, type SurveyState } from '../../domain/activities/survey/survey-use-cases';
import type { Session } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { surveyCard, type SurveyCardView } from '../cards/survey-card';
import type { CardData } from '../check-in-actions';
import { decimalFormatter } from '../dates';
import { positionOf, refreshIdsFor } from './facilitator-view';
import { observerContext, phaseCardUpdate, type PhaseCardRender } from './phase-card';

/**
 * What the survey cards show, for the session's survey phase; shared by the phase's and the questionnaire's handlers.
 */
export function surveyView(state: SurveyState, lang: Lang, personal: boolean): SurveyCardView {
  const session = state.session.value;
  const position = positionOf(session, state.phaseIndex);
  return {
    ref: { sessionId: session.id, phaseIndex: state.phaseIndex },
    sessionNumber: session.number,
    ...(position ? { position } : {}),
    answers: state.answers,
    open: session.state.kind !== 'ended',
    anonymous: state.anonymous,
    closed: state.closed,
    ...(state.sentAhead ? { sentAhead: true } : {}),
    ...(personal ? { answered: state.answered } : {}),
    ...(personal && state.mine ? { draft: draftOf(state.mine) } : {}),
    ...(state.results ? { results: state.results, openAnswers: state.open ?? {} } : {}),
    ...(state.results && state.openNamed ? { openNamed: state.openNamed } : {}),
    decimal: decimalFormatter(lang),
  };
}

/** A member's stored answers as the form's values, to change them. */
export const draftOf = (answers: SurveyAnswers): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(answers.likert).map(([q, n]) => [`likert_${q}`, String(n)])),
  ...Object.fromEntries(Object.entries(answers.open).map(([q, text]) => [`open_${q}`, text])),
});

/** The open answers a member typed, as text to hand back when there is no form to put them in. */
export const handedBackOf = (data: CardData): string =>
  Object.entries(data)
    .filter(([k, v]) => k.startsWith('open_') && typeof v === 'string' && v.trim())
    .map(([, v]) => String(v))
    .join('\n\n');

/** Everything a member filled in on a survey form, to put back into the form. */
export const typedDraft = (data: CardData): Record<string, string> =>
  Object.fromEntries(
    Object.entries(data)
      .filter(([k, v]) => /^(likert|open)_/.test(k) && typeof v === 'string')
      .map(([k, v]) => [k, String(v)]),
  );

/** The shared survey card: how many answered, and the aggregate once it shows no one's answers. */
export async function sharedSurveyView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<SurveyCardView> {
  const state = await surveyState(services.deps, await observerContext(services, session, phaseIndex), '');
  // Only the facilitators: an anonymous survey keeps no list of who answered.
  return { ...surveyView(state, lang, false), refreshUserIds: await refreshIdsFor(services.deps, session, []) };
}

/** The shared survey card, for the channel. */
export const sharedSurveyCard: PhaseCardRender = async (services, session, phaseIndex, lang) =>
  surveyCard(await sharedSurveyView(services, session, phaseIndex, lang), translator(lang));

export const scheduleSurveyUpdate = phaseCardUpdate(sharedSurveyCard);
