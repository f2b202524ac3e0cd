import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import type { ChannelRef, Community, Language, TeamsNames } from './community';
import { roleOf } from './role-of';

/** The longest name a facilitator may give a community: it heads reports, calendar files and the tab. */
export const MAX_COMMUNITY_NAME = 80;

/** "<team> · <channel>", or the team alone for its General channel. */
export const nameFromTeams = (names: TeamsNames): string =>
  names.channel ? `${names.team} · ${names.channel}` : names.team;

const sameNames = (a: TeamsNames | undefined, b: TeamsNames): boolean => a?.team === b.team && a?.channel === b.channel;

/**
 * Stores what Teams calls the community's place (on a later command when Teams did not answer at founding, or after
 * a rename); the community takes that name unless a facilitator named it. Nothing when there is no community.
 */
export function applyTeamsNames(
  deps: Deps,
  channel: ChannelRef,
  names: TeamsNames,
): Promise<Result<Community | undefined>> {
  return retryOnConflict(async () => {
    const stored = await deps.store.communities.findByChannel(channel);
    if (!stored) return ok(undefined);
    if (sameNames(stored.value.teamsNames, names)) return ok(stored.value);
    const next: Community = { ...stored.value, teamsNames: names };
    if (!next.namedBy) next.name = nameFromTeams(names);
    const saved = await deps.store.communities.save(next, stored.version);
    return saved.ok ? ok(next) : 'conflict';
  });
}

export interface CommunitySetting {
  channel: ChannelRef;
  actorId: string;
}

/** `/community name …`: a facilitator names the community; from then on Teams' renames leave the name alone. */
export function renameCommunity(deps: Deps, input: CommunitySetting & { name: string }): Promise<Result<Community>> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  const length = [...name].length;
  return changeCommunity(deps, input, (c) => {
    if (length === 0) return fail('community.errors.nameRequired');
    if (length > MAX_COMMUNITY_NAME) return fail('community.errors.nameTooLong', { length, max: MAX_COMMUNITY_NAME });
    return ok({ ...c, name, namedBy: input.actorId });
  });
}

const LANGUAGES: Record<string, Language> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};

/** `/community language nl|en`: the language of the community's shared cards, reports and calendar files. */
export function setCommunityLanguage(
  deps: Deps,
  input: CommunitySetting & { language: string },
): Promise<Result<Community>> {
  const language = LANGUAGES[input.language.trim().toLowerCase()];
  return changeCommunity(deps, input, (c) => (language ? ok({ ...c, language }) : fail('community.errors.language')));
}

/** Facilitators only, and the refusal comes first: a member learns who may, not what they typed wrong. */
function changeCommunity(
  deps: Deps,
  input: CommunitySetting,
  change: (community: Community) => Result<Community>,
): Promise<Result<Community>> {
  return retryOnConflict(async () => {
    const stored = await deps.store.communities.findByChannel(input.channel);
    if (!stored) return fail('community.errors.noCommunity');
    if ((await roleOf(deps, stored.value.id, input.actorId)) !== 'facilitator')
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, stored.value.id) });
    const next = change(stored.value);
    if (!next.ok) return next;
    const saved = await deps.store.communities.save(next.value, stored.version);
    return saved.ok ? next : 'conflict';
  });
}
