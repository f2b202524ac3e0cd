import type { AdaptiveCard } from '../../bot/cards/card-kit';
import { checkInCard } from '../../bot/cards/check-in-card';
import { translator } from '../../i18n/t';
import { markdownTexts, parseErrors } from '../fakes/card-checks';
import { hostile, sampleCards, view } from '../fakes/sample-cards';

describe.each(['nl', 'en'] as const)('every card in %s', (lang) => {
  it.each(sampleCards(lang))('%s parses without errors as Adaptive Card 1.5 and stays under 28 KB', (_name, card) => {
    expect(parseErrors(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });

  it.each(sampleCards(lang))('%s puts no text in a markdown TextBlock', (_name, card) => {
    expect(markdownTexts(card)).toEqual([]);
  });
});

describe('the check-in card', () => {
  const t = translator('nl');
  const json = (card: AdaptiveCard) => JSON.stringify(card);

  it('shows user text verbatim in a TextRun, so markdown cannot become a link', () => {
    const card = checkInCard({ ...view, notice: { kind: 'saved', name: hostile } }, t);
    expect(json(card)).toContain(
      JSON.stringify(`Bedankt, ${hostile}: je check-in is bewaard. Je kan hem aanpassen zolang de bijeenkomst loopt.`),
    );
  });

  it('refreshes at most 60 members, as Teams allows', () => {
    expect((checkInCard(view, t).refresh as { userIds: string[] }).userIds).toHaveLength(60);
  });

  it('asks the question of the day and counts without naming anyone', () => {
    const text = json(checkInCard(view, t));
    expect(text).toContain('Welk gerecht omschrijft jou het beste?');
    expect(text).toContain('15 leden hebben ingecheckt.');
  });

  it('has no form once the session has ended', () => {
    const closed = json(checkInCard({ ...view, open: false }, t));
    expect(closed).not.toContain('Input.');
    expect(closed).toContain('De check-in van deze bijeenkomst is gesloten.');
  });

  it('offers an update button that opens the check-in dialog, with no inputs a card update could wipe', () => {
    const card = checkInCard({ ...view, values: { mood: 'rainy', answer: 'frietjes' } }, t);
    expect(card.actions?.[0]).toMatchObject({
      type: 'Action.Submit',
      title: 'Mijn check-in aanpassen',
      data: {
        msteams: { type: 'task/fetch' },
        dialog: 'checkin.submit',
        sessionId: 's1',
        phaseIndex: 0,
        cardVersion: 1,
      },
    });
    expect(json(card)).not.toContain('Input.');
  });
});
