import { MEETING, message, users, type TestUser } from '../fakes/activities';
import { cardOf, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';
import { jan, meetingRig, people, shown } from './meeting-rig';

// A scheduled Teams meeting has a group chat of its own; a facilitator links it to a community once (issue 15).
jest.setTimeout(30_000);

let h: Harness;
const rig = meetingRig(() => h);
const LINK_TITLE = 'Voor welke leergemeenschap is deze chat?';

beforeEach(async () => {
  h = await startHarness({ tabUsers: people });
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

describe('linking a meeting chat with /start-session', () => {
  it('offers only what the facilitator facilitates; a click links the chat for good and starts there', async () => {
    const home = await rig.channelCommunity();
    await rig.otherCommunity('PLG Chemie', [
      [jan, 'facilitator'],
      [users.griet, 'member'],
    ]);
    await rig.otherCommunity('PLG Andere school', [[jan, 'facilitator']]);
    const name = (await h.app.deps.store.communities.get(home))!.value.name;

    const [offer, ...more] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
    expect(more).toEqual([]);
    const card = cardOf(offer!.activity);
    expect(visibleText(card).split('\n')).toEqual([
      LINK_TITLE,
      'Koppel deze chat één keer aan een leergemeenschap waarvan je trekker bent: haar bijeenkomsten lopen dan ' +
        'hier, met hun kaarten in deze chat, en het Leerkring-tabblad van deze chat toont ze.',
      `Koppelen aan ${name} en starten`,
    ]);
    expect(offer!.conversationId).toBe(MEETING.chatId);
    expect(await rig.linkOf(MEETING.chatId)).toBeUndefined();

    const before = h.connector.calls.length;
    const answer = await rig.click(card, 'meeting.link', {}, users.griet, 'bare');
    expect(visibleText(answer)).toBe(`Deze chat is nu gekoppeld aan ${name}.`);
    expect(await rig.linkOf(MEETING.chatId)).toBe(home);
    const posted = h.connector.sent().filter((c) => h.connector.calls.indexOf(c) >= before);
    expect(posted.map((c) => c.conversationId)).toEqual([MEETING.chatId, MEETING.chatId]);
    expect(shown(posted[0]!)).toBe('Bijeenkomst 2 is begonnen.');
    expect(shown(posted[1]!)).toMatch(/^Check-in · bijeenkomst 2\n/);

    // Linked: the next /start-session there is about that community's session, no link card again.
    const [again] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
    expect(shown(again!)).toMatch(/^Bijeenkomst 2 loopt nog/);
    // Nothing was founded in the meeting chat itself.
    expect(await h.app.deps.store.communities.findByChannel({ teamId: null, channelId: MEETING.chatId })).toBe(
      undefined,
    );
  });

  it('tells someone who facilitates no community, in one line, who can link the chat; nothing is linked', async () => {
    await rig.channelCommunity();
    for (const [lang, line] of [
      ['nl-BE', 'Deze chat is nog niet gekoppeld aan een leergemeenschap, en alleen een van haar trekkers kan hem'],
      ['en-GB', 'This chat is not linked to a learning community yet, and only one of its facilitators can link it.'],
    ] as const) {
      const before = h.connector.calls.length;
      const res = await h.post(message('/start-session', users.lotte, { ...rig.where('meeting'), locale: lang }));
      expect(res.status).toBe(200);
      const posted = h.connector.sent().filter((c) => h.connector.calls.indexOf(c) >= before);
      expect(posted).toHaveLength(1);
      expect(shown(posted[0]!)).toContain(line);
    }
    expect(await rig.linkOf(MEETING.chatId)).toBeUndefined();
  });

  it('refuses the link card to a member who is no facilitator, and to a facilitator of another team', async () => {
    await rig.channelCommunity();
    const [offer] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
    const card = cardOf(offer!.activity);
    for (const who of [users.pieter, jan]) {
      const answer = visibleText(await rig.click(card, 'meeting.link', {}, who, 'meeting'));
      expect(answer).toMatch(/^Alleen een trekker kan dat doen\. De trekkers van deze leergemeenschap: Griet/);
    }
    expect(await rig.linkOf(MEETING.chatId)).toBeUndefined();
  });
});

describe("linking a meeting chat from the meeting's tab", () => {
  const meetingMe = async (who: TestUser) =>
    (
      (await (await rig.tab(`/me?channelId=${encodeURIComponent(MEETING.chatId)}`, who)).json()) as {
        community: { id: string } | null;
      }
    ).community?.id ?? null;

  it('lists the communities the caller facilitates and links the chat; the tab then opens that community', async () => {
    const home = await rig.channelCommunity();
    const chemie = await rig.otherCommunity('PLG Chemie', [
      [jan, 'facilitator'],
      [users.griet, 'member'],
    ]);
    const list = async (who: TestUser) =>
      ((await (await rig.tab('/meeting/communities', who)).json()) as { communities: { id: string }[] }).communities;
    expect((await list(users.griet)).map((c) => c.id)).toEqual([home]);
    expect(await list(users.lotte)).toEqual([]);
    expect((await list(jan)).map((c) => c.id)).toEqual([chemie]);
    expect(await meetingMe(users.pieter)).toBeNull();

    const res = await rig.tab('/meeting/link', users.griet, { chatId: MEETING.chatId, communityId: home });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { community: { id: string } }).community.id).toBe(home);
    expect(await rig.linkOf(MEETING.chatId)).toBe(home);
    // Members open the linked community in the meeting's tab; someone outside it still sees none.
    expect(await meetingMe(users.pieter)).toBe(home);
    expect(await meetingMe(jan)).toBeNull();
    // And /start-session in the chat now starts its session without asking, even from a client that does not name
    // the meeting (the Agents Playground's group chat, linked like this, plays a meeting chat locally).
    const posted = await rig.say('/start-bijeenkomst', users.griet, 'bare');
    expect(posted.map(shown)).toEqual([
      'Bijeenkomst 2 is begonnen.',
      expect.stringMatching(/^Check-in · bijeenkomst 2/),
    ]);
    const next = await rig.say('/volgende', users.griet, 'bare');
    expect(next.map(shown)).toEqual([
      'Nu fase 2 van 5: Exploreren (25 minuten). De kaart van de bijeenkomst hierboven toont ze.',
    ]);
  });

  it('refuses members, other teams, moving the link, and a body without a chat (naming it)', async () => {
    const home = await rig.channelCommunity();
    const chemie = await rig.otherCommunity('PLG Chemie', [[jan, 'facilitator']]);
    const link = (who: typeof users.griet, body: unknown) => rig.tab('/meeting/link', who, body);
    const refusal = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error];

    expect(await refusal(await link(users.lotte, { chatId: MEETING.chatId, communityId: home }))).toEqual([
      403,
      expect.objectContaining({ code: 'errors.role.facilitatorOnly' }),
    ]);
    expect(await refusal(await link(jan, { chatId: MEETING.chatId, communityId: home }))).toEqual([
      403,
      expect.objectContaining({ code: 'tab.errors.notMember' }),
    ]);
    expect((await link(users.griet, { chatId: MEETING.chatId, communityId: home })).status).toBe(200);
    const moved = await refusal(await link(jan, { chatId: MEETING.chatId, communityId: chemie }));
    expect(moved).toEqual([409, expect.objectContaining({ code: 'errors.meeting.linkedElsewhere' })]);
    expect((moved[1] as unknown as { message: string }).message).toMatch(/^Deze chat is al gekoppeld aan /);
    expect(await rig.linkOf(MEETING.chatId)).toBe(home);
    expect(await refusal(await link(users.griet, { communityId: home }))).toEqual([
      400,
      expect.objectContaining({ code: 'tab.errors.invalid', field: 'chatId' }),
    ]);
  });
});
