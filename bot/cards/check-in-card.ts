import type { CheckInAnswers, CheckInVariant } from '../../domain/activities/check-in/check-in';
import { CHECK_IN_LIMITS, COLOURS, MOODS } from '../../domain/activities/check-in/check-in';
import type { CheckInQuestion } from '../../domain/activities/check-in/check-in-questions';
import type { CheckInOverview } from '../../domain/activities/check-in/check-in-overview';
import type { Translate } from '../../i18n/t';
import { driverGoalLine } from './driver-goal-line';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition, TextInput } from './card-kit';
import { adaptiveCard, execute, input as field, notice, phaseHeading, refreshFor, text } from './card-kit';
import { actionSet, column, columns } from './card-layout';
import { checkInOverviewSection } from './check-in-overview';
import { facilitatorControls } from './facilitator-controls';
import { openDialog } from './dialog-button';
import { handedBackBlock } from './notice-card';

export const CHECK_IN_VERBS = {
  submit: 'checkin.submit',
  refresh: 'checkin.refresh',
  actionDone: 'checkin.actionDone',
} as const;

export interface CheckInCardView {
  ref: CardRef;
  sessionNumber: number;
  question: CheckInQuestion;
  /** Weather, colour or one word: the first question of the form. */
  variant: CheckInVariant;
  count: number;
  /** False once the session has ended: the shared card then only shows the count. */
  open: boolean;
  /** Members who checked in get their own view on refresh (Teams allows at most 60 ids). */
  refreshUserIds?: string[];
  /** The member's own view: what happened to their answer, and their values in the form. */
  notice?:
    | { kind: 'saved' | 'unchanged' | 'late'; name: string }
    | { kind: 'error'; message: string }
    | { kind: 'actionDone' };
  values?: Partial<Record<keyof CheckInAnswers, string>>;
  /** The member's open actions from earlier sessions: "what did you do since last time", ticked off here. */
  openActions?: { sessionId: string; id: string; what: string; due: string }[];
  position?: PhasePosition;
  /** A facilitator's own view: every member's check-in (`overview`) and the session's controls. */
  forFacilitator?: boolean;
  overview?: CheckInOverview;
  /** The driver's end goal, when the check-in is the session's first card. */
  driverGoal?: string;
}

/** The check-in: the weather, a colour or one word; the question of the day; and two optional open questions. */
export function checkInCard(view: CheckInCardView, t: Translate): AdaptiveCard {
  const body = phaseHeading(t('checkIn.title', { number: view.sessionNumber }), view.position, t);
  if (view.driverGoal) body.push(driverGoalLine(view.driverGoal, t));
  const banner = noticeOf(view, t);
  const actionsList = view.openActions?.length && view.open ? openActions(view, t) : [];
  if (banner) body.push(banner);
  const showForm = view.open && view.notice?.kind !== 'late';
  if (showForm)
    body.push(
      text(t('checkIn.intro'), { subtle: true }),
      // The group sees the question of the day; the answers are written in the dialog.
      text(t('checkIn.questionOfTheDay'), { weight: 'Bolder', separator: true }),
      text(t(`checkIn.questions.${view.question}`)),
      ...actionsList,
      ...handedBack(view, t),
    );
  else if (view.notice?.kind !== 'late') body.push(text(t('checkIn.closed'), { subtle: true }));
  body.push(text(countLine(view.count, t), { subtle: true, separator: true }));
  if (view.forFacilitator && view.overview) body.push(...checkInOverviewSection(view.overview, t));
  body.push(...facilitatorControls(view, t));
  const hasAnswered = view.values !== undefined && view.notice?.kind !== 'error';
  const draft = view.notice?.kind === 'error' && view.values ? { draft: view.values } : {};
  const title = t(hasAnswered ? 'checkIn.update' : 'checkIn.submit');
  const actions = showForm ? [openDialog(title, CHECK_IN_VERBS.submit, { ...view.ref, ...draft }, 'positive')] : [];
  return adaptiveCard(body, actions, refreshFor(CHECK_IN_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

export const countLine = (count: number, t: Translate): string =>
  count === 0 ? t('checkIn.countNone') : t('checkIn.count', { count });

function openActions(view: CheckInCardView, t: Translate): CardElement[] {
  return [
    text(t('checkIn.openActions'), { weight: 'Bolder', separator: true }),
    ...(view.openActions ?? []).slice(0, 8).map((a) =>
      columns([
        column(
          'stretch',
          [text(a.what), text(t('checkIn.actionDue', { due: a.due }), { size: 'Small', subtle: true })],
          { verticalContentAlignment: 'Center' },
        ),
        column(
          'auto',
          [
            actionSet(
              execute(t('checkIn.actionDone'), CHECK_IN_VERBS.actionDone, {
                ...view.ref,
                actionSessionId: a.sessionId,
                actionId: a.id,
              }),
            ),
          ],
          { verticalContentAlignment: 'Center' },
        ),
      ]),
    ),
  ];
}

/** What the member typed and could not be taken: on the card to copy, and in the dialog the button opens. */
function handedBack(view: CheckInCardView, t: Translate): CardElement[] {
  if (view.notice?.kind !== 'error' || !view.values) return [];
  const { word, answer, sinceLastTime, obstacles } = view.values;
  const typed = [word, answer, sinceLastTime, obstacles].filter((v) => v?.trim()).join('\n\n');
  return typed ? [handedBackBlock(typed, t)] : [];
}

/** The check-in's questions, filled in with `view.values`: the dialog's form. */
export function checkInInputs(
  view: Pick<CheckInCardView, 'variant' | 'question' | 'values'>,
  t: Translate,
): CardElement[] {
  const values = view.values ?? {};
  return [
    feeling(view.variant, values, t),
    text(t('checkIn.questionOfTheDay'), { weight: 'Bolder', separator: true }),
    input('answer', t(`checkIn.questions.${view.question}`), t('checkIn.answerPlaceholder'), values.answer, false),
    text(t('checkIn.otherQuestions'), { weight: 'Bolder', separator: true }),
    input('sinceLastTime', t('checkIn.sinceLastTimeLabel'), undefined, values.sinceLastTime, true),
    input('obstacles', t('checkIn.obstaclesLabel'), undefined, values.obstacles, true),
  ];
}

function feeling(variant: CheckInVariant, values: NonNullable<CheckInCardView['values']>, t: Translate): CardElement {
  if (variant === 'word') {
    return {
      ...input('word', t('checkIn.wordLabel'), t('checkIn.wordPlaceholder'), values.word, false),
      isRequired: true,
      errorMessage: t('errors.input.required'),
    };
  }
  const [id, label, choices] =
    variant === 'colour'
      ? (['colour', t('checkIn.colourLabel'), COLOURS.map((c) => ({ title: t(`colours.${c}`), value: c }))] as const)
      : (['mood', t('checkIn.moodLabel'), MOODS.map((m) => ({ title: t(`moods.${m}`), value: m }))] as const);
  const value = values[id];
  return field.choiceSet(id, {
    label,
    style: 'expanded',
    isRequired: true,
    errorMessage: t('errors.input.required'),
    choices,
    value: value || undefined,
  });
}

function input(
  id: keyof typeof CHECK_IN_LIMITS,
  label: string | undefined,
  placeholder: string | undefined,
  value: string | undefined,
  multiline: boolean,
): TextInput {
  return field.text(id, {
    maxLength: CHECK_IN_LIMITS[id],
    isMultiline: multiline,
    label: label || undefined,
    placeholder: placeholder || undefined,
    value: value || undefined,
  });
}

function noticeOf(view: CheckInCardView, t: Translate): CardElement | undefined {
  const n = view.notice;
  if (!n) return undefined;
  if (n.kind === 'error') return notice(n.message, 'Attention');
  if (n.kind === 'late') return notice(t('checkIn.late'), 'Warning');
  if (n.kind === 'actionDone') return notice(t('checkIn.markedDone'), 'Good');
  return notice(t(n.kind === 'saved' ? 'checkIn.saved' : 'checkIn.unchanged', { name: n.name }), 'Good');
}
