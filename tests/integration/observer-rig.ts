import { CHANNEL, TEAM, message, users, type TestUser } from '../fakes/activities';
import type { HarnessRef } from './use-harness';

/** A director in the team who never joined the community: Teams knows him, Leerkring does not yet. */
export const dirk = { id: '29:dirk', name: 'Dirk Peeters', aadObjectId: 'aad-dirk' } satisfies TestUser;

export const PEOPLE = [users.griet, users.pieter, users.lotte, dirk];
/** The tab's local identities: the same four people, known by their Entra object ids. */
export const TAB_PEOPLE = PEOPLE.map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId }));

export const OBSERVER_NL = 'Als waarnemer zie je de resultaten van de leergemeenschap, maar vul je de kaarten niet in.';

/** A message to the bot that also @mentions `who`, as Teams sends it (the mention without an Entra id). */
export function mentioning(ref: HarnessRef, text: string, from: TestUser, who: TestUser, locale = 'nl-BE') {
  const activity = message(`${text} <at>${who.name}</at>`, from, { ...ref.where, locale });
  (activity.entities as unknown[]).push({
    type: 'mention',
    text: `<at>${who.name}</at>`,
    mentioned: { id: who.id, name: who.name },
  });
  return activity;
}

/** The tab's API as one of the local people; the answer's status and JSON body. */
export function tabAs(ref: HarnessRef) {
  return async (who: TestUser, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${ref.h.url}/api/tab${path}`, {
      method,
      headers: { 'x-leerkring-local-user': who.id, 'accept-language': 'nl-BE', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
}

/** The community of the test channel, once the bot founded it. */
export async function communityIdOf(ref: HarnessRef): Promise<string> {
  const found = await ref.h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id });
  if (!found) throw new Error('no community in the test channel');
  return found.value.id;
}
