import { linkMeeting } from '../../domain/meeting/meeting-link';
import { CHANNEL, CHANNEL_MEETING, MEETING, users } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { cardOf, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';
import { isLine, jan, meetingRig, people, shown, type Scope } from './meeting-rig';

// Point 4 of issue 15: a session in a Teams meeting keeps its cards in the meeting chat, with one live card that
// follows the phase and one short line per phase change. The Agents Playground plays no meeting, so these are
// meeting-shaped activities as the Bot Connector sends them.
jest.setTimeout(40_000);

let h: Harness;
const rig = meetingRig(() => h);
const OTHER_COMMUNITY =
  'Deze kaart hoort bij een andere leergemeenschap. Ze werkt alleen in het kanaal of de chat waar ze geplaatst werd.';

let now = new Date('2026-11-24T10:00:00Z');
const clock = { now: () => now };

beforeEach(async () => {
  now = new Date('2026-11-24T10:00:00Z');
  h = await startHarness({ tabUsers: people, clock, background: { phaseTickMs: 3_600_000 } });
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

const since = (mark: number): ConnectorCall[] => h.connector.sent().filter((c) => h.connector.calls.indexOf(c) >= mark);

/** The live card as the chat shows it now: the newest update of the activity that was posted as the live card. */
async function liveCard(id: string): Promise<string> {
  await h.app.updater.flush();
  const updates = h.connector.updates().filter((u) => u.activityId === id);
  return updates.length ? visibleText(cardOf(updates.at(-1)!.activity)) : '';
}

/** Steps through the session with /volgende; each step must post exactly one line and no card. */
async function stepThrough(scope: Scope, conversationId: string, liveId: string, upTo: number): Promise<string[]> {
  const lines: string[] = [];
  const total = 5; // the regular session's phases
  for (let index = 2; index <= upTo; index++) {
    const posted = await rig.say('/volgende', users.griet, scope);
    expect(posted.map((c) => [c.conversationId, isLine(c)])).toEqual([[conversationId, true]]);
    lines.push(shown(posted[0]!));
    expect(await liveCard(liveId)).toContain(`Fase ${index} van ${total}`);
  }
  return lines;
}

describe('a session in a scheduled meeting linked to the community', () => {
  it('keeps its cards in the meeting chat: one live card follows the phase, one line per change', async () => {
    const home = await rig.channelCommunity();
    expect(
      (await linkMeeting(h.app.deps, { chatId: MEETING.chatId, communityId: home, actorId: users.griet.id })).ok,
    ).toBe(true);
    const mark = h.connector.calls.length;
    const [started, live] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
    expect([started!.conversationId, live!.conversationId]).toEqual([MEETING.chatId, MEETING.chatId]);
    const liveId = live!.activityId;
    const checkIn = cardOf(live!.activity);
    expect(visibleText(checkIn)).toMatch(/^Check-in · bijeenkomst 2\nFase 1 van 5/);

    // Members answer the live card from the meeting chat, whether Teams names the meeting on the click or not.
    const answered = await rig.click(checkIn, 'checkin.submit', { colour: 'green' }, users.pieter, 'bare');
    expect(visibleText(answered)).not.toContain(OTHER_COMMUNITY);
    const session = (await h.app.deps.store.sessions.latest(home))!.value;
    expect(await h.app.deps.store.checkIns.count(session.id)).toBe(1);
    const lines = await stepThrough('meeting', MEETING.chatId, liveId, 5);
    expect(lines).toEqual([
      'Nu fase 2 van 5: Exploreren (25 minuten). De kaart van de bijeenkomst hierboven toont ze.',
      'Nu fase 3 van 5: Condenseren (15 minuten). De kaart van de bijeenkomst hierboven toont ze.',
      'Nu fase 4 van 5: Maken (30 minuten). De kaart van de bijeenkomst hierboven toont ze.',
      'Nu fase 5 van 5: Retrospectief (10 minuten). De kaart van de bijeenkomst hierboven toont ze.',
    ]);
    const ended = await rig.say('/einde', users.griet, 'meeting');
    expect(ended.map((c) => [c.conversationId, shown(c).split('\n')[0]])).toEqual([
      [MEETING.chatId, 'Bijeenkomst 2 is afgelopen. Bedankt allemaal!'],
    ]);
    // Every card of the session was the one live card: no card per phase, and none in the channel.
    const cards = since(mark).filter((c) => !isLine(c) && c.conversationId === MEETING.chatId);
    expect(cards.map((c) => shown(c).split('\n')[0])).toEqual([
      'Bijeenkomst 2 is begonnen.',
      'Check-in · bijeenkomst 2',
      'Bijeenkomst 2 is afgelopen. Bedankt allemaal!',
    ]);
    // Only the report goes to the channel, where it is filed with the others (it may come a moment later).
    const inChannel = since(mark).filter((c) => c.conversationId.startsWith(CHANNEL.id));
    expect(inChannel.map((c) => shown(c).split('\n')[0]).filter((t) => t !== 'Verslag van bijeenkomst 2')).toEqual([]);
    const updates = h.connector.calls.slice(mark).filter((c) => c.kind === 'update');
    expect(updates.every((u) => u.conversationId === MEETING.chatId && u.activityId === liveId)).toBe(true);
  });

  it(
    "refuses the live card's buttons in a chat that is not linked and in another community's meeting, " +
      'and follows a phase moved from the tab with one line',
    async () => {
      const home = await rig.channelCommunity();
      const other = await rig.otherCommunity('PLG Chemie', [[jan, 'facilitator']]);
      const OTHER_CHAT = '19:meeting_T3RoZXJNZWV0aW5n@thread.v2';
      const STRANGE_CHAT = '19:meeting_VW5saW5rZWQ@thread.v2';
      await linkMeeting(h.app.deps, { chatId: MEETING.chatId, communityId: home, actorId: users.griet.id });
      await linkMeeting(h.app.deps, { chatId: OTHER_CHAT, communityId: other, actorId: jan.id });
      const [, live] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
      const card = cardOf(live!.activity);
      for (const chat of [OTHER_CHAT, STRANGE_CHAT]) {
        const answer = await rig.click(card, 'checkin.submit', { colour: 'green' }, jan, 'meeting', chat);
        expect(visibleText(answer)).toBe(OTHER_COMMUNITY);
      }
      const session = (await h.app.deps.store.sessions.latest(home))!.value;
      expect(await h.app.deps.store.checkIns.count(session.id)).toBe(0);

      const mark = h.connector.calls.length;
      const res = await rig.tab(`/communities/${home}/session/step`, users.griet, { step: 1 });
      expect(res.status).toBe(200);
      await h.connector.waitFor(() => since(mark).length > 0);
      expect(since(mark).map((c) => [c.conversationId, shown(c)])).toEqual([
        [MEETING.chatId, 'Nu fase 2 van 5: Exploreren (25 minuten). De kaart van de bijeenkomst hierboven toont ze.'],
      ]);
      expect(await liveCard(live!.activityId)).toContain('Fase 2 van 5');
    },
  );
});

describe('a session started in the channel', () => {
  it('moves into the linked meeting when a facilitator posts its current phase again there', async () => {
    const home = await rig.channelCommunity();
    await linkMeeting(h.app.deps, { chatId: MEETING.chatId, communityId: home, actorId: users.griet.id });
    await rig.say('/start-bijeenkomst', users.griet, 'channel');
    const [running] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
    expect(shown(running!)).toMatch(/^Bijeenkomst 2 loopt nog/);
    const mark = h.connector.calls.length;
    await rig.click(cardOf(running!.activity), 'session.repostCurrent', {}, users.griet, 'meeting');
    const [live, ...none] = since(mark);
    expect(none).toEqual([]);
    expect([live!.conversationId, shown(live!).split('\n')[0]]).toEqual([MEETING.chatId, 'Check-in · bijeenkomst 2']);
    const posted = await rig.say('/next', users.griet, 'meeting');
    expect(posted.map((c) => [c.conversationId, isLine(c)])).toEqual([[MEETING.chatId, true]]);
    expect(await liveCard(live!.activityId)).toMatch(/^Exploreren · bijeenkomst 2/);
  });
});

describe('a timebox in a meeting', () => {
  it('moves the live card on by itself and says so in the one line, without a notice card', async () => {
    const home = await rig.channelCommunity();
    await linkMeeting(h.app.deps, { chatId: MEETING.chatId, communityId: home, actorId: users.griet.id });
    const [, live] = await rig.say('/start-bijeenkomst', users.griet, 'meeting');
    await rig.say('/auto aan', users.griet, 'meeting');
    const mark = h.connector.calls.length;
    now = new Date(now.getTime() + 11 * 60_000);
    await h.app.background.phases.tick();
    await h.connector.waitFor(() => since(mark).length > 0);
    expect(since(mark).map((c) => [c.conversationId, shown(c)])).toEqual([
      [MEETING.chatId, 'Nu fase 2 van 5: Exploreren (25 minuten). De kaart van de bijeenkomst hierboven toont ze.'],
    ]);
    expect(await liveCard(live!.activityId)).toMatch(/^Exploreren · bijeenkomst 2\nFase 2 van 5/);
  });
});

describe('a session in a channel meeting', () => {
  it("belongs to the channel's community and keeps its cards in the meeting's thread, one line a change", async () => {
    h.connector.roster = [users.griet, users.pieter];
    const thread = `${CHANNEL.id};messageid=${CHANNEL_MEETING.messageId}`;
    const [started, live] = await rig.say('/start-bijeenkomst', users.griet, 'channelMeeting');
    expect(shown(started!)).toContain('Bijeenkomst 1 is begonnen.');
    expect([started!.conversationId, live!.conversationId]).toEqual([thread, thread]);
    const lines = await stepThrough('channelMeeting', thread, live!.activityId, 2);
    expect(lines[0]).toBe('Nu fase 2 van 5: Exploreren (25 minuten). De kaart van de bijeenkomst hierboven toont ze.');
    // A post-it added from the meeting's thread lands on the live card.
    const board = cardOf(
      h.connector
        .updates()
        .filter((u) => u.activityId === live!.activityId)
        .at(-1)!.activity,
    );
    const added = await rig.click(
      board,
      'board.add',
      { text: 'Peerfeedback in labo 1', token: 'p1' },
      users.pieter,
      'channelMeeting',
    );
    expect(visibleText(added)).not.toContain(OTHER_COMMUNITY);
    expect(await liveCard(live!.activityId)).toContain('Peerfeedback in labo 1');
  });
});
