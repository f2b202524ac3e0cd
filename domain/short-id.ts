/**
 * A short, stable id from a longer key (16 hex characters: two 32-bit FNV-1a hashes). Ids end up
 * on cards, where every byte counts toward Teams' size limit, and Teams user ids are long.
 */
export function shortId(key: string): string {
  return fnv1a(key, 0x811c9dc5) + fnv1a(key, 0x01000193 ^ 0x5bd1e995);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
