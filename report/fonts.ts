import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * The report's one typeface, Inter, shipped as TTF by an npm package: resvg (PNG) and pdfkit (PDF)
 * load the same files, and text is measured with the same font's metrics, so nothing assumes a
 * system font and what fits in the measure fits in both outputs.
 */
export type Weight = 'regular' | 'bold';

export const FONT_FAMILY = 'Inter';

const FILES: Record<Weight, string> = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

export const fontFiles = (): string[] => [FILES.regular, FILES.bold];

interface LoadedFont {
  data: Buffer;
  font: fontkit.Font;
  /** Advance width per code point, in em. */
  advances: Map<number, number>;
}

const loaded = new Map<Weight, LoadedFont>();

function fontOf(weight: Weight): LoadedFont {
  let entry = loaded.get(weight);
  if (!entry) {
    const data = readFileSync(FILES[weight]);
    entry = { data, font: fontkit.create(data) as fontkit.Font, advances: new Map() };
    loaded.set(weight, entry);
  }
  return entry;
}

export const fontData = (weight: Weight): Buffer => fontOf(weight).data;

/** The width of `text` at `size`, from the font's own advance widths. */
export function measure(text: string, size: number, weight: Weight = 'regular'): number {
  const { font, advances } = fontOf(weight);
  let em = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    let advance = advances.get(cp);
    if (advance === undefined) {
      advance = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
      advances.set(cp, advance);
    }
    em += advance;
  }
  return em * size;
}

const printable = new Map<number, boolean>();

/**
 * The text as it can be drawn: characters the font has no glyph for (emoji, control characters)
 * are left out, and white space (new lines too) becomes single spaces. The stored text stays whole.
 */
export function drawable(text: string): string {
  const { font } = fontOf('regular');
  let out = '';
  for (const char of text.replace(/\s+/g, ' ')) {
    const cp = char.codePointAt(0) ?? 0;
    let ok = printable.get(cp);
    if (ok === undefined) {
      ok = cp === 0x20 || (cp > 0x20 && font.hasGlyphForCodePoint(cp));
      printable.set(cp, ok);
    }
    if (ok) out += char;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
