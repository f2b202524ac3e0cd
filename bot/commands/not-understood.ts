import type { TurnContext } from 'botbuilder';
import { translator } from '../../i18n/t';
import { postCard } from '../bot-services';
import { adaptiveCard, text, type AdaptiveCard } from '../cards/card-kit';
import type { ParsedCommand } from '../command-parser';
import type { TurnInfo } from '../turn-info';

/**
 * A mistyped command or plain chat in the channel: one short, calm line for whoever wrote it (Teams has no message
 * that only one member of a channel sees). A command is suggested for a slash or a single word, not for a sentence
 * ("hello there" is chat, not a typo of /help).
 */
export async function notUnderstood(
  context: TurnContext,
  turn: TurnInfo,
  said: string,
  parsed: Extract<ParsedCommand, { kind: 'unknown' }>,
): Promise<void> {
  const t = translator(turn.lang);
  const commandLike = parsed.typed.startsWith('/') || said.trim().split(/\s+/).length === 1;
  const line =
    parsed.suggestion && commandLike
      ? t('command.notUnderstoodSuggest', { command: parsed.typed, suggestion: parsed.suggestion })
      : t('command.notUnderstood');
  await postCard(context, oneLineCard(line));
}

/** One plain line: no colour, no heading, so a slip of the keyboard is no alarm in the channel. */
export const oneLineCard = (line: string): AdaptiveCard => adaptiveCard([text(line)]);
