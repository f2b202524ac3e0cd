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
import { parseCommand, type CommandName } from './command-parser';
import { reportCommand } from './commands/report-command';
import { autoCommand } from './commands/auto-command';
import { planCommand, scheduleCommand } from './commands/schedule-commands';
import { rememberPersonalChat, rememberPlace } from './channel-places';
import { activityCommand, checkInCommand, surveyCommand, voteCommand } from './commands/activity-commands';
import { facilitatorCommand } from './commands/facilitator-command';
import { communityCommand } from './commands/community-command';
import { notUnderstood } from './commands/not-understood';
import { withTeamsNames } from './teams-names';
import { onChannelRenamed, onTeamRenamed, rememberTeamCommunity } from './teams-renames';
import { helpCommand } from './commands/help-command';
import { myActionsCommand } from './commands/my-actions-command';
import { archiveCommand, exportCommand, forgetMeCommand } from './commands/data-commands';
import { agendaCommand, endSessionCommand, movePhaseCommand, startSessionCommand } from './commands/session-commands';
import { answerWithoutDialogs } from './dialogs/dialog-fallback';
import { fetchDialog, submitDialog } from './dialogs/dialog-route';
import { cardResponse } from './invoke-response';
import { postCurrentPhase } from './phase-poster';
import { turnInfo, type TurnInfo } from './turn-info';

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
    const turn = turnInfo(context.activity);
    const data = (value.action?.data ?? {}) as CardData;
    const verb = value.action?.verb ?? '';
    if (!(await cardBelongsHere(this.services.deps, turn, data))) {
      this.services.log.warn('a card click from another conversation was refused', { verb, scope: turn.scope });
      return cardResponse(noticeCard(translator(turn.lang)('errors.session.otherCommunity'), 'Warning'));
    }
    if (verb === SESSION_VERBS.repostCurrent) return this.repostCurrentPhase(context, turn);
    const steer = STEER_ROUTES[verb];
    if (steer) return steer(this.services, context, turn, data);
    const handler = CARD_ACTION_ROUTES[verb];
    if (handler) return handler(this.services, turn, data);
    return cardResponse(noticeCard(translator(turn.lang)('errors.session.unknown'), 'Warning'));
  }

  /** A card's button opens a dialog to write in (a card update cannot wipe it); see bot/dialogs. */
  protected override handleTeamsTaskModuleFetch(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    return fetchDialog(this.services, turnInfo(context.activity), (request.data ?? {}) as CardData);
  }

  protected override handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    return submitDialog(this.services, turnInfo(context.activity), (request.data ?? {}) as CardData);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (await answerWithoutDialogs(this.services, context)) return;
    if (!context.activity.text) return; // e.g. a legacy card submit: nothing to parse
    const turn = turnInfo(context.activity);
    const t = translator(turn.lang);
    const said = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
    const parsed = parseCommand(said);
    switch (parsed.kind) {
      case 'command': {
        const named = await withTeamsNames(this.services, context, turn);
        await this.runCommand(context, named, parsed.name, parsed.args);
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

  private runCommand(context: TurnContext, turn: TurnInfo, name: CommandName, args: string): Promise<void> {
    switch (name) {
      case 'help':
        return helpCommand(this.services, context, turn);
      case 'agenda':
        return agendaCommand(this.services, context, turn);
      case 'start-session':
        return startSessionCommand(this.services, context, turn, args);
      case 'next':
        return movePhaseCommand(this.services, context, turn, 1);
      case 'previous':
        return movePhaseCommand(this.services, context, turn, -1);
      case 'end-session':
        return endSessionCommand(this.services, context, turn);
      case 'checkin':
        return checkInCommand(this.services, context, turn, args);
      case 'brainstorm':
        return activityCommand(this.services, context, turn, ['brainstorm'], args);
      case 'vote':
        return voteCommand(this.services, context, turn, args);
      case 'rank':
        return activityCommand(this.services, context, turn, ['rank']);
      case 'actions':
        if (turn.scope === 'personal') return myActionsCommand(this.services, context, turn);
        return activityCommand(this.services, context, turn, ['actions']);
      case 'retro':
        return activityCommand(this.services, context, turn, ['retrospective', 'check-out'], args);
      case 'survey':
        return surveyCommand(this.services, context, turn, args);
      case 'report':
        return reportCommand(this.services, context, turn);
      case 'plan':
        return planCommand(this.services, context, turn, args);
      case 'schedule':
        return scheduleCommand(this.services, context, turn);
      case 'auto':
        return autoCommand(this.services, context, turn, args);
      case 'facilitator':
        return facilitatorCommand(this.services, context, turn);
      case 'community':
        return communityCommand(this.services, context, turn, args);
      case 'export':
        return exportCommand(this.services, context, turn);
      case 'archive':
        return archiveCommand(this.services, context, turn, args);
      case 'forget-me':
        return forgetMeCommand(this.services, context, turn);
    }
  }

  private async repostCurrentPhase(context: TurnContext, turn: TurnInfo): Promise<AdaptiveCardInvokeResponse> {
    const t = translator(turn.lang);
    const running = turn.place ? await runningSession(this.services.deps, turn.place.channel) : undefined;
    if (!running) return cardResponse(noticeCard(t('errors.session.noneRunning'), 'Warning'));
    if ((await roleOf(this.services.deps, running.community.id, turn.actor.userId)) !== 'facilitator') {
      return cardResponse(alreadyRunningCard(running.session, t, false));
    }
    await postCurrentPhase(this.services, context, running.session, running.community);
    return cardResponse(alreadyRunningCard(running.session, t, true));
  }

  /** Remembers where the community lives, so reports and reminders can be posted there later. */
  private async rememberPlace(context: TurnContext, turn: TurnInfo): Promise<void> {
    if (turn.scope === 'personal')
      return rememberPersonalChat(this.services.deps.store, turn.actor.userId, context.activity);
    if (!turn.place) return;
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
