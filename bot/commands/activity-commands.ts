import type { ActivityKind } from '../../domain/session/formats';
import type { PhaseSettings } from '../../domain/session/session';
import { parseVoteRules } from '../../domain/activities/dot-vote/vote-rules';
import { parseCheckInVariant } from '../../domain/activities/check-in/check-in-variant';
import {
  chooseSurveyMode,
  closeRunningSurvey,
  isSurveyClose,
  parseSurveyMode,
} from '../../domain/activities/survey/survey-use-cases';
import { goToActivity, runningSession } from '../../domain/session/steer-session';
import { isBoard } from '../../domain/activities/board/board';
import { parseBoardVisibility } from '../../domain/activities/board/board-visibility';
import { showCurrentPhase } from '../phase-card-in-place';
import { translator } from '../../i18n/t';
import { postCard } from '../bot-services';
import { surveyCard } from '../cards/survey-card';
import { updateClosingSurveyCard } from '../activities/closing-survey-handlers';
import { scheduleSurveyUpdate, surveyView } from '../activities/survey-views';
import { postCurrentPhase } from '../phase-poster';
import type { CommandHandler } from './command-handler';
import { channelCommand, refusal, warn } from './channel-command';

/** The longest question a facilitator may give a brainstorm. */
export const MAX_PROMPT = 300;

/**
 * `/brainstorm [question]`, `/vote`, `/retro`, `/checkin`, `/actions`: go to the phase of that activity
 * (the current one when it fits) and post its card, or change it in place when it is the current phase's.
 * A brainstorm question is shown on its card.
 */
export const activityCommand = channelCommand(
  async (
    { services, context, turn, place, t },
    kinds: readonly ActivityKind[],
    prompt?: string,
    extra: PhaseSettings = {},
  ) => {
    const visibility = boardVisibilityOf(kinds, prompt);
    const question = visibility ? '' : (prompt ?? '').trim();
    const length = [...question].length;
    if (length > MAX_PROMPT) {
      return warn(context, t('errors.input.tooLong', { length, max: MAX_PROMPT }), question, t);
    }
    const input = { channel: place.channel, actorId: turn.actor.userId };
    const settings = { ...extra, ...visibility, ...(question ? { prompt: question } : {}) };
    const before = (await runningSession(services.deps, place.channel))?.session.state;
    const result = await goToActivity(
      services.deps,
      input,
      (phase) => kinds.includes(phase.activity),
      Object.keys(settings).length ? settings : undefined,
    );
    if (!result.ok) return warn(context, t(result.error.code, result.error.params), question || undefined, t);
    await showCurrentPhase(services, context, {
      ...result.value,
      before: before?.kind === 'running' ? before.phaseIndex : undefined,
    });
  },
);

/** `/brainstorm hidden` (`/brainstorm verborgen`), `/retro visible`: how a board shows its post-its, not a question. */
const boardVisibilityOf = (kinds: readonly ActivityKind[], args = ''): PhaseSettings | undefined =>
  kinds.some((k) => isBoard({ key: '', minutes: 0, activity: k })) ? parseBoardVisibility(args) : undefined;

/** `/vote [dots] [cap]` (`/stemmen 5 3`): to the dot-vote, with the budget the facilitator gives. */
export const voteCommand: CommandHandler = async (services, context, turn, args) => {
  const rules = parseVoteRules(args);
  const t = translator(turn.lang);
  if (!rules.ok) return warn(context, t(rules.error.code), args, t);
  await activityCommand(services, context, turn, ['dot-vote'], '', rules.value);
};

/**
 * `/checkin [weather|colour|word]` (`/checkin weer|kleur|woord`): to the check-in, in the form the facilitator names.
 */
export const checkInCommand: CommandHandler = async (services, context, turn, args) => {
  const t = translator(turn.lang);
  const variant = args.trim() ? parseCheckInVariant(args) : undefined;
  if (args.trim() && !variant) return warn(context, t('errors.input.checkInVariant'));
  await activityCommand(services, context, turn, ['check-in'], '', variant ? { checkInVariant: variant } : {});
};

/**
 * `/survey [anonymous|named]` (`/bevraging anoniem|met-naam`): to the impact survey, anonymous unless named.
 * `/survey close` (`/bevraging sluiten`): closes it and shows its results.
 */
export const surveyCommand = channelCommand(async ({ services, context, turn, place, t }, args: string) => {
  if (isSurveyClose(args)) {
    const closed = await closeRunningSurvey(services.deps, { channel: place.channel, actor: turn.actor }, Math.random);
    if (!closed.ok) return refusal(context, t, closed.error);
    const session = closed.value.session.value;
    await scheduleSurveyUpdate(services, session, closed.value.phaseIndex, closed.value.community.language);
    if (session.closingSurveyId) await updateClosingSurveyCard(services, session.closingSurveyId);
    const lang = closed.value.community.language;
    return void (await postCard(context, surveyCard(surveyView(closed.value, lang, false), translator(lang))));
  }
  const anonymous = args.trim() ? parseSurveyMode(args) : true;
  if (anonymous === undefined) return warn(context, t('errors.input.surveyMode'));
  const result = await chooseSurveyMode(
    services.deps,
    { channel: place.channel, actorId: turn.actor.userId },
    anonymous,
  );
  if (!result.ok) return refusal(context, t, result.error);
  await postCurrentPhase(services, context, result.value.session, result.value.community);
});
