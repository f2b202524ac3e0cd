import { retryAfterMs, TEAMS_THREAD_LIMITS, threadKeyOf, ThreadPacer, type PacerOptions } from '../../bot/thread-pacer';

/** Virtual time: `sleep` parks until `advance` reaches it, so every schedule is exact and instant. */
class VirtualTime {
  t = 0;
  private timers: { at: number; wake: () => void }[] = [];
  now = (): number => this.t;
  sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      this.timers.push({ at: this.t + ms, wake });
    });

  /** Runs the clock forward, timer by timer, until `work` settles. */
  async drive<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    done.catch(() => undefined);
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve)); // let every ready promise run
      if (settled) return work;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) throw new Error('stuck: nothing settles and no timer is set');
      this.t = Math.max(this.t, next.at);
      next.wake();
    }
  }

  /** Moves the clock to `t` (sleepers due by then wake). */
  async advanceTo(t: number): Promise<void> {
    await this.drive(this.sleep(t - this.t));
  }
}

const httpError = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${statusCode}`), {
    statusCode,
    response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } },
  });

function setup(options: PacerOptions = {}) {
  const time = new VirtualTime();
  const pacer = new ThreadPacer({ now: time.now, sleep: time.sleep, random: () => 0, ...options });
  const sentAt: number[] = [];
  const send = () => () => {
    sentAt.push(time.t);
    return Promise.resolve(sentAt.length);
  };
  return { time, pacer, sentAt, send };
}

/** Sends at the requested times (ms), one after another in one thread; returns when each was made. */
async function sendAt(requested: number[], options: PacerOptions = {}): Promise<number[]> {
  const { time, pacer, sentAt, send } = setup(options);
  for (const at of requested) {
    if (at > time.t) await time.advanceTo(at);
    await time.drive(pacer.run('19:thread', send()));
  }
  return sentAt;
}

const burst = (n: number) => Array.from({ length: n }, () => 0);
const every = (n: number, gapMs: number) => Array.from({ length: n }, (_, i) => i * gapMs);

describe('ThreadPacer: Teams limits per thread', () => {
  it.each([
    { name: '7 at once all go at once', requested: burst(7), expectLast: 0 },
    { name: 'the 8th within 1 s waits for the 1 s window', requested: burst(8), expectLast: 1000 },
    { name: 'a 9th within 2 s waits for the 2 s window (8 in 2 s)', requested: every(9, 200), expectLast: 2000 },
    { name: 'the 8th within 2 s, spaced, may go', requested: every(8, 200), expectLast: 1400 },
    { name: 'the 61st within 30 s waits for the 30 s window', requested: every(61, 400), expectLast: 30_000 },
    { name: 'the 1801st within an hour waits for the hour', requested: every(1801, 1900), expectLast: 3_600_000 },
  ])('$name', async ({ requested, expectLast }) => {
    const sent = await sendAt(requested);
    expect(sent).toHaveLength(requested.length);
    expect(sent.at(-1)).toBe(expectLast);
    expect(sent.slice(0, -1)).toEqual(requested.slice(0, -1)); // only the last one had to wait
  });

  it('never has more calls in any window than Teams allows, for a long burst', async () => {
    const sent = await sendAt(burst(200));
    for (const { ms, max } of TEAMS_THREAD_LIMITS) {
      for (let i = 0; i < sent.length; i++)
        expect(sent.filter((t) => t > sent[i]! - ms && t <= sent[i]!).length).toBeLessThanOrEqual(max);
    }
    for (let i = 0; i + 60 < sent.length; i++) expect(sent[i + 60]).toBe(sent[i]! + 30_000); // 60 per 30 s, no fewer
  });

  it('counts a call from when it ended, since Teams received it somewhere in between', async () => {
    const { time, pacer, sentAt } = setup({ limits: [{ ms: 1000, max: 2 }] });
    const slow = () => async () => {
      sentAt.push(time.t);
      await time.sleep(300);
    };
    for (let i = 0; i < 3; i++) await time.drive(pacer.run('t', slow()));
    // Calls 1 and 2 ran 0–300 and 300–600. Counted by their starts the 3rd could go at 1000; Teams may
    // have received the 1st as late as 300, so it goes at 1300.
    expect(sentAt).toEqual([0, 300, 1300]);
  });

  it('runs the calls of one thread one at a time, in order', async () => {
    const { time, pacer } = setup();
    const log: string[] = [];
    const call = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await time.sleep(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await time.drive(
      Promise.all([pacer.run('t', call('a', 50)), pacer.run('t', call('b', 10)), pacer.run('t', call('c', 0))]),
    );
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('does not let one thread hold up another', async () => {
    const { time, pacer } = setup();
    const when = { a: [] as number[], b: [] as number[] };
    const call = (thread: 'a' | 'b') => () => {
      when[thread].push(time.t);
      return Promise.resolve();
    };
    const work = [
      ...burst(9).map(() => pacer.run('19:a@thread.tacv2', call('a'))),
      pacer.run('19:b@thread.tacv2', call('b')),
    ];
    await time.drive(Promise.all(work));
    expect(when.a.at(-1)).toBe(2000);
    expect(when.b).toEqual([0]);
  });

  it('keys a channel reply chain on its channel', () => {
    expect(threadKeyOf('19:abc@thread.tacv2;messageid=1700000000000')).toBe('19:abc@thread.tacv2');
    expect(threadKeyOf('a:personal-chat')).toBe('a:personal-chat');
  });
});

describe('ThreadPacer: retries', () => {
  /** A call that fails with `failures` (in order) and then succeeds; records when each try was made. */
  function flaky(time: VirtualTime, failures: Error[]) {
    const tries: number[] = [];
    return {
      tries,
      call: () => {
        tries.push(time.t);
        const failure = failures[tries.length - 1];
        return failure ? Promise.reject(failure) : Promise.resolve('ok');
      },
    };
  }

  it.each([
    { name: '429 waits Retry-After in seconds', error: httpError(429, '3'), retryAt: 3000 },
    {
      name: '429 waits Retry-After as an HTTP date',
      error: httpError(429, new Date(5000).toUTCString()),
      retryAt: 5000,
    },
    { name: '429 without Retry-After backs off', error: httpError(429), retryAt: 500 },
    { name: '412 backs off', error: httpError(412), retryAt: 500 },
    { name: '502 backs off', error: httpError(502), retryAt: 500 },
    { name: '504 honours a Retry-After too', error: httpError(504, '2'), retryAt: 2000 },
  ])('$name', async ({ error, retryAt }) => {
    const { time, pacer } = setup();
    const { tries, call } = flaky(time, [error]);
    await expect(time.drive(pacer.run('t', call))).resolves.toBe('ok');
    expect(tries).toEqual([0, retryAt]);
  });

  it('adds jitter to the wait', async () => {
    const { time, pacer } = setup({ random: () => 0.5, jitterMs: 400 });
    const { tries, call } = flaky(time, [httpError(429, '1')]);
    await time.drive(pacer.run('t', call));
    expect(tries).toEqual([0, 1200]);
  });

  it('backs off exponentially, then gives up after maxAttempts and rethrows', async () => {
    const { time, pacer } = setup({ maxAttempts: 4 });
    const throttled = httpError(502);
    const { tries, call } = flaky(time, [throttled, throttled, throttled, throttled, throttled]);
    await expect(time.drive(pacer.run('t', call))).rejects.toBe(throttled);
    expect(tries).toEqual([0, 500, 500 + 1000, 500 + 1000 + 2000]);
  });

  it('rethrows at once what retrying cannot fix, and the thread goes on', async () => {
    const { time, pacer } = setup();
    const tooBig = httpError(413);
    const { tries, call } = flaky(time, [tooBig]);
    await expect(time.drive(pacer.run('t', call))).rejects.toBe(tooBig);
    expect(tries).toEqual([0]);
    await expect(time.drive(pacer.run('t', () => Promise.resolve('next')))).resolves.toBe('next');
  });

  it('does not wait out an absurd Retry-After', async () => {
    const { time, pacer } = setup({ maxRetryWaitMs: 60_000 });
    const { tries, call } = flaky(time, [httpError(429, '3600')]);
    await expect(time.drive(pacer.run('t', call))).rejects.toMatchObject({ statusCode: 429 });
    expect(tries).toEqual([0]);
  });

  it('holds the calls queued behind a throttled one until the retry went', async () => {
    const { time, pacer } = setup();
    const { tries, call } = flaky(time, [httpError(429, '2')]);
    let nextAt = -1;
    await time.drive(
      Promise.all([
        pacer.run('t', call),
        pacer.run('t', () => {
          nextAt = time.t;
          return Promise.resolve();
        }),
      ]),
    );
    expect(tries).toEqual([0, 2000]);
    expect(nextAt).toBe(2000);
  });

  it('reads Retry-After from the Connector error and from plain headers', () => {
    expect(retryAfterMs(httpError(429, '1.5'), 0)).toBe(1500);
    expect(retryAfterMs({ response: { headers: { 'retry-after': '2' } } }, 0)).toBe(2000);
    expect(retryAfterMs(httpError(429, 'soon'), 0)).toBeUndefined();
    expect(retryAfterMs(httpError(429, new Date(1000).toUTCString()), 4000)).toBe(0);
  });
});
