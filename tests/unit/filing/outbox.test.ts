import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackoffPolicy, FilingRequest } from '../../../domain/report/filing';
import {
  claimDueJob,
  enqueueFiling,
  getFilingJob,
  recordFailure,
  recordFiled,
  wakeJobsWaitingForSignIn,
} from '../../../domain/report/filing';
import { collection } from '../../../domain/collection';
import type { Deps } from '../../../domain/ports';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';

let now: Date;
let deps: Deps;
let ids = 0;
const pinned: BackoffPolicy = { baseMs: 10_000, capMs: 60_000, random: () => 0.5 };
const lease = { owner: 'worker-a', leaseMs: 60_000 };
const links = { pdfUrl: 'https://x/a.pdf', pngUrl: 'https://x/a.png', webUrl: 'https://x/' };

const request = (sessionId = 's-1', extra: Partial<FilingRequest> = {}): FilingRequest => ({
  sessionId,
  target: { communityId: 'c-1', graphTeamId: 'team-1', channelId: '19:abc@thread.tacv2', language: 'nl' },
  requestedBy: { userId: '29:griet', aadObjectId: 'aad-griet' },
  ...extra,
});

const later = (ms: number) => (now = new Date(now.getTime() + ms));

beforeEach(() => {
  now = new Date('2026-11-22T15:00:00Z');
  deps = { store: openSqliteStore(':memory:'), clock: { now: () => now }, ids: { next: () => `id-${++ids}` } };
});

afterEach(() => deps.store.close());

describe('the report outbox', () => {
  it('keeps one job per session: asking again makes the same job due again', async () => {
    await enqueueFiling(deps, request());
    later(1000);
    const again = await enqueueFiling(deps, request());
    expect(again).toMatchObject({ state: 'pending', requests: 2, dueAt: now.toISOString() });
    expect(await deps.store.documents.list(collection('report-filing'))).toHaveLength(1);
  });

  it('gives a due job to one worker only, and to another when the first one died and its lease ran out', async () => {
    await enqueueFiling(deps, request());
    const [a, b] = await Promise.all([claimDueJob(deps, lease), claimDueJob(deps, { ...lease, owner: 'worker-b' })]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await claimDueJob(deps, { ...lease, owner: 'worker-b' })).toBeUndefined();

    later(60_001);
    const takenOver = await claimDueJob(deps, { ...lease, owner: 'worker-b' });
    expect(takenOver?.job.lease?.owner).toBe('worker-b');
    // The first worker comes back to life: its outcome no longer counts.
    expect(await recordFiled(deps, (a ?? b)!, links)).toBeUndefined();
    expect(await recordFiled(deps, takenOver!, links)).toMatchObject({ notice: 'filed', job: { state: 'filed' } });
  });

  it('waits longer after each failure, with jitter, up to a cap, and at least the Retry-After asked for', async () => {
    await enqueueFiling(deps, request());
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const claimed = await claimDueJob(deps, lease);
      const recorded = await recordFailure(
        deps,
        claimed!,
        { kind: 'transient', message: 'Graph answered 503' },
        pinned,
      );
      waits.push(Date.parse(recorded!.job.dueAt) - now.getTime());
      expect(await claimDueJob(deps, lease)).toBeUndefined();
      now = new Date(recorded!.job.dueAt);
    }
    expect(waits).toEqual([7_500, 15_000, 30_000, 45_000, 45_000]);

    const claimed = await claimDueJob(deps, lease);
    const throttled = await recordFailure(
      deps,
      claimed!,
      { kind: 'transient', message: '429', retryAfterMs: 300_000 },
      pinned,
    );
    expect(Date.parse(throttled!.job.dueAt) - now.getTime()).toBe(300_000);
  });

  it('spreads retries of jobs that failed together', async () => {
    const spread: BackoffPolicy = {
      ...pinned,
      random: (() => {
        let n = 0;
        return () => [0, 0.99][n++ % 2]!;
      })(),
    };
    await enqueueFiling(deps, request('s-1'));
    await enqueueFiling(deps, request('s-2'));
    const first = await recordFailure(
      deps,
      (await claimDueJob(deps, lease))!,
      { kind: 'transient', message: 'x' },
      spread,
    );
    const second = await recordFailure(
      deps,
      (await claimDueJob(deps, lease))!,
      { kind: 'transient', message: 'x' },
      spread,
    );
    expect(first!.job.dueAt).not.toBe(second!.job.dueAt);
  });

  it('tells the facilitator once that filing is delayed, and again when it is filed', async () => {
    await enqueueFiling(deps, request());
    const notices = [];
    for (let i = 0; i < 3; i++) {
      const recorded = await recordFailure(
        deps,
        (await claimDueJob(deps, lease))!,
        { kind: 'transient', message: 'x' },
        pinned,
      );
      notices.push(recorded!.notice);
      now = new Date(recorded!.job.dueAt);
    }
    notices.push((await recordFiled(deps, (await claimDueJob(deps, lease))!, links))!.notice);
    expect(notices).toEqual(['delayed', undefined, undefined, 'filed']);
    expect((await getFilingJob(deps, 's-1'))?.value).toMatchObject({
      state: 'filed',
      attempts: 0,
      filed: { ...links, at: now.toISOString() },
    });

    await enqueueFiling(deps, request());
    const refiling = await recordFailure(
      deps,
      (await claimDueJob(deps, lease))!,
      { kind: 'transient', message: 'x' },
      pinned,
    );
    expect(refiling!.notice).toBe('delayed');
  });

  it('stops for good when retrying cannot help, until /report asks again', async () => {
    await enqueueFiling(deps, request());
    const recorded = await recordFailure(deps, (await claimDueJob(deps, lease))!, {
      kind: 'permanent',
      reason: 'channelName',
      message: '400',
    });
    expect(recorded).toMatchObject({ notice: 'failed', job: { state: 'failed', failure: 'channelName' } });
    later(24 * 3_600_000);
    expect(await claimDueJob(deps, lease)).toBeUndefined();

    const again = await enqueueFiling(deps, request());
    expect(again.state).toBe('pending');
    expect(again.failure).toBeUndefined();
    expect(await claimDueJob(deps, lease)).toBeDefined();
  });

  it('waits for a sign-in in delegated mode, asks for it once, and goes on when a facilitator signs in', async () => {
    await enqueueFiling(deps, request());
    const first = await recordFailure(deps, (await claimDueJob(deps, lease))!, {
      kind: 'sign-in',
      message: 'no token',
    });
    expect(first).toMatchObject({ notice: 'sign-in', job: { state: 'waiting-sign-in' } });
    later(3_600_000);
    expect(await claimDueJob(deps, lease)).toBeUndefined();

    expect(await wakeJobsWaitingForSignIn(deps, 'c-other')).toBe(0);
    expect(await wakeJobsWaitingForSignIn(deps, 'c-1', { userId: '29:lotte', aadObjectId: 'aad-lotte' })).toBe(1);
    const woken = await claimDueJob(deps, lease);
    expect(woken?.job.requestedBy).toEqual({ userId: '29:lotte', aadObjectId: 'aad-lotte' });
    const second = await recordFailure(deps, woken!, { kind: 'sign-in', message: 'no token' });
    expect(second!.notice).toBeUndefined();
  });

  it('files once more when /report arrives while the report is being filed', async () => {
    await enqueueFiling(deps, request());
    const claimed = await claimDueJob(deps, lease);
    later(500);
    await enqueueFiling(deps, request());
    const recorded = await recordFiled(deps, claimed!, links);
    expect(recorded).toMatchObject({ notice: 'filed', job: { state: 'pending', dueAt: now.toISOString() } });
    expect(await claimDueJob(deps, lease)).toBeDefined();
  });

  it('is still there after a restart of the process', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lk-outbox-'));
    const file = path.join(dir, 'leerkring.db');
    const first = { ...deps, store: openSqliteStore(file) };
    await enqueueFiling(first, request());
    await first.store.close();

    const second = { ...deps, store: openSqliteStore(file) };
    expect((await claimDueJob(second, lease))?.job.sessionId).toBe('s-1');
    await second.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
