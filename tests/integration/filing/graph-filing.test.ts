import { rememberUserCommunity } from '../../../domain/community/user-communities';
import { getFilingJob, wakeJobsWaitingForSignIn } from '../../../domain/report/filing';
import { signInWaker } from '../../../server/filing/sign-in-waker';
import { appOnlyAccess, delegatedAccess, type DelegatedSignIns } from '../../../server/filing/graph-access';
import { graphFiler } from '../../../server/filing/graph-filer';
import { FakeGraph, type FakeChannel, type GraphFault, type GraphOperation } from '../../fakes/graph-server';
import { channels, fakeCredential, recordingRetry, reportOf, requestFor, startRig, type Rig } from './rig';

jest.setTimeout(30_000);

const FOLDER = 'Leerkring/Verslagen';
const clientRetry = { delaySeconds: 0, maxRetries: 3 };
let graph: FakeGraph;
let rig: Rig | undefined;
let retry: ReturnType<typeof recordingRetry>;

beforeEach(async () => {
  graph = new FakeGraph();
  await graph.start();
  Object.values(channels).forEach((c) => graph.addChannel(c));
  graph.allowToken('app-token', 'app:leerkring');
  retry = recordingRetry();
});

afterEach(async () => {
  expect(graph.unusedFaults()).toEqual([]);
  await rig?.stop();
  rig = undefined;
  await graph.stop();
});

function appOnlyRig(render = (id: string) => Promise.resolve(reportOf(id))): Rig {
  const access = appOnlyAccess({ baseUrl: graph.url, retry: clientRetry }, fakeCredential('app-token'));
  rig = startRig({ filer: graphFiler(access, { retry, chunkSize: 2 * 320 * 1024 }), render });
  return rig;
}

function delegatedRig(signIns: DelegatedSignIns): Rig {
  rig = startRig({
    filer: graphFiler(delegatedAccess({ baseUrl: graph.url, retry: clientRetry }, signIns), { retry }),
  });
  return rig;
}

const filed = (r: Rig) => r.notices.filter((n) => n.kind === 'filed');

/** The report is in the folder exactly once: one PDF and one PNG with the rendered bytes, nothing else anywhere. */
function expectFiledOnce(r: Rig, channel: FakeChannel, expected = reportOf('session-3')): void {
  const names = [`${expected.fileBase}.pdf`, `${expected.fileBase}.png`];
  expect(graph.list(channel, FOLDER)).toEqual(names);
  expect(graph.file(channel, `${FOLDER}/${names[0]}`)?.content.equals(expected.pdf)).toBe(true);
  expect(graph.file(channel, `${FOLDER}/${names[1]}`)?.content.equals(expected.png)).toBe(true);
  expect(graph.allFiles()).toHaveLength(2);
  expect(filed(r)).toHaveLength(1);
}

describe('filing a report through Graph (app-only)', () => {
  it('puts the PDF and the PNG in Leerkring/Verslagen of the channel, and gives the card its links', async () => {
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');

    expectFiledOnce(r, channels.standard);
    const { links } = filed(r)[0] as Extract<(typeof r.notices)[number], { kind: 'filed' }>;
    expect(links.pdfUrl).toMatch(/Leerkring\/Verslagen\/2026-11-22%20Bijeenkomst%203\.pdf$/);
    expect(links.pngUrl).toMatch(/\.png$/);
    expect(links.webUrl).toMatch(/Bijeenkomsten\/Leerkring\/Verslagen$/);
    expect(graph.file(channels.standard, `${FOLDER}/2026-11-22 Bijeenkomst 3.pdf`)?.writtenBy).toBe('app:leerkring');
    expect(r.notices.map((n) => n.kind)).toEqual(['filed']);
  });

  it("names the folder in the community's language", async () => {
    const r = appOnlyRig((id) => Promise.resolve(reportOf(id, 1000, 1, 'en')));
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expect(graph.list(channels.standard, 'Leerkring/Reports')).toEqual([
      '2026-11-22 Bijeenkomst 3.pdf',
      '2026-11-22 Bijeenkomst 3.png',
    ]);
  });

  it('replaces the files when a session is filed again (/report), never duplicates them', async () => {
    let version = 1;
    const r = appOnlyRig((id) => Promise.resolve(reportOf(id, 20_000, version)));
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the first filing');
    version = 2;
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 2, 'the second filing');

    expect(graph.list(channels.standard, FOLDER)).toEqual([
      '2026-11-22 Bijeenkomst 3.pdf',
      '2026-11-22 Bijeenkomst 3.png',
    ]);
    expect(
      graph
        .file(channels.standard, `${FOLDER}/2026-11-22 Bijeenkomst 3.pdf`)
        ?.content.equals(reportOf('session-3', 20_000, 2).pdf),
    ).toBe(true);
    expect([...graph.writes.values()]).toEqual([2, 2]);
  });

  it("keeps a private channel's reports in that channel's own drive", async () => {
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.private));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expectFiledOnce(r, channels.private);
    expect(graph.allFiles()[0]).toMatch(/^channel-19:kern@thread\.tacv2\/Kerngroep\/Leerkring\/Verslagen\//);
  });

  const smallFaults: [string, GraphOperation, GraphFault][] = [
    ['filesFolder throttled (429 + Retry-After)', 'filesFolder', { kind: 'throttle', retryAfterSeconds: 1 }],
    ['folder creation unavailable (503)', 'createFolder', { kind: 'unavailable', retryAfterSeconds: 0 }],
    ['the upload throttled (429 + Retry-After)', 'putContent', { kind: 'throttle', retryAfterSeconds: 2 }],
    ['the upload unavailable (503)', 'putContent', { kind: 'unavailable' }],
    ['the connection dropped during the upload', 'putContent', { kind: 'drop' }],
    ['the answer lost after the upload was stored', 'putContent', { kind: 'drop-after' }],
  ];

  it.each(smallFaults)('files exactly once with %s', async (_, operation, fault) => {
    graph.inject(operation, fault);
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expectFiledOnce(r, channels.standard);
    expect(
      graph.calls.some(
        (c) => c.operation === operation && (c.status === 'dropped' || c.status === 429 || c.status === 503),
      ),
    ).toBe(true);
    expect(r.notices.map((n) => n.kind)).toEqual(['filed']);
  });

  it('waits as long as Retry-After says before it sends an upload again', async () => {
    graph.inject('putContent', { kind: 'throttle', retryAfterSeconds: 2 });
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expect(retry.waits).toEqual([2000]);
  });

  const LARGE = 5 * 1024 * 1024;
  const largeFaults: [string, GraphOperation, GraphFault, number][] = [
    ['a slice throttled (429 + Retry-After)', 'uploadSlice', { kind: 'throttle', retryAfterSeconds: 3 }, 3],
    ['a slice unavailable (503)', 'uploadSlice', { kind: 'unavailable' }, 1],
    ['the connection dropped mid-upload', 'uploadSlice', { kind: 'drop' }, 4],
    ['a slice stored but its answer lost', 'uploadSlice', { kind: 'drop-after' }, 2],
    ['the upload session expired', 'uploadSlice', { kind: 'expire-session' }, 5],
    ['the last slice stored but its answer lost', 'uploadSlice', { kind: 'drop-after' }, 7],
    ['the upload session creation throttled', 'createUploadSession', { kind: 'throttle', retryAfterSeconds: 1 }, 0],
  ];

  it.each(largeFaults)(
    'files a report above 4 MB through an upload session exactly once with %s',
    async (_, operation, fault, skip) => {
      graph.inject(operation, fault, { skip });
      const r = appOnlyRig((id) => Promise.resolve(reportOf(id, LARGE)));
      await r.enqueue(requestFor('session-3', channels.standard));
      await r.waitFor(() => filed(r).length === 1, 'the report to be filed');

      expectFiledOnce(r, channels.standard, reportOf('session-3', LARGE));
      expect(graph.calls.filter((c) => c.operation === 'uploadSlice').length).toBeGreaterThanOrEqual(8);
      expect(
        graph.calls
          .filter((c) => c.operation === 'uploadSlice' || c.operation === 'uploadStatus')
          .every((c) => c.token === undefined),
      ).toBe(true);
      expect(graph.calls.filter((c) => c.operation === 'putContent').map((c) => c.path)).toEqual([
        expect.stringMatching(/\.png:\/content$/),
      ]);
      expect(r.notices.map((n) => n.kind)).toEqual(['filed']);
      const resumed =
        graph.calls.some((c) => c.operation === 'uploadStatus') ||
        graph.calls.filter((c) => c.operation === 'createUploadSession').length >= 2;
      expect(resumed || operation === 'createUploadSession').toBe(true);
    },
  );

  it(
    'leaves a long Retry-After to the outbox, ' + 'tells the facilitator once, and files when the wait is over',
    async () => {
      graph.inject('putContent', { kind: 'throttle', retryAfterSeconds: 120 });
      const r = appOnlyRig();
      await r.enqueue(requestFor('session-3', channels.standard));
      await r.waitFor(() => r.notices.length === 1, 'the delay notice');
      expect(r.notices).toEqual([{ kind: 'delayed', sessionId: 'session-3' }]);
      const waiting = await getFilingJob(r.deps, 'session-3');
      expect(Date.parse(waiting!.value.dueAt) - Date.now()).toBeGreaterThan(110_000);

      r.advance(121_000);
      r.worker.kick();
      await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
      expectFiledOnce(r, channels.standard);
      expect(r.notices.map((n) => n.kind)).toEqual(['delayed', 'filed']);
    },
  );

  it('keeps retrying with backoff while Graph is down, and files once it is back', async () => {
    graph.inject('putContent', { kind: 'unavailable' }, { times: 12 });
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expectFiledOnce(r, channels.standard);
    expect(r.notices.map((n) => n.kind)).toEqual(['delayed', 'filed']);
    expect(r.log.lines.filter((l) => l.startsWith('warn report filing failed'))).toHaveLength(2);
  });

  it('stops with a clear reason when the channel name holds characters Graph cannot handle', async () => {
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.special));
    await r.waitFor(() => r.notices.length === 1, 'the failure notice');
    expect(r.notices).toEqual([{ kind: 'failed', sessionId: 'session-3', reasonKey: 'filing.failed.channelName' }]);
    expect((await getFilingJob(r.deps, 'session-3'))?.value.state).toBe('failed');
    expect(graph.allFiles()).toEqual([]);
    expect(graph.calls.filter((c) => c.operation === 'filesFolder')).toHaveLength(1);
  });

  it("stops and says so when the app may not write in the channel's files", async () => {
    graph.allowToken('app-token', 'app:leerkring', false);
    const r = appOnlyRig();
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => r.notices.length === 1, 'the failure notice');
    expect(r.notices).toEqual([{ kind: 'failed', sessionId: 'session-3', reasonKey: 'filing.failed.permissions' }]);
  });

  it('says a group chat has no files folder', async () => {
    const r = appOnlyRig();
    const chat = requestFor('session-3', channels.standard);
    await r.enqueue({ ...chat, target: { ...chat.target, graphTeamId: null, channelId: '19:chat@thread.v2' } });
    await r.waitFor(() => r.notices.length === 1, 'the failure notice');
    expect(r.notices).toEqual([{ kind: 'failed', sessionId: 'session-3', reasonKey: 'filing.failed.notAChannel' }]);
  });
});

describe('filing a report through Graph on behalf of the facilitator (delegated)', () => {
  beforeEach(() => graph.allowToken('griet-token', 'user:griet'));

  it("files with the facilitator's token through the same client and outbox", async () => {
    const r = delegatedRig({
      credentialFor: (who) => (who.aadObjectId === 'aad-griet' ? fakeCredential('griet-token') : undefined),
    });
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expectFiledOnce(r, channels.standard);
    expect(graph.file(channels.standard, `${FOLDER}/2026-11-22 Bijeenkomst 3.pdf`)?.writtenBy).toBe('user:griet');
    expect(graph.calls.filter((c) => c.token !== undefined).every((c) => c.token === 'griet-token')).toBe(true);
  });

  it('waits without a sign-in at hand, asks the facilitator once, and files when they are back', async () => {
    const signedIn = new Set<string>();
    const r = delegatedRig({
      credentialFor: (who) => (signedIn.has(who.aadObjectId ?? '') ? fakeCredential('griet-token') : undefined),
    });
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => r.notices.length === 1, 'the sign-in notice');
    expect(r.notices).toEqual([{ kind: 'sign-in', sessionId: 'session-3' }]);
    expect((await getFilingJob(r.deps, 'session-3'))?.value.state).toBe('waiting-sign-in');
    expect(graph.calls).toEqual([]);

    signedIn.add('aad-griet');
    expect(await wakeJobsWaitingForSignIn(r.deps, 'community-1')).toBe(1);
    r.worker.kick();
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expectFiledOnce(r, channels.standard);
    expect(r.notices.map((n) => n.kind)).toEqual(['sign-in', 'filed']);
  });

  it("files a waiting report as soon as its facilitator opens the tab; a member's sign-in wakes nothing", async () => {
    const signedIn = new Set<string>();
    const r = delegatedRig({
      credentialFor: (who) => (signedIn.has(who.aadObjectId ?? '') ? fakeCredential('griet-token') : undefined),
    });
    const people = [
      { userId: '29:griet', name: 'Griet', aadObjectId: 'aad-griet', role: 'facilitator' as const },
      { userId: '29:lotte', name: 'Lotte', aadObjectId: 'aad-lotte', role: 'member' as const },
    ];
    for (const p of people) {
      await r.deps.store.members.add({ communityId: 'community-1', joinedAt: '2026-11-22T09:00:00Z', ...p });
      await rememberUserCommunity(r.deps, p.aadObjectId, 'community-1');
    }
    await r.enqueue(
      requestFor('session-3', channels.standard, { requestedBy: { userId: '29:pieter', aadObjectId: 'aad-pieter' } }),
    );
    await r.waitFor(() => r.notices.length === 1, 'the sign-in notice');
    const tabOpened = signInWaker(
      r.deps,
      (oid) => !signedIn.has(oid) && signedIn.add(oid).has(oid),
      () => r.worker.kick(),
      r.log,
    );

    await tabOpened('aad-lotte', 'lotte-sso-token');
    expect((await getFilingJob(r.deps, 'session-3'))?.value.state).toBe('waiting-sign-in');
    await tabOpened('aad-griet', 'griet-sso-token');
    await r.waitFor(() => filed(r).length === 1, 'the report to be filed');
    expect(graph.file(channels.standard, `${FOLDER}/2026-11-22 Bijeenkomst 3.pdf`)?.writtenBy).toBe('user:griet');
    expect((await getFilingJob(r.deps, 'session-3'))?.value.requestedBy).toEqual({
      userId: '29:griet',
      aadObjectId: 'aad-griet',
    });
  });

  it(
    'wakes a report again when the facilitator is still ' + 'signed in but another instance put it back to wait',
    async () => {
      let clock = 0;
      let attempts = 0; // each filing attempt asks for the requester's sign-in
      const r = delegatedRig({ credentialFor: () => void attempts++ }); // this "other instance" holds no token
      await r.deps.store.members.add({
        communityId: 'community-1',
        userId: '29:griet',
        name: 'Griet',
        aadObjectId: 'aad-griet',
        role: 'facilitator',
        joinedAt: '2026-11-22T09:00:00Z',
      });
      await rememberUserCommunity(r.deps, 'aad-griet', 'community-1');
      await r.enqueue(requestFor('session-3', channels.standard));
      await r.waitFor(() => r.notices.length === 1, 'the sign-in notice');
      const tabCall = signInWaker(
        r.deps,
        () => false,
        () => r.worker.kick(),
        r.log,
        () => clock,
      );
      const settle = () => new Promise((done) => setTimeout(done, 150));

      await tabCall('aad-griet', 'token');
      await r.waitFor(() => attempts === 2, 'a second attempt');
      await settle();
      expect((await getFilingJob(r.deps, 'session-3'))?.value.state).toBe('waiting-sign-in');
      await tabCall('aad-griet', 'token'); // within the minute: not looked at again
      await settle();
      expect(attempts).toBe(2);
      clock += 61_000;
      await tabCall('aad-griet', 'token');
      await r.waitFor(() => attempts === 3, 'a third attempt');
      expect(r.notices.map((n) => n.kind)).toEqual(['sign-in']); // the facilitator is not asked again
    },
  );

  it('never lets a failing sign-in break the tab call', async () => {
    const r = delegatedRig({ credentialFor: () => undefined });
    const tabCall = signInWaker(
      r.deps,
      () => {
        throw new Error('no OBO credential');
      },
      () => undefined,
      r.log,
    );
    await expect(tabCall('aad-griet', 'token')).resolves.toBeUndefined();
  });

  it("asks for a sign-in when the facilitator's token is refused or cannot be had", async () => {
    const expired = {
      getToken: () => Promise.reject(new Error('AADSTS500133: Assertion is not within its valid time range.')),
    };
    const r = delegatedRig({
      credentialFor: (who) => (who.userId === '29:griet' ? expired : fakeCredential('revoked-token')),
    });
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.enqueue(
      requestFor('session-4', channels.standard, { requestedBy: { userId: '29:lotte', aadObjectId: 'aad-lotte' } }),
    );
    await r.waitFor(() => r.notices.length === 2, 'two sign-in notices');
    expect(r.notices.map((n) => n.kind)).toEqual(['sign-in', 'sign-in']);
    expect(graph.calls.map((c) => c.status)).toEqual([401]);
    expect(graph.allFiles()).toEqual([]);
  });
});
