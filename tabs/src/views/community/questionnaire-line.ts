import { when, type Lang, type Translate } from '../../i18n';
import type { Questionnaire } from './use-community';

/** The closing session's impact questionnaire: when it goes out, or how many answered ahead. */
export function questionnaireLine(q: Questionnaire, t: Translate, lang: Lang, timeZone: string): string {
  if ('due' in q) return t('tab.community.questionnaireDue');
  if ('opensAt' in q) return t('tab.community.questionnaireOpens', { date: when(q.opensAt, lang, timeZone) });
  return t(q.accepting ? 'tab.community.questionnaireOpen' : 'tab.community.questionnaireClosed', {
    count: q.answers,
    deadline: when(q.deadline, lang, timeZone),
  });
}
