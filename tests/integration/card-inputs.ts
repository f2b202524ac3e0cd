/** The id of the `<prefix>_<id>` input on the row of the idea with this text. */
export function inputFor(card: Record<string, unknown>, prefix: string, text: string): string {
  const row = JSON.stringify(card).match(new RegExp(`"text":"${text}"[^]*?"id":"(${prefix}_[0-9a-f]+)"`));
  if (!row?.[1]) throw new Error(`no ${prefix} input for ${text}`);
  return row[1];
}

/** The value a compact choice input shows, as the card fills it in. */
export const chosenOn = (card: Record<string, unknown>, id: string): string | undefined =>
  JSON.stringify(card).match(
    new RegExp(`"id":"${id}","style":"compact","choices":\\[[^\\]]*\\],"value":"(\\d+)"`),
  )?.[1];

/** The inputs that give each idea or topic (by its text) a value: the dots of a ballot, the places of a ranking. */
export const inputsFor = (
  card: Record<string, unknown>,
  prefix: string,
  values: Record<string, number>,
): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([text, value]) => [inputFor(card, prefix, text), String(value)]));
