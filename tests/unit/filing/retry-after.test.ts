import { retryAfterMs, sendWithRetry } from '../../../server/filing/upload-retry';
import { FilingError } from '../../../server/filing/filing-error';
import { safeFileBase } from '../../../server/filing/file-names';

const headers = (value: string) => new Headers({ 'Retry-After': value });

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-22T15:00:00Z');
    expect(retryAfterMs(headers('120'), now)).toBe(120_000);
    expect(retryAfterMs(headers('Sun, 22 Nov 2026 15:00:30 GMT'), now)).toBe(30_000);
    expect(retryAfterMs(headers('soon'), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
});

describe('retrying an upload', () => {
  const waits: number[] = [];
  const options = {
    maxTries: 3,
    maxInlineWaitMs: 10_000,
    backoffMs: (n: number) => 100 * (n + 1),
    sleep: (ms: number) => (waits.push(ms), Promise.resolve()),
  };
  beforeEach(() => (waits.length = 0));

  it('waits the Retry-After of a 429, backs off after a dropped connection, and returns the answer', async () => {
    const answers = [
      () => new Response(null, { status: 429, headers: { 'Retry-After': '2' } }),
      () => {
        throw new TypeError('fetch failed');
      },
      () => new Response('{}', { status: 201 }),
    ];
    const response = await sendWithRetry('upload', () => Promise.resolve().then(answers.shift()), options);
    expect(response.status).toBe(201);
    expect(waits).toEqual([2000, 200]);
  });

  it('leaves a Retry-After longer than it may wait to the outbox', async () => {
    const attempt = sendWithRetry(
      'upload',
      () => Promise.resolve(new Response(null, { status: 503, headers: { 'Retry-After': '60' } })),
      options,
    );
    await expect(attempt).rejects.toEqual(FilingError.transient('upload: Graph answered 503', 60_000));
    expect(waits).toEqual([]);
  });
});

describe('file names', () => {
  it('keeps a report name and drops what SharePoint refuses', () => {
    expect(safeFileBase('2026-11-22 Bijeenkomst 3')).toBe('2026-11-22 Bijeenkomst 3');
    expect(safeFileBase(' Vragen: wat/hoe? \u0007 ')).toBe('Vragen wat hoe');
    expect(safeFileBase('...')).toBe('report');
  });
});
