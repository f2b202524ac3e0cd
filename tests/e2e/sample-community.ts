/**
 * The Playground's sample community for the tab's browser tests: its people, a start session's traces (agreements,
 * ranked topics, driver ratings), and axe on a page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { putUpInTurn } from '../helpers/post-its';
import { publishTopics, submitRanking } from '../../domain/activities/rank/rank-use-cases';
import type { Person } from '../../domain/community/community';
import { rateDriver } from '../../domain/driver/rate-driver';
import { CHANNEL, TEAM, message, type TestUser } from '../fakes/activities';
import { startHarness, type Harness } from '../integration/harness';
import { ROOT } from './local-stack';

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
  const agreements = [
    { text: 'We read the material before we meet', category: 'preparation' },
    { text: 'Laptops closed unless we need them', category: 'presence' },
  ];
  await putUpInTurn(deps, { sessionId, phaseIndex: 1 }, [pieter, lotte].map(person), agreements, 'a');
  const ideas = ['Formative feedback', 'Knowledge clips', 'Peer assessment', 'Rubrics for lab reports'];
  await putUpInTurn(deps, { sessionId, phaseIndex: 5 }, [lotte, pieter].map(person), ideas, 'e');
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

/** Builds the tab, then starts the server in local mode over a fresh data folder, with the sample people as roster. */
export async function startSampleServer(name: string): Promise<Harness> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-tab.mjs')], { cwd: ROOT, stdio: 'pipe' });
  const h = await startHarness({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `leerkring-${name}-`)) });
  h.connector.roster = [griet, pieter, lotte].map((u) => ({
    id: u.id,
    name: u.name,
    aadObjectId: u.aadObjectId ?? '',
  }));
  return h;
}

/** Types `text` in the sample channel as `from` (Griet, the facilitator, unless told), as the Connector sends it. */
export const sayIn =
  (h: () => Harness) =>
  async (text: string, from: TestUser = griet): Promise<void> => {
    const res = await h().post(message(text, from, { serviceUrl: h().connector.url, locale: 'en-US' }));
    expect(res.status).toBe(200);
  };

/** The local tab of the sample channel, played by `userId`, in English unless `extra` says otherwise. */
export const sampleTabUrl = (h: Harness, userId: string, extra = ''): string =>
  `${h.url}/tab/index.html?view=channel&lang=en&as=${userId}` +
  `&team=${encodeURIComponent(TEAM.id)}&channel=${encodeURIComponent(CHANNEL.id)}${extra}`;
