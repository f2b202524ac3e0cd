import { distance } from 'fastest-levenshtein';
import type { Lang } from '../i18n/t';

export const COMMANDS = [
  'help',
  'agenda',
  'start-session',
  'next',
  'previous',
  'checkin',
  'brainstorm',
  'vote',
  'rank',
  'actions',
  'retro',
  'survey',
  'end-session',
  'report',
  'plan',
  'schedule',
  'auto',
  'facilitator',
  'observer',
  'member',
  'community',
  'export',
  'archive',
  'forget-me',
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** What anyone may do: help, the agenda, the schedule and forgetting themselves; the rest steers. */
const FOR_EVERYONE: readonly CommandName[] = ['help', 'agenda', 'schedule', 'forget-me'];

/** Steering commands, for facilitators only. */
export const FACILITATOR_COMMANDS: readonly CommandName[] = COMMANDS.filter((c) => !FOR_EVERYONE.includes(c));

const DUTCH: Record<CommandName, string> = {
  help: 'hulp',
  agenda: 'agenda',
  'start-session': 'start-bijeenkomst',
  next: 'volgende',
  previous: 'vorige',
  checkin: 'checkin',
  brainstorm: 'brainstorm',
  vote: 'stemmen',
  rank: 'rangschikken',
  actions: 'acties',
  retro: 'retro',
  survey: 'bevraging',
  'end-session': 'einde',
  report: 'verslag',
  plan: 'plannen',
  schedule: 'planning',
  auto: 'auto',
  facilitator: 'trekker',
  observer: 'waarnemer',
  member: 'lid',
  community: 'gemeenschap',
  export: 'exporteren',
  archive: 'archiveren',
  'forget-me': 'vergeet-mij',
};

const ALIASES: Record<string, CommandName> = {
  ...Object.fromEntries(COMMANDS.map((c) => [c, c])),
  ...Object.fromEntries(COMMANDS.map((c) => [DUTCH[c], c])),
  back: 'previous',
  terug: 'previous',
  start: 'start-session',
  end: 'end-session',
  stop: 'end-session',
  'check-in': 'checkin',
  stem: 'vote',
  rangschik: 'rank',
  prioriteren: 'rank',
  action: 'actions',
  actie: 'actions',
  retrospective: 'retro',
  retrospectief: 'retro',
  enquete: 'survey',
  rapport: 'report',
  rooster: 'schedule',
  automatisch: 'auto',
  timebox: 'auto',
  kalender: 'schedule',
  enquête: 'survey',
  exporteer: 'export',
  archiveer: 'archive',
  leergemeenschap: 'community',
  forget: 'forget-me',
  vergeet: 'forget-me',
};

/** The longest message the bot takes as a command; longer text is handed back. */
export const MAX_COMMAND_LENGTH = 1000;

export type ParsedCommand =
  | { kind: 'command'; name: CommandName; args: string }
  | { kind: 'unknown'; typed: string; suggestion?: string }
  | { kind: 'empty' }
  | { kind: 'tooLong'; text: string; length: number; max: number };

/** Reads a command from a message whose @mention is already removed; the leading `/` is optional. */
export function parseCommand(raw: string): ParsedCommand {
  // The help card writes commands with non-breaking hyphens so they never wrap: copied back, they count as '-'.
  const message = raw
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .trim();
  const length = [...message].length;
  if (length > MAX_COMMAND_LENGTH) return { kind: 'tooLong', text: message, length, max: MAX_COMMAND_LENGTH };
  if (message === '' || message === '/') return { kind: 'empty' };
  const [first = '', ...rest] = message.split(/\s+/);
  const word = first.replace(/^\//, '').toLowerCase();
  const name = ALIASES[word];
  if (name) return { kind: 'command', name, args: rest.join(' ') };
  const suggestion = closest(word);
  return suggestion
    ? { kind: 'unknown', typed: first, suggestion: `/${suggestion}` }
    : { kind: 'unknown', typed: first };
}

/** How a command is written in a language, with its slash. */
export const commandName = (name: CommandName, lang: Lang): string => `/${lang === 'nl' ? DUTCH[name] : name}`;

export const commandNames = (lang: Lang): Record<CommandName, string> =>
  Object.fromEntries(COMMANDS.map((c) => [c, commandName(c, lang)])) as Record<CommandName, string>;

function closest(word: string): string | undefined {
  let best: { alias: string; d: number } | undefined;
  for (const alias of Object.keys(ALIASES)) {
    const d = distance(word, alias);
    if (!best || d < best.d) best = { alias, d };
  }
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return best && best.d <= tolerance ? best.alias : undefined;
}
