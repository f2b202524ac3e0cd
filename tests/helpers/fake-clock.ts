/** A clock the test moves by hand. */
export interface FakeClock {
  now(): Date;
  set(iso: string): void;
  advance(minutes: number): void;
}

export function fakeClock(iso: string): FakeClock {
  let current = new Date(iso);
  return {
    now: () => current,
    set: (next) => void (current = new Date(next)),
    advance: (minutes) => void (current = new Date(current.getTime() + minutes * 60_000)),
  };
}
