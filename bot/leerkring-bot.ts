import type {
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  TaskModuleRequest,
  TaskModuleResponse,
} from 'botbuilder';
import { TeamsActivityHandler, TurnContext } from 'botbuilder';
import { roleOf } from '../domain/community/role-of';
import { runningSession } from '../domain/session/steer-session';
import { translator } from '../i18n/t';
import { postCard, type BotServices } from './bot-services';
import { CARD_ACTION_ROUTES } from './card-action-routes';
import { STEER_ROUTES } from './card-steering';
import { cardBelongsHere } from './card-owner';
import { noticeCard } from './cards/notice-card';
import { SESSION_VERBS, alreadyRunningCard } from './cards/session-cards';
import { welcomeCard } from './cards/welcome-card';
import type { CardData } from './check-in-actions';
import { parseCommand } from './command-parser';
import { COMMAND_ROUTES } from './command-routes';
import { rememberPersonalChat, rememberPlace } from './channel-places';
import { notUnderstood } from './commands/not-understood';
import { withTeamsNames } from './teams-names';
import { onChannelRenamed, onTeamRenamed, rememberTeamCommunity } from './teams-renames';
import { helpCommand } from './commands/help-command';
import { answerWithoutDialogs } from './dialogs/dialog-fallback';
import { fetchDialog, submitDialog } from './dialogs/dialog-route';
import { cardResponse } from './invoke-response';
import { postCurrentPhase } from './phase-poster';
import { inMeetingChat, turnInfo, type TurnInfo } from './turn-info';
import { MEETING_VERBS } from './cards/meeting-link-card';
import { linkMeetingAction } from './commands/meeting-link-action';
import { holdInMeeting } from './meeting-chat';
import { meetingTurnInfo } from './meeting-place';
import { readsOfOneTurn } from '../domain/turn-reads';
import { prefetchCardReads } from './card-prefetch';

/** The Teams bot: a thin adapter from messages and card clicks to the domain's use cases. */
export class LeerkringBot extends TeamsActivityHandler {
  constructor(private readonly services: BotServices) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context);
      await next();
    });
    this.onTeamsTeamRenamedEvent(async (team, _context, next) => {
      await onTeamRenamed(this.services, team);
      await next();
    });
    this.onTeamsChannelRenamedEvent(async (channel, team, context, next) => {
      await onChannelRenamed(this.services, context, channel, team);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.welcomeOnce(context);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return this.withSharedReads(context, value.action?.data ?? {}, (services, turn, data) =>
      this.cardClick(services, context, turn, data, value.action?.verb ?? ''),
    );
  }

  private async cardClick(
    services: BotServices,
    context: TurnContext,
    turn: TurnInfo,
    data: CardData,
    verb: string,
  ): Promise<AdaptiveCardInvokeResponse> {
    if (!(await cardBelongsHere(services.deps, turn, data))) {
      services.log.warn('a card click from another conversation was refused', { verb, scope: turn.scope });
      return cardResponse(noticeCard(translator(turn.lang)('errors.session.otherCommunity'), 'Warning'));
    }
    if (verb === SESSION_VERBS.repostCurrent) return this.repostCurrentPhase(context, turn);
    if (verb === MEETING_VERBS.link) return linkMeetingAction(services, context, turn, data);
    const steer = STEER_ROUTES[verb];
    if (steer) return steer(services, context, turn, data);
    const handler = CARD_ACTION_ROUTES[verb];
    if (handler) return handler(services, turn, data);
    return cardResponse(noticeCard(translator(turn.lang)('errors.session.unknown'), 'Warning'));
  }

  /** A card's button opens a dialog to write in (a card update cannot wipe it); see bot/dialogs. */
  protected override handleTeamsTaskModuleFetch(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    return this.dialogTurn(context, request, fetchDialog);
  }

  protected override handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    return this.dialogTurn(context, request, submitDialog);
  }

  private async dialogTurn(
    context: TurnContext,
    request: TaskModuleRequest,
    step: typeof fetchDialog,
  ): Promise<TaskModuleResponse> {
    return this.withSharedReads(context, (request.data ?? {}) as CardData, step);
  }

  /** Runs a click's turn with its reads shared, the first of them started at once (bot/card-prefetch.ts). */
  private async withSharedReads<T>(
    context: TurnContext,
    data: CardData,
    run: (services: BotServices, turn: TurnInfo, data: CardData) => Promise<T>,
  ): Promise<T> {
    const reads = readsOfOneTurn(this.services.deps.store);
    const services = { ...this.services, deps: { ...this.services.deps, store: reads.store } };
    try {
      const turn = await meetingTurnInfo(services.deps, context.activity);
      prefetchCardReads(reads.store, turn, data);
      return await run(services, turn, data);
    } finally {
      reads.end();
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (await answerWithoutDialogs(this.services, context)) return;
    if (!context.activity.text) return; // e.g. a legacy card submit: nothing to parse
    const turn = await meetingTurnInfo(this.services.deps, context.activity);
    const t = translator(turn.lang);
    const said = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
    const parsed = parseCommand(said);
    switch (parsed.kind) {
      case 'command': {
        const named = await withTeamsNames(this.services, context, turn);
        await COMMAND_ROUTES[parsed.name](this.services, context, named, parsed.args);
        return this.rememberPlace(context, named);
      }
      case 'empty':
        return helpCommand(this.services, context, turn, [t('command.empty')]);
      case 'tooLong':
        return void (await postCard(
          context,
          noticeCard(t('command.tooLong', { length: parsed.length, max: parsed.max }), 'Warning', parsed.text, t),
        ));
      case 'unknown': {
        // In the channel the whole group reads along: one short line, not the whole overview.
        if (turn.scope !== 'personal') return notUnderstood(context, turn, said, parsed);
        const preface = [t('command.unknown', { command: parsed.typed })];
        if (parsed.suggestion) preface.push(t('command.didYouMean', { suggestion: parsed.suggestion }));
        return helpCommand(this.services, context, turn, preface);
      }
    }
  }

  private async repostCurrentPhase(context: TurnContext, turn: TurnInfo): Promise<AdaptiveCardInvokeResponse> {
    const t = translator(turn.lang);
    const running = turn.place ? await runningSession(this.services.deps, turn.place.channel) : undefined;
    if (!running) return cardResponse(noticeCard(t('errors.session.noneRunning'), 'Warning'));
    if ((await roleOf(this.services.deps, running.community.id, turn.actor.userId)) !== 'facilitator') {
      return cardResponse(alreadyRunningCard(running.session, t, false));
    }
    // Asked for in a meeting: the session moves its cards there, with a live card of its own.
    if (turn.meeting) await holdInMeeting(this.services, running.session.id, context.activity);
    await postCurrentPhase(this.services, context, running.session, running.community);
    return cardResponse(alreadyRunningCard(running.session, t, true));
  }

  /** Remembers where the community lives, so reports and reminders can be posted there later. */
  private async rememberPlace(context: TurnContext, turn: TurnInfo): Promise<void> {
    if (turn.scope === 'personal')
      return rememberPersonalChat(this.services.deps.store, turn.actor.userId, context.activity);
    // A scheduled meeting's chat is not where the community lives: reports and reminders stay in its channel.
    if (!turn.place || inMeetingChat(turn)) return;
    const community = await this.services.deps.store.communities.findByChannel(turn.place.channel);
    if (!community) return;
    await rememberPlace(this.services.deps.store, community.value.id, context.activity);
    const teamId = turn.place.channel.teamId;
    if (teamId) await rememberTeamCommunity(this.services.deps.store, teamId, community.value.id);
  }

  /** One welcome per conversation, however often Teams (or the Playground) reports the install. */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id.split(';')[0] ?? context.activity.conversation.id;
    const first = await this.services.deps.store.keyValues.putIfAbsent(`welcomed:${conversationId}`, {
      at: this.services.deps.clock.now().toISOString(),
    });
    const turn = turnInfo(context.activity);
    if (turn.scope === 'personal')
      await rememberPersonalChat(this.services.deps.store, turn.actor.userId, context.activity);
    if (first) await postCard(context, welcomeCard(translator(turn.lang), turn.scope === 'personal'));
  }
}
