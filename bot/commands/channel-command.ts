import type { TurnContext } from 'botbuilder';
import type { DomainError } from '../../domain/errors';
import { translator, type Translate } from '../../i18n/t';
import { postCard, type BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import type { TurnInfo } from '../turn-info';

/** What a command works with once it is known to be said in a community's channel. */
export interface ChannelTurn {
  services: BotServices;
  context: TurnContext;
  turn: TurnInfo;
  place: NonNullable<TurnInfo['place']>;
  t: Translate;
}

/** Answers with a warning card; what the member typed, when given, is handed back under it. */
export const warn = async (context: TurnContext, message: string, typed?: string, t?: Translate): Promise<void> =>
  void (await postCard(context, noticeCard(message, 'Warning', typed, t)));

/** Answers with why a use case refused. */
export const refusal = (context: TurnContext, t: Translate, error: DomainError): Promise<void> =>
  warn(context, t(error.code, error.params));

/** A command that only works in a channel: in a personal chat it says so and does nothing. */
export const channelCommand =
  <A extends unknown[]>(run: (on: ChannelTurn, ...args: A) => Promise<void>) =>
  async (services: BotServices, context: TurnContext, turn: TurnInfo, ...args: A): Promise<void> => {
    const t = translator(turn.lang);
    if (!turn.place) return warn(context, t('errors.session.notInPersonalChat'));
    await run({ services, context, turn, place: turn.place, t }, ...args);
  };
