import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claimDueJob, getFilingJob } from '../../../domain/report/filing';
import { appOnlyAccess } from '../../../server/filing/graph-access';
import { graphFiler } from '../../../server/filing/graph-filer';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';
import { FakeGraph } from '../../fakes/graph-server';
import { channels, fakeCredential, recordingRetry, reportOf, startRig, waitFor, type Rig } from './rig';

jest.setTimeout(60_000);

const root = path.join(__dirname, '..', '..', '..');
let graph: FakeGraph;
let dir: string;
let rig: Rig | undefined;

beforeEach(async () => {
  graph = new FakeGraph();
  await graph.start();
  graph.addChannel(channels.standard);
  graph.allowToken('app-token', 'app:leerkring');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lk-filing-restart-'));
});

afterEach(async () => {
  await rig?.stop();
  rig = undefined;
  await graph.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the child until it dies: by its own SIGKILL, or by ours once it says it claimed the job. */
function runChildUntilKilled(dbFile: string, moment: 'after-enqueue' | 'after-claim'): Promise<NodeJS.Signals | null> {
  // `--import tsx` runs the TypeScript in this one process (the tsx CLI would put a second process in between).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'restart-child.ts'), dbFile, moment], {
    cwd: root,
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('claimed')) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

function freshProcess(dbFile: string): Rig {
  const access = appOnlyAccess(
    { baseUrl: graph.url, retry: { delaySeconds: 0, maxRetries: 3 } },
    fakeCredential('app-token'),
  );
  rig = startRig({ filer: graphFiler(access, { retry: recordingRetry() }), dbFile });
  return rig;
}

const expectFiledOnce = (r: Rig) => {
  const expected = reportOf('session-3');
  expect(graph.list(channels.standard, 'Leerkring/Verslagen')).toEqual([
    `${expected.fileBase}.pdf`,
    `${expected.fileBase}.png`,
  ]);
  expect(
    graph.file(channels.standard, `Leerkring/Verslagen/${expected.fileBase}.pdf`)?.content.equals(expected.pdf),
  ).toBe(true);
  expect(graph.allFiles()).toHaveLength(2);
  expect(r.notices.map((n) => n.kind)).toEqual(['filed']);
};

describe('a process that dies between the outbox write and the upload', () => {
  it('leaves the report in the outbox, and the next start files it', async () => {
    const dbFile = path.join(dir, 'leerkring.db');
    expect(await runChildUntilKilled(dbFile, 'after-enqueue')).toBe('SIGKILL');
    expect(graph.calls).toEqual([]);

    const r = freshProcess(dbFile);
    r.worker.kick();
    await waitFor(() => r.notices.length === 1, 'the report to be filed');
    expectFiledOnce(r);
  });

  it("had claimed the job: the next start files it once the dead worker's lease has run out", async () => {
    const dbFile = path.join(dir, 'leerkring.db');
    expect(await runChildUntilKilled(dbFile, 'after-claim')).toBe('SIGKILL');
    const store = openSqliteStore(dbFile);
    const left = await getFilingJob({ store, clock: { now: () => new Date() }, ids: { next: () => 'x' } }, 'session-3');
    await store.close();
    expect(left?.value).toMatchObject({
      state: 'pending',
      lease: { token: expect.stringMatching(/^child-lease-/) as unknown },
    });
    expect(graph.calls).toEqual([]);

    const r = freshProcess(dbFile);
    expect(await claimDueJob(r.deps, { owner: 'probe', leaseMs: 1 })).toBeUndefined(); // still the dead worker's
    r.advance(5 * 60_000 + 1);
    r.worker.kick();
    await waitFor(() => r.notices.length === 1, 'the report to be filed');
    expectFiledOnce(r);
  });
});
