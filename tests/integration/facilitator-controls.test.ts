import { users } from '../fakes/activities';
import { cardOf, visibleText } from './card-reading';
import { channelUser, postedCardWith, verbsOn, type Card } from './steering';
import { useHarness } from './use-harness';

const harness = useHarness();
const STEERING = ['session.next', 'session.end', 'session.extend'];

const sharedNow = async (title: string): Promise<Card> => {
  await harness.h.app.updater.flush();
  const updates = harness.h.connector.updates().map((u) => cardOf(u.activity));
  return updates.filter((c) => visibleText(c).includes(title)).at(-1) ?? {};
};

async function startedCheckIn(variant?: string): Promise<Card> {
  const { say } = channelUser(harness);
  const posted = await say('/start-bijeenkomst', users.griet);
  if (!variant) return postedCardWith(posted, 'checkin.submit');
  // The check-in is already in the channel: another form changes that card in place.
  await say(`/checkin ${variant}`, users.griet);
  return sharedNow('Check-in · bijeenkomst 1');
}

describe("the facilitator's controls", () => {
  it("are only in a facilitator's own view of the card, never on the shared card or a member's", async () => {
    const { click, ownView } = channelUser(harness);
    const posted = await startedCheckIn();
    expect(visibleText(posted)).toContain('Fase 1 van 5 · 10 minuten');
    await click(posted, 'checkin.submit', { mood: 'sunny' }, users.pieter);
    const checkIn = await sharedNow('Check-in · bijeenkomst 1');
    expect((checkIn.refresh as { userIds: string[] }).userIds).toEqual([users.griet.id, users.pieter.id]);
    expect(verbsOn(checkIn).filter((v) => STEERING.includes(v))).toEqual([]);
    expect(verbsOn(await ownView(checkIn, users.pieter))).toEqual(['checkin.submit']);
    const griets = await ownView(checkIn, users.griet);
    expect(verbsOn(griets)).toEqual(expect.arrayContaining(['session.next', 'session.extend']));
    expect(visibleText(griets)).toContain('Voor trekkers\nVolgende fase\n5 minuten verlengen');
  });

  it('move on once on a double click, and refuse a member without taking their card', async () => {
    const { click, ownView, posted } = channelUser(harness);
    const checkIn = await startedCheckIn();
    const pieters = await click(await ownView(checkIn, users.griet), 'session.next', {}, users.pieter);
    expect(visibleText(pieters)).toContain('Alleen een trekker kan dat doen.');
    expect(verbsOn(pieters)).toContain('checkin.submit');
    const griets = await ownView(checkIn, users.griet);
    let first: Card = {};
    const calls = await posted(async () => (first = await click(griets, 'session.next', {}, users.griet)));
    expect(visibleText(first)).toContain('Door naar de volgende fase: fase 2 van 5 is begonnen in het kanaal.');
    expect(visibleText(postedCardWith(calls, 'board.add'))).toContain('Exploreren · bijeenkomst 1');
    let second: Card = {};
    expect(await posted(async () => (second = await click(griets, 'session.next', {}, users.griet)))).toEqual([]);
    expect(visibleText(second)).toContain('De fase van deze kaart is voorbij: de bijeenkomst is nu in fase 2 van 5.');
    expect((await sessionOf(checkIn)).state).toMatchObject({ kind: 'running', phaseIndex: 1 });
  });

  it('extend the phase by 5 minutes for everyone, and refuse a member', async () => {
    const { click, ownView } = channelUser(harness);
    const checkIn = await startedCheckIn();
    const refused = await click(await ownView(checkIn, users.griet), 'session.extend', {}, users.lotte);
    expect(visibleText(refused)).toContain('Alleen een trekker kan dat doen.');
    const extended = await click(await ownView(checkIn, users.griet), 'session.extend', {}, users.griet);
    expect(visibleText(extended)).toContain('Verlengd: deze fase duurt nu 15 minuten.');
    expect(visibleText(extended)).toContain('Fase 1 van 5 · 15 minuten');
    expect(visibleText(await sharedNow('Check-in · bijeenkomst 1'))).toContain('Fase 1 van 5 · 15 minuten');
    expect((await sessionOf(checkIn)).agenda[0]!.minutes).toBe(15);
  });

  it('offer Publish on the ranking only to facilitators', async () => {
    const { say, click, ownView } = channelUser(harness);
    await say('/start-bijeenkomst startbijeenkomst', users.griet);
    for (let phase = 1; phase < 5; phase++) await say('/volgende', users.griet);
    // The ranking puts the topics of the brainstorm just before it in order.
    const topics = postedCardWith(await say('/volgende', users.griet), 'board.add');
    await click(topics, 'board.add', { text: 'Erasmus-project' }, users.pieter);
    const rank = postedCardWith(await say('/volgende', users.griet), 'rank.submit');
    expect(verbsOn(rank)).not.toContain('rank.publish');
    expect(verbsOn(await ownView(rank, users.pieter))).not.toContain('rank.publish');
    expect(verbsOn(await ownView(rank, users.griet))).toEqual(expect.arrayContaining(['rank.publish', 'session.next']));
  });
});

async function sessionOf(card: Card) {
  const data = (card.refresh as { action: { data: { sessionId: string } } }).action.data;
  return (await harness.h.app.deps.store.sessions.get(data.sessionId))!.value;
}

describe("the check-in in the facilitators' own view", () => {
  const forms = [
    {
      variant: 'weer',
      answers: [{ mood: 'sunny' }, { mood: 'cloudy' }],
      summary: ['☀️ Zonnig 1 · ☁️ Bewolkt 1', 'Gemiddeld: ⛅ Opklaringen', 'Pieter Claes: ☀️ Zonnig'],
    },
    {
      variant: 'kleur',
      answers: [{ colour: 'green' }, { colour: 'green' }],
      summary: ['🟢 Groen 2', 'Lotte Janssens: 🟢 Groen'],
    },
    { variant: 'woord', answers: [{ word: 'Moe' }, { word: 'moe' }], summary: ['Moe ×2', 'Pieter Claes: Moe'] },
  ];
  it.each(forms)('sums up the $variant form and lists what each member wrote, shown to no member', async (form) => {
    const { click, ownView } = channelUser(harness);
    const posted = await startedCheckIn(form.variant);
    const [pieter, lotte] = form.answers;
    const pieters = { ...pieter, sinceLastTime: 'Rubric getest in 5B', obstacles: '' };
    await click(posted, 'checkin.submit', pieters, users.pieter);
    await click(posted, 'checkin.submit', { ...lotte, sinceLastTime: '', obstacles: 'Te weinig tijd' }, users.lotte);
    const shared = await sharedNow('Check-in · bijeenkomst 1');
    const griets = visibleText(await ownView(shared, users.griet));
    expect(griets).toContain('Check-ins van de leden (alleen trekkers zien dit)\nGemoed van de groep');
    for (const line of form.summary) expect(griets).toContain(line);
    expect(griets).toContain('Wat ze deden sinds de vorige bijeenkomst\nPieter Claes: Rubric getest in 5B');
    expect(griets).toContain('Hindernissen die ze tegenkwamen\nLotte Janssens: Te weinig tijd');
    for (const seen of [visibleText(shared), visibleText(await ownView(shared, users.pieter))]) {
      expect(seen).not.toContain('Te weinig tijd');
      expect(seen).not.toContain('Gemoed van de groep');
    }
  });

  it('stays under 28 KB with 30 members who wrote all they could, and points to the tab', async () => {
    const { click, ownView } = channelUser(harness);
    const posted = await startedCheckIn();
    const long = 'Ik heb in de klas een nieuwe werkvorm uitgeprobeerd. '.repeat(18).slice(0, 1000);
    for (let i = 0; i < 30; i += 1) {
      const member = { id: `29:lid-${i}`, name: `Lid ${i} met een lange familienaam` };
      await click(posted, 'checkin.submit', { mood: 'rainy', sinceLastTime: long, obstacles: long }, member);
    }
    const griets = await ownView(await sharedNow('Check-in · bijeenkomst 1'), users.griet);
    expect(new TextEncoder().encode(JSON.stringify(griets)).length).toBeLessThan(28 * 1024);
    expect(visibleText(griets)).toContain('🌧️ Regenachtig 30');
    expect(visibleText(griets)).toMatch(/Nog \d+ in het Leerkring-tabblad\./);
  }, 60_000);
});

describe('the controls on the introductions, the survey and the driver rating', () => {
  const steeringOn = (card: Card) => verbsOn(card).filter((v) => STEERING.includes(v));

  it("are in a facilitator's own view of the introductions, not in a member's who wrote one", async () => {
    const { say, click, ownView } = channelUser(harness);
    const posted = postedCardWith(
      await say('/start-bijeenkomst startbijeenkomst', users.griet),
      'introductions.submit',
    );
    expect(steeringOn(posted)).toEqual([]);
    expect(steeringOn(await ownView(posted, users.griet))).toEqual(['session.next', 'session.extend']);
    const intro = { programme: 'Verpleegkunde', courses: 'Anatomie 1', answer: 'Stoofvlees' };
    expect(steeringOn(await click(posted, 'introductions.submit', intro, users.pieter))).toEqual([]);
    const shared = await sharedNow('Kennismaking · bijeenkomst 1');
    expect((shared.refresh as { userIds: string[] }).userIds).toEqual([users.griet.id, users.pieter.id]);
    expect(steeringOn(shared)).toEqual([]);
    const pieters = await ownView(shared, users.pieter);
    expect(verbsOn(pieters)).toEqual(['introductions.submit']);
    expect(visibleText(pieters)).toContain('Mijn voorstelling aanpassen');
    const griets = visibleText(await ownView(shared, users.griet));
    expect(griets).toContain('Stoofvlees\nVoor trekkers\nVolgende fase\n5 minuten verlengen');
  });

  it("move the survey's close into the facilitator's block; members no longer see it", async () => {
    const { say, click, ownView } = channelUser(harness);
    await say('/start-bijeenkomst slotbijeenkomst', users.griet);
    for (let phase = 1; phase < 3; phase++) await say('/volgende', users.griet);
    const survey = postedCardWith(await say('/volgende', users.griet), 'survey.submit');
    expect(verbsOn(survey)).not.toContain('survey.close');
    expect(steeringOn(survey)).toEqual([]);
    const pieters = await click(survey, 'survey.submit', { likert_driver: '4' }, users.pieter);
    expect(verbsOn(pieters)).toEqual([]);
    expect(verbsOn(await click(survey, 'survey.refresh', {}, users.pieter))).toEqual([]);
    const griets = await ownView(survey, users.griet);
    expect(verbsOn(griets)).toEqual(['survey.close', 'session.next', 'session.extend', 'survey.submit']);
    expect(visibleText(griets)).toContain('Voor trekkers\nSluiten en resultaten tonen\nVolgende fase');
    const closed = await click(griets, 'survey.close', {}, users.griet);
    expect(visibleText(closed)).toContain('De bevraging is afgesloten');
    expect(verbsOn(closed)).toEqual(['session.next', 'session.extend']);
    const shared = await sharedNow('Impactbevraging · bijeenkomst 1');
    expect(steeringOn(shared)).toEqual([]);
    expect((shared.refresh as { userIds: string[] }).userIds).toEqual([users.griet.id]);
    // The closing discussion, the last phase: its board ends the session from the facilitator's view.
    const discussion = postedCardWith(await say('/volgende', users.griet), 'board.add');
    expect(steeringOn(await ownView(discussion, users.griet))).toEqual(['session.end', 'session.extend']);
    expect(steeringOn(discussion)).toEqual([]);
  });

  it('stay on the retrospective of a facilitator who rates the driver, and are not on a member’s', async () => {
    const { say, click } = channelUser(harness);
    await say('/start-bijeenkomst', users.griet);
    const retro = postedCardWith(await say('/retro', users.griet), 'driver.rate');
    expect(steeringOn(await click(retro, 'driver.rate', { rating: '4' }, users.pieter))).toEqual([]);
    const griets = await click(retro, 'driver.rate', { rating: '3' }, users.griet);
    expect(visibleText(griets)).toContain('Je beoordeling is bewaard.');
    expect(steeringOn(griets)).toEqual(['session.end', 'session.extend']);
  });
});
