/**
 * The Playground's sample community for the tab's browser tests: its people, a start session's traces (agreements,
 * ranked topics, driver ratings), and axe on a page.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { addPostIt } from '../../domain/activities/board/board-use-cases';
import { publishTopics, submitRanking } from '../../domain/activities/rank/rank-use-cases';
import type { Person } from '../../domain/community/community';
import { rateDriver } from '../../domain/driver/rate-driver';
import { CHANNEL, TEAM, type TestUser } from '../fakes/activities';
import type { Harness } from '../integration/harness';

// The same people as .m365agentsplayground.yml: the tab's local identity switcher offers them.
export const griet: TestUser = {
  id: 'user-id-0',
  name: 'Griet Van Damme',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
};
export const pieter: TestUser = {
  id: 'user-id-1',
  name: 'Pieter Claes',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
};
export const lotte: TestUser = {
  id: 'user-id-2',
  name: 'Lotte Janssens',
  aadObjectId: '00000000-0000-0000-0000-0000000000022',
};
export const person = (u: TestUser): Person => ({
  userId: u.id,
  name: u.name,
  ...(u.aadObjectId ? { aadObjectId: u.aadObjectId } : {}),
});

/** The sample channel's community and its latest session. */
export async function latestSession(h: Harness): Promise<{ communityId: string; sessionId: string }> {
  const deps = h.app.deps;
  const community = (await deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value;
  return { communityId: community.id, sessionId: (await deps.store.sessions.latest(community.id))!.value.id };
}

/** What a start session leaves behind: agreements, brainstormed topics ranked, driver ratings. */
export async function seedStartSession(h: Harness): Promise<void> {
  const deps = h.app.deps;
  const { sessionId } = await latestSession(h);
  const at = (phaseIndex: number, u: TestUser) => ({ sessionId, phaseIndex, actor: person(u) });
  await addPostIt(deps, {
    ...at(1, pieter),
    raw: { text: 'We read the material before we meet', category: 'preparation' },
    token: 'a1',
  });
  await addPostIt(deps, {
    ...at(1, lotte),
    raw: { text: 'Laptops closed unless we need them', category: 'presence' },
    token: 'a2',
  });
  const ideas = ['Formative feedback', 'Knowledge clips', 'Peer assessment', 'Rubrics for lab reports'];
  for (const [i, text] of ideas.entries())
    await addPostIt(deps, { ...at(5, i % 2 ? pieter : lotte), raw: { text }, token: `e${i}` });
  const ids = (await deps.store.contributions.list(sessionId, 'post-it'))
    .filter((p) => p.phaseIndex === 5)
    .map((p) => p.id);
  await submitRanking(deps, { ...at(6, pieter), raw: { [`rank_${ids[0]}`]: '1', [`rank_${ids[2]}`]: '2' } });
  await submitRanking(deps, { ...at(6, lotte), raw: { [`rank_${ids[0]}`]: '1', [`rank_${ids[1]}`]: '2' } });
  await publishTopics(deps, at(6, griet));
  for (const [u, score] of [
    [griet, 3],
    [pieter, 2],
    [lotte, 3],
  ] as const)
    await rateDriver(deps, { ...at(4, u), raw: score });
}

/** Axe on the page as it is: serious and critical violations fail the test. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated over the DevTools protocol: the tab's CSP (script-src 'self') refuses an inline script tag.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    // Fluent's focus sentinels (tabster's aria-hidden dummy inputs) are a documented false positive of
    // aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses them): leave only those out.
    const result = await (window as unknown as { axe: typeof axe }).axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect([label, violations]).toEqual([label, []]);
}
