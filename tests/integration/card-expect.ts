import { visibleText } from './card-reading';

type Card = Record<string, unknown>;

/** The member reads every text of `shown` on the card, and none of `hidden`. */
export function expectReads(card: Card, shown: string[], hidden: string[] = []): void {
  const text = visibleText(card);
  for (const part of shown) expect(text).toContain(part);
  for (const part of hidden) expect(text).not.toContain(part);
}

/** The card says why it took nothing, and hands back what the member typed, to copy. */
export function expectHandedBack(card: Card, why: string, typed: string): void {
  expectReads(card, [why, `Je schreef:\n${typed}`]);
}

/** The card shows these lines one right after the other, as a list or a table reads. */
export function expectLines(card: Card, lines: string[]): void {
  expect(visibleText(card)).toContain(lines.join('\n'));
}
