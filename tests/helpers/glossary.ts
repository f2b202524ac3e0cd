import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Language = 'nl' | 'en';
export type Glossary = { ruledOut: Record<Language, string[]>; exceptions: string[] };
export type Catalogue = Record<string, string>;
export type Violation = { key: string; term: string; text: string };

const RULED_OUT_COLUMNS: Record<Language, string> = { nl: 'Ruled out (nl)', en: 'Ruled out (en)' };

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');
const quoted = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

/** Reads the ruled-out words of every row of the glossary table, and the allowed exceptions below it. */
export function parseGlossary(markdown: string): Glossary {
  const rows = markdown.split('\n').filter((line) => line.trim().startsWith('|'));
  const header = cells(rows[0] ?? '').map((cell) => cell.trim());
  const body = rows.slice(2).map(cells);
  const column = (language: Language): string[] => {
    const index = header.indexOf(RULED_OUT_COLUMNS[language]);
    if (index < 0) throw new Error(`The glossary has no column "${RULED_OUT_COLUMNS[language]}"`);
    return body.flatMap((row) => quoted(row[index] ?? ''));
  };
  const exceptionsSection = markdown.split(/^## Allowed exceptions$/m)[1] ?? '';
  const exceptions = exceptionsSection.split('\n').flatMap((line) => (line.startsWith('- ') ? quoted(line) : []));
  return { ruledOut: { nl: column('nl'), en: column('en') }, exceptions };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (term: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu');

/** Slash commands and placeholders are names, not words a member reads as Dutch or English. */
function checkable(text: string, exceptions: string[]): string {
  const named = text.replace(/\{\{\w+\}\}/g, ' ').replace(/(?<![\p{L}\p{N}])\/[\p{L}\p{N}-]+/gu, ' ');
  return exceptions.reduce((rest, phrase) => rest.replace(new RegExp(escape(phrase), 'giu'), ' '), named);
}

/** Every message that uses a ruled-out term, with the term it uses. */
export function ruledOutUses(catalogue: Catalogue, terms: string[], exceptions: string[]): Violation[] {
  const patterns = [...new Set(terms.map((term) => term.toLowerCase()))].map((term) => ({
    term,
    pattern: wholeWord(term),
  }));
  return Object.entries(catalogue).flatMap(([key, text]) => {
    const rest = checkable(text, exceptions);
    return patterns.filter(({ pattern }) => pattern.test(rest)).map(({ term }) => ({ key, term, text }));
  });
}

type Tree = { [key: string]: unknown };

/** `{ a: { b: "…" }, c: ["…"] }` gives `{ 'a.b': "…", 'c.0': "…" }`; non-string leaves are left out. */
export function flattenStrings(tree: unknown, prefix = ''): Catalogue {
  if (typeof tree === 'string') return { [prefix]: tree };
  if (tree === null || typeof tree !== 'object') return {};
  return Object.entries(tree as Tree).reduce<Catalogue>(
    (all, [key, value]) => ({ ...all, ...flattenStrings(value, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir: string, match: (name: string) => boolean): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json') && match(name))
    .map((name) => join(dir, name));

/** Every catalogue of one language, each message keyed by its file and path: i18n and the manifest localisation. */
export function cataloguesOf(root: string, language: Language): Catalogue {
  const files = [
    join(root, 'i18n', `${language}.json`),
    ...jsonFiles(join(root, 'i18n', language), () => true),
    ...jsonFiles(join(root, 'manifest'), (name) => name === `${language}.json` || name.startsWith(`${language}-`)),
  ];
  return files.reduce<Catalogue>(
    (all, file) => ({ ...all, ...flattenStrings(readJson(file), file.slice(root.length + 1)) }),
    {},
  );
}
