import type { TurnContext } from 'botbuilder';
import type { DomainError } from '../../domain/errors';
import { formatFromName, formatNames, type FormatId } from '../../domain/session/formats';
import type { Steered } from '../../domain/session/steer-session';
import { endSession, moveSessionPhase, runningSession } from '../../domain/session/steer-session';
import { startSession } from '../../domain/session/start-session';
import { participantCount } from '../../domain/session/participants';
import type { Person } from '../../domain/community/community';
import { roleOf } from '../../domain/community/role-of';
import { translator } from '../../i18n/t';
import { postCard, type BotServices } from '../bot-services';
import { adaptiveCard, notice, text } from '../cards/card-kit';
import { agendaCard, alreadyRunningCard, sessionEndedCard } from '../cards/session-cards';
import { closePostedCards, postCurrentPhase } from '../phase-poster';
import { syncRoster } from '../roster';
import { requestEndOfSessionFiling } from '../reports/request-report';
import { inMeetingChat, type TurnInfo } from '../turn-info';
import { holdInMeeting } from '../meeting-chat';
import { offerMeetingLink } from './meeting-commands';
import { channelCommand, refusal, warn } from './channel-command';

/**
 * `/start-session [format]`: starts the next session and posts its first phase. In a meeting chat that is not linked to
 * a community yet, the facilitator first picks the community (see meeting-commands.ts).
 */
export const startSessionCommand = channelCommand(async ({ services, context, turn, place, t }, args: string) => {
  const format = args.trim() ? formatFromName(args) : undefined;
  if (args.trim() && !format) {
    const message = t('errors.session.unknownFormat', {
      name: args.trim(),
      formats: formatNames(turn.lang).join(', '),
    });
    return warn(context, message, args, t);
  }
  if (inMeetingChat(turn) && !turn.meeting.linkedTo) return offerMeetingLink(services, context, turn, args.trim());
  await startSessionHere(services, context, { ...turn, place }, format);
});

/** Starts the session of the turn's community where the turn is, and posts its first phase there. */
export async function startSessionHere(
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo & { place: NonNullable<TurnInfo['place']> },
  format: FormatId | undefined,
): Promise<void> {
  const result = await startSession(services.deps, {
    place: turn.place,
    actor: turn.actor,
    ...(format ? { format } : {}),
  });
  if (!result.ok) return answerStartFailure(services, context, turn, result.error);
  const { session, community, founded } = result.value;
  const ct = translator(community.language);
  const started =
    session.format === 'regular'
      ? ct('session.started', { number: session.number })
      : ct('session.startedFormat', { number: session.number, format: ct(`format.${session.format}`) });
  const body = [notice(started, 'Good')];
  if (founded) body.push(text(ct('session.founded', { name: turn.actor.name })));
  await postCard(context, adaptiveCard(body));
  if (turn.meeting) await holdInMeeting(services, session.id, context.activity);
  await postCurrentPhase(services, context, session, community);
  // A scheduled meeting's guests are not the community's roster: they join when they answer a card.
  if (!inMeetingChat(turn)) await syncRoster(services, context, community.id);
}

async function answerStartFailure(
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  error: DomainError,
): Promise<void> {
  const t = translator(turn.lang);
  const running =
    error.code === 'errors.session.alreadyRunning' && turn.place
      ? await runningSession(services.deps, turn.place.channel)
      : undefined;
  if (running) {
    const canSteer = (await roleOf(services.deps, running.community.id, turn.actor.userId)) === 'facilitator';
    return void (await postCard(context, alreadyRunningCard(running.session, t, canSteer)));
  }
  await refusal(context, t, error);
}

/** `/next` and `/previous`: moves one phase and posts the card of the phase that starts. */
export const movePhaseCommand = channelCommand(async ({ services, context, turn, place, t }, step: 1 | -1) => {
  const result = await moveSessionPhase(services.deps, { channel: place.channel, actorId: turn.actor.userId }, step);
  if (!result.ok) return refusal(context, t, result.error);
  await postCurrentPhase(services, context, result.value.session, result.value.community);
});

/** `/end-session`: ends the session, closes its cards and says how many took part in any of its phases. */
export const endSessionCommand = channelCommand(async ({ services, context, turn, place, t }) => {
  const result = await endSession(services.deps, { channel: place.channel, actorId: turn.actor.userId });
  if (!result.ok) return refusal(context, t, result.error);
  await announceEnded(services, context, turn.actor, result.value);
});

/**
 * After a session ended (by command or card): says how many took part, closes its cards, asks for the report (and
 * after the closing session for the year portfolio).
 */
export async function announceEnded(
  services: BotServices,
  context: TurnContext,
  actor: Person,
  { session, community }: Steered,
): Promise<void> {
  const count = await participantCount(services.deps, session);
  await postCard(context, sessionEndedCard(session, count, translator(community.language)));
  await closePostedCards(services, session, community);
  await requestEndOfSessionFiling(services, session, community, actor);
}

/** `/agenda`: the running session's phases, for anyone. */
export async function agendaCommand(services: BotServices, context: TurnContext, turn: TurnInfo): Promise<void> {
  const t = translator(turn.lang);
  const running = turn.place ? await runningSession(services.deps, turn.place.channel) : undefined;
  if (!running) return warn(context, t('session.noSession'));
  await postCard(context, agendaCard(running.session, t));
}
