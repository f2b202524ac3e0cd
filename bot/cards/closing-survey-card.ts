import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement } from './card-kit';
import { adaptiveCard, execute, heading, notice, refreshFor, text } from './card-kit';
import { handedBackBlock } from './notice-card';
import { surveyQuestions } from './survey-card';

export const CLOSING_SURVEY_VERBS = { submit: 'closing-survey.submit', refresh: 'closing-survey.refresh' } as const;

const CLOSED_NOTICES = {
  deadline: 'closingSurvey.closedNotice',
  paused: 'closingSurvey.pausedNotice',
  archived: 'data.archive.refused',
  shown: 'survey.closedNotice',
} as const;

/** Where the shared card of a questionnaire sent ahead is remembered (the latest one posted). */
export const closingSurveyCardKey = (surveyId: string): string => `card:closing-survey:${surveyId}`;

export interface ClosingSurveyCardView {
  surveyId: string;
  sessionNumber: number;
  /** The closing session's day and the deadline, already worded for the member's language. */
  date: string;
  deadline: string;
  anonymous: boolean;
  answers: number;
  /** Still taking answers: before the deadline. */
  accepting: boolean;
  /**
   * Why it takes no answers when it does not: the deadline passed, its closing session is off the schedule for now, the
   * community is archived, or the closing session closed the survey.
   */
  closedBecause?: keyof typeof CLOSED_NOTICES;
  answered?: boolean;
  notice?: string;
  /** What the member filled in: handed back when it could not be taken, or their named answers to change. */
  draft?: Record<string, string>;
  /** Open answers that could not be taken and have no form to go back into: shown to copy. */
  handedBack?: string;
  /** Members who get their own view of the shared card (at most 60). */
  refreshUserIds?: string[];
}

/**
 * The closing session's impact questionnaire, sent ahead (handbook §5): the form, the deadline, how many
 * answered. Results stay for the closing session, where they are discussed (and shown from 3 answers on).
 */
export function closingSurveyCard(view: ClosingSurveyCardView, t: Translate): AdaptiveCard {
  const ref = { surveyId: view.surveyId, anonymous: view.anonymous };
  const body: CardElement[] = [
    heading(t('closingSurvey.title', { number: view.sessionNumber })),
    text(t('schedule.reminder.survey.text', { date: view.date, deadline: view.deadline })),
  ];
  if (view.notice) body.push(notice(view.notice, 'Attention'));
  if (view.handedBack) body.push(handedBackBlock(view.handedBack, t));
  else if (view.answered)
    body.push(
      notice(view.anonymous ? t('survey.thanks') : t('closingSurvey.thanksNamed', { deadline: view.deadline }), 'Good'),
    );
  if (!view.accepting && !view.notice)
    body.push(notice(t(CLOSED_NOTICES[view.closedBecause ?? 'deadline']), 'Warning'));
  body.push(
    text(t(view.anonymous ? 'schedule.reminder.survey.anonymous' : 'schedule.reminder.survey.named'), { subtle: true }),
  );
  const asking = view.accepting && (!view.answered || !view.anonymous);
  if (asking) body.push(...surveyQuestions(view.draft, t));
  body.push(
    text(view.answers === 0 ? t('survey.answersNone') : t('survey.answers', { count: view.answers }), {
      subtle: true,
      separator: true,
    }),
  );
  body.push(text(t('closingSurvey.resultsInSession'), { subtle: true }));
  const label = view.answered && !view.anonymous ? t('survey.update') : t('survey.submit');
  const actions = asking ? [execute(label, CLOSING_SURVEY_VERBS.submit, ref, 'positive')] : [];
  return adaptiveCard(
    body,
    actions,
    refreshFor(CLOSING_SURVEY_VERBS.refresh, ref, view.refreshUserIds, view.accepting),
  );
}
