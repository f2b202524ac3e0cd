import { collection } from '../collection';
import type { ChannelRef, Community } from '../community/community';
import { roleOf } from '../community/role-of';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';

/** Download links of exports: one document each, its id the link's secret token. */
export const EXPORTS_COLLECTION = 'exports';
export const EXPORT_LINK_TTL_MS = 60 * 60 * 1000;

/** What a token unlocks; nothing about who asked is kept. */
export interface ExportLink {
  communityId: string;
  expiresAt: string;
}

export const exportLinks = collection<ExportLink>(EXPORTS_COLLECTION);

/** Tokens are made by the adapter from a secure random source; anything else never names a link. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

export interface ExportRequest {
  channel: ChannelRef;
  actorId: string;
  token: string;
}

/**
 * /export (`/exporteren`): a facilitator gets a link, valid for an hour, to a zip of everything the community produced.
 */
export async function createExportLink(
  deps: Deps,
  input: ExportRequest,
): Promise<Result<{ community: Community; link: ExportLink }>> {
  const stored = await deps.store.communities.findByChannel(input.channel);
  if (!stored) return fail('data.noCommunity');
  if ((await roleOf(deps, stored.value.id, input.actorId)) !== 'facilitator') {
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, stored.value.id) });
  }
  if (!TOKEN_PATTERN.test(input.token)) throw new Error('export token too weak');
  await sweepExpired(deps);
  const link: ExportLink = {
    communityId: stored.value.id,
    expiresAt: new Date(deps.clock.now().getTime() + EXPORT_LINK_TTL_MS).toISOString(),
  };
  const saved = await deps.store.documents.save(exportLinks, input.token, link, null);
  if (!saved.ok) throw new Error('export token collision');
  return ok({ community: stored.value, link });
}

/** The link behind a token, while it is valid; an expired one is removed. */
export async function redeemExportLink(deps: Deps, token: string): Promise<ExportLink | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const stored = await deps.store.documents.get(exportLinks, token);
  if (!stored) return undefined;
  if (Date.parse(stored.value.expiresAt) > deps.clock.now().getTime()) return stored.value;
  await deps.store.documents.remove(exportLinks, token, stored.version);
  return undefined;
}

async function sweepExpired(deps: Deps): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const d of await deps.store.documents.list(exportLinks)) {
    if (Date.parse(d.value.expiresAt) <= now) await deps.store.documents.remove(exportLinks, d.id, d.version);
  }
}
