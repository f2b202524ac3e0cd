/** What members do in a phase; each kind is one card in the channel and one view in the tab. */
export type ActivityKind =
  | 'check-in'
  | 'introductions'
  | 'agreements'
  | 'brainstorm'
  | 'condense'
  | 'dot-vote'
  | 'rank'
  | 'driver'
  | 'actions'
  | 'retrospective'
  | 'check-out'
  | 'survey'
  | 'discussion';

/** One step of a session's agenda. `key` names the phase; its title is the i18n key `phase.<key>.title`. */
export interface Phase {
  key: string;
  minutes: number;
  activity: ActivityKind;
}

export const FORMAT_IDS = [
  'start',
  'regular',
  'closing',
  'appreciative-inquiry',
  'theme-group',
  'learning-work',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

const phase = (key: string, minutes: number, activity: ActivityKind): Phase => ({ key, minutes, activity });

/** Templates a facilitator picks when starting a session; the agenda is copied so it can be edited later. */
export const FORMATS: Record<FormatId, readonly Phase[]> = {
  // Handbook §2.2: the seven steps of the start session.
  start: [
    phase('introductions', 20, 'introductions'),
    phase('way-of-working', 15, 'agreements'),
    phase('shared-history', 20, 'brainstorm'),
    phase('expectations', 15, 'brainstorm'),
    phase('driver', 30, 'driver'),
    // Step 6: a brainstorm of topics first, then members rank those topics only (rank/topic-sources.ts).
    phase('topic-ideas', 15, 'brainstorm'),
    phase('topics', 20, 'rank'),
    phase('preview', 10, 'check-out'),
  ],
  // Handbook §3.2: check-in, explore, condense, make, retrospective.
  regular: [
    phase('check-in', 10, 'check-in'),
    phase('explore', 25, 'brainstorm'),
    phase('condense', 15, 'dot-vote'),
    phase('make', 30, 'actions'),
    phase('retrospective', 10, 'retrospective'),
  ],
  // Handbook §4–5: look back, celebrate, measure impact, anchor the results.
  closing: [
    phase('check-in', 10, 'check-in'),
    phase('retrospective', 20, 'retrospective'),
    phase('celebrate', 15, 'brainstorm'),
    phase('impact', 20, 'survey'),
    phase('anchoring', 25, 'discussion'),
  ],
  // Learning groups (seed 000): the appreciative-inquiry cycle.
  'appreciative-inquiry': [
    phase('define', 15, 'discussion'),
    phase('discovery', 25, 'brainstorm'),
    phase('dream', 25, 'brainstorm'),
    phase('design', 25, 'dot-vote'),
    phase('destiny', 15, 'actions'),
  ],
  // Theme groups (seed 002): from a practice question to a concrete answer.
  'theme-group': [
    phase('check-in', 10, 'check-in'),
    phase('practice-question', 15, 'discussion'),
    phase('examples', 25, 'brainstorm'),
    phase('answer', 30, 'actions'),
    phase('share', 15, 'retrospective'),
  ],
  // Learning-work communities (seed 004): students, teachers and professionals; participants may own a phase.
  'learning-work': [
    phase('check-in', 10, 'check-in'),
    phase('input', 20, 'discussion'),
    phase('explore', 25, 'brainstorm'),
    phase('condense', 15, 'dot-vote'),
    phase('make', 30, 'actions'),
    phase('check-out', 10, 'check-out'),
  ],
};

/** Names a facilitator may type for each format, in English and Dutch. */
const FORMAT_NAMES: Record<string, FormatId> = {
  start: 'start',
  startbijeenkomst: 'start',
  kickoff: 'start',
  regular: 'regular',
  regulier: 'regular',
  gewoon: 'regular',
  gewone: 'regular',
  closing: 'closing',
  slot: 'closing',
  slotbijeenkomst: 'closing',
  afsluiting: 'closing',
  'appreciative-inquiry': 'appreciative-inquiry',
  ai: 'appreciative-inquiry',
  waarderend: 'appreciative-inquiry',
  'waarderend-onderzoek': 'appreciative-inquiry',
  leergroep: 'appreciative-inquiry',
  'theme-group': 'theme-group',
  themagroep: 'theme-group',
  'learning-work': 'learning-work',
  'learning-work-community': 'learning-work',
  leerwerkgemeenschap: 'learning-work',
};

/** The format named by the text, `regular` when no name is given, undefined when the name is unknown. */
export function formatFromName(name: string): FormatId | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, '-');
  return key === '' ? 'regular' : FORMAT_NAMES[key];
}

/** The names to show when a format name is not known. */
export const formatNames = (lang: 'nl' | 'en'): string[] =>
  lang === 'nl'
    ? ['startbijeenkomst', 'regulier', 'slotbijeenkomst', 'waarderend-onderzoek', 'themagroep', 'leerwerkgemeenschap']
    : [...FORMAT_IDS];

export const agendaFor = (format: FormatId): Phase[] => FORMATS[format].map((p) => ({ ...p }));
