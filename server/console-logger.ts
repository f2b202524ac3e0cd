import pc from 'picocolors';
import type { Logger } from '../domain/ports';

type Level = 'info' | 'warn' | 'error';
const COLOUR: Record<Level, (s: string) => string> = { info: pc.cyan, warn: pc.yellow, error: pc.red };

/** One readable line per event; fields as key=value. Callers never pass secrets or member text. */
export function consoleLogger(quiet = false): Logger {
  const write = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (quiet && level === 'info') return;
    const extra = fields
      ? Object.entries(fields).map(([k, v]) => `${pc.dim(k)}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      : [];
    const time = pc.dim(new Date().toISOString().slice(11, 23));
    const line = `${time} ${COLOUR[level](level.padEnd(5))} ${message} ${extra.join(' ')}`.trimEnd();
    (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
