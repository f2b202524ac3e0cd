/**
 * A Leerkring process that dies at a chosen moment (run by restart.test.ts):
 * - `after-enqueue`: the report is in the outbox, then the process is killed before any attempt;
 * - `after-claim`: a worker has claimed the job and is about to upload when the parent kills the process.
 */
import { enqueueFiling } from '../../../domain/report/filing';
import { startFilingWorker } from '../../../server/filing/filing-worker';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';
import { requestFor, channels, quietLog } from './rig';

const [dbFile, moment] = process.argv.slice(2) as [string, 'after-enqueue' | 'after-claim'];
const deps = {
  store: openSqliteStore(dbFile),
  clock: { now: () => new Date() },
  ids: { next: () => `child-lease-${process.pid}` },
};

void (async () => {
  await enqueueFiling(deps, requestFor('session-3', channels.standard));
  if (moment === 'after-enqueue') process.kill(process.pid, 'SIGKILL');
  startFilingWorker({
    deps,
    log: quietLog(),
    pollMs: 10,
    filer: { kind: 'graph', file: () => new Promise(() => undefined) },
    render: () => {
      process.stdout.write('claimed\n');
      return new Promise(() => undefined);
    },
    notify: {
      filed: () => Promise.resolve(),
      delayed: () => Promise.resolve(),
      failedPermanently: () => Promise.resolve(),
      signInNeeded: () => Promise.resolve(),
    },
  });
})();
