/**
 * Who is being forgotten, and what stands in for them. `ids` are the Teams user id and the Entra object id;
 * `pseudonym` replaces each id wherever it is stored (also inside composite keys such as `3:<userId>`), and
 * `label` replaces every stored value that is exactly one of their names (as Teams sent them over time).
 * A name someone typed inside a longer text (a post-it saying "ask Griet") is that text's, and stays.
 */
export interface Forgotten {
  ids: readonly string[];
  names: readonly string[];
  pseudonym: string;
  label: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An id only where it stands on its own: `29:u1` inside `3:29:u1`, never `u1` inside `u10`. */
const idPattern = (ids: readonly string[]): RegExp | undefined => {
  const usable = ids.filter((id) => id.length > 0);
  if (usable.length === 0) return undefined;
  const alternatives = [...usable]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${alternatives})(?![A-Za-z0-9_-])`, 'g');
};

/** Replaces the person's ids and name in any JSON value; everything else stays as it was. */
export function pseudonymise<T>(value: T, who: Forgotten): T {
  const ids = idPattern(who.ids);
  const names = new Set(who.names.map((n) => n.trim()).filter((n) => n !== ''));
  const swapIds = (text: string) => (ids ? text.replace(ids, who.pseudonym) : text);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return names.has(v.trim()) ? who.label : swapIds(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, inner]) => [swapIds(k), walk(inner)]),
      );
    }
    return v;
  };
  return walk(value) as T;
}

/** Whether a value still holds one of the person's ids or their name. */
export const mentions = (value: unknown, who: Forgotten): boolean =>
  JSON.stringify(pseudonymise(value, who)) !== JSON.stringify(value);
