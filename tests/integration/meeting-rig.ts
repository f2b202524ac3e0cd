import { createCommunity, membership, type Role } from '../../domain/community/community';
import { meetingLinks } from '../../domain/meeting/meeting-link';
import { CHANNEL, TEAM, cardAction, message, users, type TestUser } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import type { Harness } from './harness';

type Card = Record<string, unknown>;
export type Scope = 'channel' | 'meeting' | 'channelMeeting';

/** Someone of another school's team: facilitator of a community of their own, in none of ours. */
export const jan = { id: '29:jan', name: 'Jan Peeters', aadObjectId: 'aad-jan' } satisfies TestUser;
export const people = [...Object.values(users), jan].map((u) => ({
  userId: u.id,
  name: u.name,
  aadObjectId: u.aadObjectId,
}));

/** Talks to the bot in a channel, a meeting chat or a channel meeting, in Dutch, as Teams sends it. */
export function meetingRig(h: () => Harness) {
  /** `bare`: a meeting chat's activity without `channelData.meeting` (card clicks may come so). */
  const where = (scope: Scope | 'bare', chatId?: string) => ({
    serviceUrl: h().connector.url,
    locale: 'nl-BE',
    scope: scope === 'bare' ? ('meeting' as const) : scope,
    withoutMeetingId: scope === 'bare',
    ...(chatId ? { chatId } : {}),
  });
  /** Says `text` and returns what the bot posted in answer (cards and lines). */
  const say = async (
    text: string,
    from: TestUser,
    scope: Scope | 'bare',
    chatId?: string,
  ): Promise<ConnectorCall[]> => {
    const before = h().connector.calls.length;
    expect((await h().post(message(text, from, where(scope, chatId)))).status).toBe(200);
    return h()
      .connector.sent()
      .filter((c) => h().connector.calls.indexOf(c) >= before);
  };
  /** Clicks `verb` on a card from a place, and returns the card the invoke answered with. */
  const click = async (
    card: Card,
    verb: string,
    inputs: object,
    from: TestUser,
    scope: Scope | 'bare',
    chatId?: string,
  ) => {
    // A dialog's submit (a post-it) is no button on the card: it carries the same card data as the refresh.
    const action = allActions(card).find((a) => a.verb === verb) ?? allActions(card)[0];
    if (!action) throw new Error(`no ${verb} on the card`);
    const res = await h().post(cardAction(verb, { ...action.data, ...inputs }, from, where(scope, chatId)));
    expect(res.status).toBe(200);
    return invokeCard(res.body);
  };
  /** The community of the channel: founded by Griet with one session started and ended; Pieter and Lotte members. */
  const channelCommunity = async (): Promise<string> => {
    h().connector.roster = [users.griet, users.pieter, users.lotte];
    await say('/start-bijeenkomst', users.griet, 'channel');
    await say('/einde', users.griet, 'channel');
    // Its report arrives in the channel a moment later: wait for it, so it is not taken for a meeting's post.
    await h().connector.waitFor((calls) => calls.some((c) => JSON.stringify(c.activity).includes('Verslag van')));
    const community = await h().app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id });
    return community!.value.id;
  };
  /** A community of another team, straight in the store, with who is in it and in which role. */
  const otherCommunity = async (name: string, roles: [TestUser, Role][]): Promise<string> => {
    const { store, clock } = h().app.deps;
    const id = `community-${name.toLowerCase().replace(/\W+/g, '-')}`;
    const founder = roles[0]![0];
    const channel = { teamId: `19:team-${id}@thread.tacv2`, channelId: `19:channel-${id}@thread.tacv2` };
    await store.communities.save(
      createCommunity({
        id,
        channel,
        name,
        language: 'nl',
        founder: { userId: founder.id, name: founder.name },
        now: clock.now(),
      }),
      null,
    );
    for (const [u, role] of roles)
      await store.members.add(
        membership(id, { userId: u.id, name: u.name, aadObjectId: u.aadObjectId! }, role, clock.now()),
      );
    return id;
  };
  const linkOf = async (chatId: string) =>
    (await h().app.deps.store.documents.get(meetingLinks, chatId))?.value.communityId;
  /** The tab's API as a local member. */
  const tab = (path: string, from: TestUser, body?: unknown) =>
    fetch(`${h().url}/api/tab${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'x-leerkring-local-user': from.id, 'accept-language': 'nl-BE', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { where, say, click, channelCommunity, otherCommunity, linkOf, tab };
}

/** What a member reads in a call: a card's text, or a plain message's line. */
export const shown = (call: ConnectorCall): string =>
  call.activity.attachments ? visibleText(cardOf(call.activity)) : String(call.activity.text);

export const isLine = (call: ConnectorCall): boolean =>
  !call.activity.attachments && typeof call.activity.text === 'string';
