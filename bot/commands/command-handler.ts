import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import type { TurnInfo } from '../turn-info';

/** Answers one command a member typed; `args` is what they typed after its name. */
export type CommandHandler = (
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  args: string,
) => Promise<void>;
