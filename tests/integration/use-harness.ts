import { fakeClock, type FakeClock } from '../helpers/fake-clock';
import { startHarness, type Harness, type HarnessOptions } from './harness';

export interface HarnessRef {
  h: Harness;
  where: { serviceUrl: string };
}

/** Background jobs that run only when a test ticks them. */
export const TICKED_BY_HAND = { filingPollMs: 3_600_000, schedulerTickMs: 3_600_000 };

/** A fresh server and Connector for every test of the file; a test fails if the server logged an error. */
export function useHarness(options: HarnessOptions = {}): HarnessRef {
  const ref = {} as HarnessRef;
  beforeEach(async () => {
    ref.h = await startHarness(options);
    ref.where = { serviceUrl: ref.h.connector.url };
  });
  afterEach(async () => {
    await ref.h.stop();
    expect(ref.h.errors).toEqual([]);
  });
  return ref;
}

/** As `useHarness`, on a clock the test moves by hand; it is back at `start` when each test begins. */
export function useClockedHarness(start: string, options: HarnessOptions = {}): HarnessRef & { clock: FakeClock } {
  const clock = fakeClock(start);
  beforeEach(() => clock.set(start));
  return Object.assign(useHarness({ ...options, clock }), { clock });
}
