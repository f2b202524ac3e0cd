import { createHash } from 'node:crypto';

/**
 * Azure Table keys: PartitionKey and RowKey may not hold / \ # ? or control characters, and are at
 * most 1 KiB of UTF-16 (512 characters). Free-text ids are encoded into ASCII that keeps both their
 * order and their prefixes, so range queries on encoded keys answer "in id order" and "id starts with".
 *
 * Each code point becomes one token, and no token is a prefix of another:
 *   0-9 A-Z a-z            themselves
 *   U+0000–U+002F          '!' + 2 hex digits   (e.g. '-' → '!2D')
 *   U+003A–U+0040          ':' + 2 hex digits   (e.g. ':' → ':3A')
 *   U+005B–U+0060          '[' + 2 hex digits   (e.g. '_' → '[5F')
 *   U+007B and above       '~' + 6 hex digits   (e.g. 'é' → '~0000E9')
 * The escape characters sort within the gap they stand for ('!' < '0', '9' < ':' < 'A', 'Z' < '[' < 'a',
 * 'z' < '~'), so token order is code point order: the order SQLite's BINARY collation gives too.
 */
export function encodeKey(text: string): string {
  let out = '';
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) out += char;
    else if (c < 0x30) out += `!${hex(c, 2)}`;
    else if (c < 0x41) out += `:${hex(c, 2)}`;
    else if (c < 0x61) out += `[${hex(c, 2)}`;
    else out += `~${hex(c, 6)}`;
  }
  return out;
}

/** The inverse of `encodeKey`. */
export function decodeKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length;) {
    const escape = key[i] as string;
    const width = escape === '~' ? 6 : '![:'.includes(escape) ? 2 : 0;
    if (width === 0) {
      out += escape;
      i += 1;
    } else {
      out += String.fromCodePoint(parseInt(key.slice(i + 1, i + 1 + width), 16));
      i += 1 + width;
    }
  }
  return out;
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** Joins encoded parts of a composite key; never produced by `encodeKey`, and not a token's first character. */
export const SEPARATOR = '|';

/** Above every continuation of an encoded key ('~~' never occurs in one): the end of a prefix range. */
export const PREFIX_END = '~~';

/** Azure's limit for PartitionKey and RowKey: 1 KiB of UTF-16. Our keys are ASCII. */
export const MAX_KEY_LENGTH = 512;

/** A key for equality lookups only: encoded, or a hash when the encoding would be too long. */
export function lookupKey(text: string): string {
  const key = encodeKey(text);
  if (key.length <= MAX_KEY_LENGTH) return key;
  // '~~' never starts an encoding, so a hashed key cannot collide with an encoded one.
  return `${PREFIX_END}${createHash('sha256').update(text, 'utf8').digest('base64url')}`;
}

/** A key whose order matters (it is range-queried): refused when too long, since a hash would lose the order. */
export function orderedKey(...parts: string[]): string {
  const key = parts.map(encodeKey).join(SEPARATOR);
  if (key.length > MAX_KEY_LENGTH) {
    throw new KeyTooLongError(
      `An id is too long for Azure Table storage: its key takes ${key.length} characters, ` +
        `at most ${MAX_KEY_LENGTH} fit.`,
    );
  }
  return key;
}

export class KeyTooLongError extends Error {}

/** `orderedKey` for a lookup: undefined for an id too long to have been stored. */
export function storedKey(...parts: string[]): string | undefined {
  const key = parts.map(encodeKey).join(SEPARATOR);
  return key.length > MAX_KEY_LENGTH ? undefined : key;
}

/** The RowKey range [from, to) of keys that start with the encoded parts (the last one a prefix). */
export function prefixRange(...parts: string[]): { from: string; to: string } {
  const from = parts.map(encodeKey).join(SEPARATOR);
  return { from, to: `${from}${PREFIX_END}` };
}
