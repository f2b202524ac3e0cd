import { myActionsCommand } from './commands/my-actions-command';
import type { CommandName } from './command-parser';
import { activityCommand, checkInCommand, surveyCommand, voteCommand } from './commands/activity-commands';
import { autoCommand } from './commands/auto-command';
import type { CommandHandler } from './commands/command-handler';
import { communityCommand } from './commands/community-command';
import { archiveCommand, exportCommand, forgetMeCommand } from './commands/data-commands';
import { facilitatorCommand } from './commands/facilitator-command';
import { observerCommand } from './commands/observer-command';
import { helpCommand } from './commands/help-command';
import { reportCommand } from './commands/report-command';
import { planCommand, scheduleCommand } from './commands/schedule-commands';
import { agendaCommand, endSessionCommand, movePhaseCommand, startSessionCommand } from './commands/session-commands';

/** Which handler answers each command; the ones that take no arguments leave what was typed after them. */
export const COMMAND_ROUTES: Record<CommandName, CommandHandler> = {
  help: (services, context, turn) => helpCommand(services, context, turn),
  agenda: agendaCommand,
  'start-session': startSessionCommand,
  next: (services, context, turn) => movePhaseCommand(services, context, turn, 1),
  previous: (services, context, turn) => movePhaseCommand(services, context, turn, -1),
  'end-session': endSessionCommand,
  checkin: checkInCommand,
  brainstorm: (services, context, turn, args) => activityCommand(services, context, turn, ['brainstorm'], args),
  vote: voteCommand,
  rank: (services, context, turn) => activityCommand(services, context, turn, ['rank']),
  actions: (services, context, turn) =>
    turn.scope === 'personal'
      ? myActionsCommand(services, context, turn)
      : activityCommand(services, context, turn, ['actions']),
  retro: (services, context, turn, args) =>
    activityCommand(services, context, turn, ['retrospective', 'check-out'], args),
  survey: surveyCommand,
  report: reportCommand,
  plan: planCommand,
  schedule: scheduleCommand,
  auto: autoCommand,
  facilitator: facilitatorCommand,
  observer: observerCommand('observer'),
  member: observerCommand('member'),
  community: communityCommand,
  export: exportCommand,
  archive: archiveCommand,
  'forget-me': forgetMeCommand,
};
