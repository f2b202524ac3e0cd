/** What members do in a phase; each kind is one card in the channel and one view in the tab. */
export type ActivityKind = 'check-in' | 'brainstorm' | 'condense' | 'make' | 'retrospective';

/** One step of a session's agenda. `key` names the phase; its title is the i18n key `phase.<key>.title`. */
export interface Phase {
  key: string;
  minutes: number;
  activity: ActivityKind;
}

export type FormatId = 'regular';

/** Templates a facilitator picks when starting a session; the agenda is copied so it can be edited later. */
export const FORMATS: Record<FormatId, readonly Phase[]> = {
  // Handbook §3.2: check-in, explore, condense, make, retrospective.
  regular: [
    { key: 'check-in', minutes: 10, activity: 'check-in' },
    { key: 'explore', minutes: 25, activity: 'brainstorm' },
    { key: 'condense', minutes: 15, activity: 'condense' },
    { key: 'make', minutes: 30, activity: 'make' },
    { key: 'retrospective', minutes: 10, activity: 'retrospective' },
  ],
};

/** Names a facilitator may type for each format, in English and Dutch. */
const FORMAT_NAMES: Record<string, FormatId> = {
  regular: 'regular',
  regulier: 'regular',
  gewoon: 'regular',
  gewone: 'regular',
};

/** The format named by the text, `regular` when no name is given, undefined when the name is unknown. */
export function formatFromName(name: string): FormatId | undefined {
  const key = name.trim().toLowerCase();
  return key === '' ? 'regular' : FORMAT_NAMES[key];
}

export const agendaFor = (format: FormatId): Phase[] => FORMATS[format].map((phase) => ({ ...phase }));
