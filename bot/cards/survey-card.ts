import type { QuestionResult } from '../../domain/activities/survey/survey';
import { LIKERT_QUESTIONS, OPEN_ANSWER_MAX, OPEN_QUESTIONS } from '../../domain/activities/survey/survey';
import type { Translate } from '../../i18n/t';
import { handedBackBlock } from './notice-card';
import type { AdaptiveCard, CardElement, CardRef, ChoiceSetInput, PhasePosition, TextInput } from './card-kit';
import { adaptiveCard, countLine, execute, notice, phaseHeading, refreshFor, text } from './card-kit';
import { facilitatorControls } from './facilitator-controls';

export const SURVEY_VERBS = { submit: 'survey.submit', refresh: 'survey.refresh', close: 'survey.close' } as const;

const GROUPS: [group: string, questions: readonly string[]][] = [
  ['own', ['own-practice', 'inspiration', 'contribution']],
  ['interaction', ['interaction', 'contact']],
  ['product', ['reached', 'value-organisation', 'value-own']],
  ['driver', ['driver']],
];

export interface SurveyCardView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  answers: number;
  open: boolean;
  /** Named surveys keep answers per member, who may change them; anonymous ones keep only the tally. */
  anonymous: boolean;
  /** Anonymous: closed, so its results show (from 3 answers on) and it takes no more answers. */
  closed?: boolean;
  answered?: boolean;
  results?: QuestionResult[];
  openAnswers?: Record<string, string[]>;
  /** Named surveys: open answers with who gave them. */
  openNamed?: Record<string, { name: string; text: string }[]>;
  notice?: { kind: 'error'; message: string };
  /** What the member filled in, handed back when it could not be taken. */
  draft?: Record<string, string>;
  /** Open answers that could not be taken and have no form to go back into: shown to copy. */
  handedBack?: string;
  /** The questionnaire went out before the session: answers given ahead are counted here. */
  sentAhead?: boolean;
  decimal: (n: number) => string;
  refreshUserIds?: string[];
  /** A facilitator's own view: "Close and show the results" and the session's controls. */
  forFacilitator?: boolean;
}

/**
 * The closing session's impact survey (handbook §5): aggregates only, from 3 answers on; anonymous unless chosen
 * otherwise. An anonymous one shows only its count until a facilitator closes it (or the session moves on or ends).
 */
export function surveyCard(view: SurveyCardView, t: Translate): AdaptiveCard {
  const body = phaseHeading(t('survey.title', { number: view.sessionNumber }), view.position, t);
  if (view.notice) body.push(notice(view.notice.message, 'Attention'));
  if (view.handedBack) body.push(handedBackBlock(view.handedBack, t));
  if (view.answered && !view.notice)
    body.push(notice(t(view.anonymous ? 'survey.thanks' : 'survey.thanksNamed'), 'Good'));
  body.push(text(t(view.anonymous ? 'survey.anonymous' : 'survey.named'), { subtle: true }));
  const closed = view.anonymous && view.closed === true;
  if (closed && !view.notice) body.push(notice(t('survey.closedNotice'), 'Warning'));
  const asking = view.open && !closed && (!view.answered || !view.anonymous);
  if (asking) body.push(...surveyQuestions(view.draft, t));
  body.push(countLine(t, view.answers, { some: 'survey.answers', none: 'survey.answersNone' }));
  if (view.sentAhead) body.push(text(t('survey.sentAhead'), { subtle: true }));
  const waiting = !view.anonymous ? 'survey.waitForMore' : closed ? 'survey.closedTooFew' : 'survey.waitForClose';
  body.push(...(view.results ? results(view, t) : [text(t(waiting), { subtle: true })]));
  const close =
    view.open && view.anonymous && !closed ? [execute(t('survey.close'), SURVEY_VERBS.close, view.ref)] : [];
  body.push(...facilitatorControls(view, t, close));
  const label = view.answered && !view.anonymous ? t('survey.update') : t('survey.submit');
  const actions = asking
    ? [execute(label, SURVEY_VERBS.submit, { ...view.ref, anonymous: view.anonymous }, 'positive')]
    : [];
  return adaptiveCard(body, actions, refreshFor(SURVEY_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

/** The handbook's questions as a form, filled in with `draft` (answers handed back or to change). */
export function surveyQuestions(draft: Record<string, string> | undefined, t: Translate): CardElement[] {
  const scale = [1, 2, 3, 4, 5].map((n) => ({ title: t(`survey.scale.${n}`), value: String(n) }));
  const likert = GROUPS.flatMap(([group, qs]) => [
    text(t(`survey.group.${group}`), { weight: 'Bolder', size: 'Medium' }),
    ...qs.map((q): ChoiceSetInput => ({
      type: 'Input.ChoiceSet',
      id: `likert_${q}`,
      label: t(`survey.questions.${q}`),
      style: 'compact',
      choices: scale,
      ...(draft?.[`likert_${q}`] ? { value: draft[`likert_${q}`] } : {}),
    })),
  ]);
  const open = OPEN_QUESTIONS.map((q): TextInput => ({
    type: 'Input.Text',
    id: `open_${q}`,
    label: t(`survey.questions.${q}`),
    isMultiline: true,
    maxLength: OPEN_ANSWER_MAX,
    ...(draft?.[`open_${q}`] ? { value: draft[`open_${q}`] } : {}),
  }));
  return [...likert, ...open];
}

function results(view: SurveyCardView, t: Translate): CardElement[] {
  const order = new Map<string, number>(LIKERT_QUESTIONS.map((q, i) => [q, i]));
  const rows = [...(view.results ?? [])].sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0));
  return [
    text(t('survey.resultsTitle'), { weight: 'Bolder' }),
    ...rows.map((r) =>
      text(t('survey.result', { question: t(`survey.questions.${r.question}`), average: view.decimal(r.average) })),
    ),
    ...OPEN_QUESTIONS.flatMap((q) => {
      const answers =
        view.openNamed?.[q]?.map((a) => t('survey.namedAnswer', { text: a.text, name: a.name })) ??
        (view.openAnswers?.[q] ?? []).map((a) => `“${a}”`);
      return answers.length
        ? [
            text(t('survey.openTitle', { question: t(`survey.questions.${q}`) }), {
              weight: 'Bolder',
              separator: true,
            }),
            ...answers.slice(0, 15).map((a) => text(a)),
          ]
        : [];
    }),
  ];
}
