import { startHarness, type Harness } from './harness';

export interface HarnessRef {
  h: Harness;
  where: { serviceUrl: string };
}

/** A fresh server and Connector for every test of the file; a test fails if the server logged an error. */
export function useHarness(): HarnessRef {
  const ref = {} as HarnessRef;
  beforeEach(async () => {
    ref.h = await startHarness();
    ref.where = { serviceUrl: ref.h.connector.url };
  });
  afterEach(async () => {
    await ref.h.stop();
    expect(ref.h.errors).toEqual([]);
  });
  return ref;
}
