import type { Deps } from '../ports';

/**
 * How many members took part in a session: checked in, or gave anything in any of its phases (a post-it, a vote, a
 * ranking, an introduction, an answer…). A start session has no check-in, so counting check-ins alone said 0.
 * Observers are left out.
 */
export async function participantCount(deps: Deps, session: { id: string; communityId: string }): Promise<number> {
  const people = new Set((await deps.store.checkIns.list(session.id)).map((c) => c.userId));
  for (const c of await deps.store.contributions.listAllInCommunity(session.communityId))
    // Anonymous tallies carry no author.
    if (c.value.sessionId === session.id && c.value.authorId !== '') people.add(c.value.authorId);
  // Observers are not counted as members, whatever they gave before they were named one.
  for (const m of await deps.store.members.list(session.communityId))
    if (m.role === 'observer') people.delete(m.userId);
  return people.size;
}
