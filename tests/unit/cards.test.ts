import * as AC from 'adaptivecards';
import { commandNames } from '../../bot/command-parser';
import type { AdaptiveCard } from '../../bot/cards/card-kit';
import { checkInCard, type CheckInCardView } from '../../bot/cards/check-in-card';
import { helpCard } from '../../bot/cards/help-card';
import { noticeCard } from '../../bot/cards/notice-card';
import { agendaCard, alreadyRunningCard, phaseCard, sessionEndedCard } from '../../bot/cards/session-cards';
import { welcomeCard } from '../../bot/cards/welcome-card';
import { startedSession } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';

const session = startedSession({ id: 's1', communityId: 'c1', number: 3, format: 'regular', startedBy: 'u', questionIndex: 1, now: new Date() });
const hostile = '*bold* _it_ [link](https://evil.example) # Kop\n- lijst\n> quote \\ <b>html</b>';
const view: CheckInCardView = { ref: { sessionId: 's1', phaseIndex: 0 }, sessionNumber: 3, question: 'dish', count: 15, open: true, refreshUserIds: Array.from({ length: 80 }, (_, i) => `29:u${i}`) };

const allCards = (lang: Lang): [string, AdaptiveCard][] => {
  const t = translator(lang);
  return [
    ['help (facilitator)', helpCard({ names: commandNames(lang), isFacilitator: true, hasCommunity: true, preface: ['x'] }, t)],
    ['help (member)', helpCard({ names: commandNames(lang), isFacilitator: false, hasCommunity: true }, t)],
    ['welcome', welcomeCard(t, false)],
    ['welcome (personal)', welcomeCard(t, true)],
    ['notice', noticeCard(t('errors.session.noneRunning'), 'Warning', hostile)],
    ['check-in (shared)', checkInCard(view, t)],
    ['check-in (mine)', checkInCard({ ...view, notice: { kind: 'saved', name: hostile }, values: { mood: 'sunny', answer: hostile, sinceLastTime: 'x'.repeat(1000), obstacles: 'y'.repeat(1000) } }, t)],
    ['check-in (closed)', checkInCard({ ...view, open: false }, t)],
    ['check-in (late)', checkInCard({ ...view, open: false, notice: { kind: 'late', name: 'Lotte' } }, t)],
    ['phase', phaseCard(session, 2, t)],
    ['agenda', agendaCard(session, t)],
    ['already running', alreadyRunningCard(session, t, true)],
    ['ended', sessionEndedCard(session, 7, t)],
  ];
};

function parseErrors(card: AdaptiveCard): string[] {
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...events, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}

/** Every string a TextBlock would render as markdown. */
function markdownTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(markdownTexts);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'TextBlock' && typeof o.text === 'string' ? [o.text] : [];
  return [...own, ...Object.values(o).flatMap(markdownTexts)];
}

describe.each(['nl', 'en'] as const)('every card in %s', (lang) => {
  it.each(allCards(lang))('%s parses without errors as Adaptive Card 1.5 and stays under 28 KB', (_name, card) => {
    expect(parseErrors(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });

  it.each(allCards(lang))('%s puts no text in a markdown TextBlock', (_name, card) => {
    expect(markdownTexts(card)).toEqual([]);
  });
});

describe('the check-in card', () => {
  const t = translator('nl');
  const json = (card: AdaptiveCard) => JSON.stringify(card);

  it('shows user text verbatim in a TextRun, so markdown cannot become a link', () => {
    const card = checkInCard({ ...view, notice: { kind: 'saved', name: hostile } }, t);
    expect(json(card)).toContain(JSON.stringify(`Bedankt, ${hostile}: je check-in is bewaard. Je kan hem aanpassen zolang de bijeenkomst loopt.`));
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

  it('offers an update button with the member\'s answers filled in', () => {
    const card = checkInCard({ ...view, values: { mood: 'rainy', answer: 'frietjes' } }, t);
    expect(card.actions?.[0]).toMatchObject({ type: 'Action.Execute', title: 'Mijn check-in aanpassen', verb: 'checkin.submit', data: { sessionId: 's1', phaseIndex: 0, cardVersion: 1 } });
    expect(json(card)).toContain('"value":"rainy"');
  });
});
