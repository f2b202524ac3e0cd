import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { TableClient } from '@azure/data-tables';
import type { CheckIn } from '../../domain/activities/check-in/check-in';
import { createCommunity, membership } from '../../domain/community/community';
import { collection } from '../../domain/collection';
import type { Contribution, Store } from '../../domain/ports';
import { startedSession } from '../../domain/session/session';
import { ConfigError } from '../../server/config';
import { describeStorage, readStorageConfig } from '../../server/config/storage-config';
import { openStore } from '../../server/storage/open-store';
import { openAzureTableStore } from '../../server/storage/azure-table/azure-table-store';
import { decodeKey, encodeKey, KeyTooLongError } from '../../server/storage/azure-table/keys';
import { RecordTooLargeError } from '../../server/storage/azure-table/payload';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { checkIn, storeContract } from './store-contract';

jest.setTimeout(60_000);

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => azurite?.stop());

/** Each store gets tables of its own, unless two must share them. */
const freshPrefix = () => `t${randomBytes(6).toString('hex')}`;
const open = (tablePrefix = freshPrefix()) =>
  openAzureTableStore({ connectionString: azurite.connectionString, tablePrefix });

storeContract(
  'Azure Table (Azurite)',
  () => open(),
  (store) => store.close(),
);

const now = new Date('2026-11-22T14:00:00Z');
const report = collection('report');
const plan = collection('plan');

/** Ids people and Teams produce, and the characters Azure Table keys may not hold. */
const AWKWARD = [
  'a/b\\c#d?e',
  "it's 100% 'quoted'",
  'tab\there\nnewline\u007f\u0085',
  'emoji 🎉 and 👩🏽‍🏫',
  'é è ü ß — “quotes”',
  '19:abc@thread.tacv2;messageid=1700000000000',
  'a:1dm9WjHKl-_~.*()!$&+,=',
  '~~not a hash',
  '',
  'x'.repeat(150),
];

describe('Azure Table key encoding', () => {
  it('gives back every id it encoded, in allowed characters only', () => {
    for (const id of AWKWARD) {
      const key = encodeKey(id);
      expect(decodeKey(key)).toBe(id);
      // Letters, digits and the four escape characters: none of / \ # ? ' or a control character.
      expect(key).toMatch(/^[0-9A-Za-z![:~]*$/);
    }
  });

  it('keeps the order of ids (code point order, as SQLite sorts) and their prefixes', () => {
    const ids = [
      ...AWKWARD,
      'a',
      'a0',
      'a-',
      'a:',
      'aZ',
      'a_',
      'a~',
      'ab',
      'aé',
      'a😀',
      'a\uffff',
      'b',
      '0',
      '9',
      'A',
      'Z',
      '_',
      '`',
      '{',
      ' ',
    ];
    const byCodePoint = (a: string, b: string) => {
      const x = [...a].map((c) => c.codePointAt(0) ?? 0);
      const y = [...b].map((c) => c.codePointAt(0) ?? 0);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
      return x.length - y.length;
    };
    const sorted = [...ids].sort(byCodePoint);
    expect([...ids].sort((a, b) => (encodeKey(a) < encodeKey(b) ? -1 : encodeKey(a) > encodeKey(b) ? 1 : 0))).toEqual(
      sorted,
    );
    for (const id of ids) expect(encodeKey(`${id}tail`).startsWith(encodeKey(id))).toBe(true);
  });
});

describe('the Azure Table store with awkward ids', () => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });

  it(
    'stores and lists documents whose ids hold / # ? \\, ' + 'control characters, emoji, and long text, in id order',
    async () => {
      const canvas = collection<{ id: string }>('canvas/with#odd?name');
      const ids = AWKWARD.map((a, i) => `c1/${String(i).padStart(2, '0')} ${a}`);
      for (const id of [...ids].reverse()) expect((await store.documents.save(canvas, id, { id }, null)).ok).toBe(true);
      await store.documents.save(canvas, 'c10/other', { id: 'c10/other' }, null);
      const listed = await store.documents.list(canvas, 'c1/');
      expect(listed.map((d) => d.id)).toEqual(ids);
      expect(listed.every((d) => d.value.id === d.id)).toBe(true);
      expect((await store.documents.get(canvas, ids[3] as string))?.value.id).toBe(ids[3]);
      expect(await store.documents.list(canvas)).toHaveLength(ids.length + 1);
    },
  );

  it('keeps contributions, check-ins, members, key-values and channels with awkward ids apart', async () => {
    const sessionId = 'session/#?🎉';
    const communityId = 'community\\#1';
    const base = {
      communityId,
      sessionId,
      phaseIndex: 2,
      kind: 'ballot/#',
      authorId: 'u',
      createdAt: now.toISOString(),
      data: {},
    };
    for (const id of AWKWARD) expect((await store.contributions.save({ ...base, id }, null)).ok).toBe(true);
    expect((await store.contributions.list(sessionId, 'ballot/#')).map((c) => c.id)).toEqual(AWKWARD);
    expect(await store.contributions.countWithPrefix(sessionId, 'ballot/#', 'a')).toBe(2);
    expect(await store.contributions.countWithPrefix(sessionId, 'ballot/', '')).toBe(0);
    expect((await store.contributions.listInCommunity(communityId, 'ballot/#')).map((c) => c.id)).toEqual(AWKWARD);
    expect((await store.contributions.get(sessionId, 'ballot/#', AWKWARD[1] as string))?.value.id).toBe(AWKWARD[1]);

    for (const userId of AWKWARD.filter(Boolean)) {
      expect(await store.checkIns.upsert(checkIn(sessionId, userId, { answer: userId }))).toBe('created');
      expect(await store.members.add(membership(communityId, { userId, name: userId }, 'member', now))).toBe('created');
      await store.keyValues.put(`welcomed:${userId}`, { userId });
    }
    expect(await store.checkIns.count(sessionId)).toBe(AWKWARD.length - 1);
    expect((await store.checkIns.get(sessionId, AWKWARD[0] as string))?.answer).toBe(AWKWARD[0]);
    expect((await store.members.list(communityId)).map((m) => m.userId)).toEqual(AWKWARD.filter(Boolean));
    expect(await store.keyValues.get(`welcomed:${AWKWARD[2]}`)).toEqual({ userId: AWKWARD[2] });

    const community = createCommunity({
      id: 'c/#?',
      channel: { teamId: null, channelId: '19:chat/#?@unq.gbl.spaces' },
      name: 'PLG',
      language: 'nl',
      founder: { userId: 'u', name: 'U' },
      now,
    });
    expect((await store.communities.save(community, null)).ok).toBe(true);
    expect((await store.communities.findByChannel(community.channel))?.value.id).toBe('c/#?');
  });

  it('hashes a key that is too long to look up by, and refuses an id too long to keep in order', async () => {
    const long = 'k'.repeat(2000);
    await store.keyValues.put(long, 1);
    expect(await store.keyValues.get(long)).toBe(1);
    expect(await store.keyValues.get(`${long}x`)).toBeUndefined();
    await expect(store.documents.save(collection('c'), long, {}, null)).rejects.toThrow(KeyTooLongError);
    await expect(store.documents.save(collection('c'), long, {}, null)).rejects.toThrow(
      /too long for Azure Table storage/,
    );
    expect(await store.documents.get(collection('c'), long)).toBeUndefined();
    expect(await store.contributions.get('s', 'post-it', long)).toBeUndefined();
  });
});

describe('the Azure Table store with large records', () => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });

  it('keeps a document of about 900 KB of JSON, and one that barely compresses', async () => {
    const big = { rows: Array.from({ length: 9000 }, (_, i) => ({ i, text: `Rij ${i}: ${'verslag '.repeat(10)}` })) };
    expect(JSON.stringify(big).length).toBeGreaterThan(900_000);
    const saved = await store.documents.save(report, 'big', big, null);
    expect(saved.ok).toBe(true);
    expect((await store.documents.get(report, 'big'))?.value).toEqual(big);

    const noisy = { blob: randomBytes(540_000).toString('base64') };
    const first = await store.documents.save(report, 'noisy', noisy, null);
    if (!first.ok) throw new Error('save failed');
    const noisier = { blob: randomBytes(540_000).toString('base64') };
    expect((await store.documents.save(report, 'noisy', noisier, first.version)).ok).toBe(true);
    expect((await store.documents.get(report, 'noisy'))?.value).toEqual(noisier);
    expect((await store.documents.list(report)).map((d) => d.id)).toEqual(['big', 'noisy']);

    if (!saved.ok) throw new Error('save failed');
    const small = await store.documents.save(report, 'big', { rows: [] }, saved.version);
    expect(small.ok).toBe(true);
    expect((await store.documents.get(report, 'big'))?.value).toEqual({ rows: [] });
  });

  it('refuses a record too large for one entity with a message that says so, and keeps what was there', async () => {
    const huge = { blob: randomBytes(1_200_000).toString('base64') };
    await expect(store.documents.save(report, 'huge', huge, null)).rejects.toThrow(RecordTooLargeError);
    await expect(store.documents.save(report, 'huge', huge, null)).rejects.toThrow(/too large for Azure Table storage/);
    expect(await store.documents.get(report, 'huge')).toBeUndefined();
  });

  it('shrinks a large contribution back to a small one (a merge leaves no stale part behind)', async () => {
    const base: Contribution<{ text: string }> = {
      communityId: 'c',
      sessionId: 's-large',
      phaseIndex: 1,
      kind: 'post-it',
      id: 'p',
      authorId: 'u',
      createdAt: now.toISOString(),
      data: { text: 'x'.repeat(100_000) },
    };
    const created = await store.contributions.save(base, null);
    if (!created.ok) throw new Error('save failed');
    expect((await store.contributions.get<{ text: string }>('s-large', 'post-it', 'p'))?.value.data.text).toHaveLength(
      100_000,
    );
    expect((await store.contributions.save({ ...base, data: { text: 'kort' } }, created.version)).ok).toBe(true);
    expect((await store.contributions.get<{ text: string }>('s-large', 'post-it', 'p'))?.value.data.text).toBe('kort');
  });
});

describe('two Azure Table stores on the same tables (two instances of the server)', () => {
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    const prefix = freshPrefix();
    [a, b] = await Promise.all([open(prefix), open(prefix)]);
  });

  it('lets only the first of two writers of the same version through', async () => {
    expect((await a.documents.save(plan, 'd', { n: 1 }, null)).ok).toBe(true);
    const [readA, readB] = await Promise.all([a.documents.get(plan, 'd'), b.documents.get(plan, 'd')]);
    expect(readA?.version).toBe(readB?.version);
    expect((await a.documents.save(plan, 'd', { n: 2 }, readA!.version)).ok).toBe(true);
    expect(await b.documents.save(plan, 'd', { n: 3 }, readB!.version)).toEqual({ ok: false, reason: 'conflict' });
    expect((await b.documents.get(plan, 'd'))?.value).toEqual({ n: 2 });
    expect(await b.documents.remove(plan, 'd', readB!.version)).toEqual({ ok: false, reason: 'conflict' });
  });

  it('founds one community per channel when both instances try at once, and leaves no loser behind', async () => {
    const channel = { teamId: 'team', channelId: `race-${Date.now()}` };
    const founders = Array.from({ length: 6 }, (_, i) =>
      createCommunity({
        id: `race-community-${i}-${Date.now()}`,
        channel,
        name: `PLG ${i}`,
        language: 'nl',
        founder: { userId: 'u', name: 'U' },
        now,
      }),
    );
    const outcomes = await Promise.all(founders.map((c, i) => (i % 2 ? a : b).communities.save(c, null)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const winner = founders[outcomes.findIndex((o) => o.ok)];
    expect((await a.communities.findByChannel(channel))?.value.id).toBe(winner?.id);
    expect((await b.communities.findByChannel(channel))?.value.id).toBe(winner?.id);
    for (const loser of founders.filter((c) => c !== winner)) expect(await a.communities.get(loser.id)).toBeUndefined();
  });

  it('numbers sessions uniquely when both instances start one at once', async () => {
    const communityId = `community-${Date.now()}`;
    const tries = Array.from({ length: 6 }, (_, i) =>
      startedSession({
        id: `session-${i}-${Date.now()}`,
        communityId,
        number: 1,
        format: 'regular',
        startedBy: 'u',
        questionIndex: 0,
        now,
      }),
    );
    const outcomes = await Promise.all(tries.map((s, i) => (i % 2 ? a : b).sessions.save(s, null)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const winner = tries[outcomes.findIndex((o) => o.ok)];
    expect((await b.sessions.latest(communityId))?.value.id).toBe(winner?.id);
    for (const loser of tries.filter((s) => s !== winner)) expect(await a.sessions.get(loser.id)).toBeUndefined();
  });

  it("stores one check-in per member however the same member's clicks land on both instances", async () => {
    const sessionId = `session-${Date.now()}`;
    const outcomes = await Promise.all(
      ['sunny', 'rainy', 'sunny', 'cloudy', 'sunny', 'rainy'].map((mood, i) =>
        (i % 2 ? a : b).checkIns.upsert(checkIn(sessionId, 'griet', { mood: mood as CheckIn['mood'] })),
      ),
    );
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect(await a.checkIns.count(sessionId)).toBe(1);
  });

  it('adds each member once and keeps a role given on the other instance', async () => {
    const communityId = `community-${Date.now()}`;
    const joins = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).members.add(membership(communityId, { userId: 'pieter', name: 'Pieter' }, 'member', now)),
      ),
    );
    expect(joins.filter((j) => j === 'created')).toHaveLength(1);
    await a.members.setRole(membership(communityId, { userId: 'pieter', name: 'Pieter' }, 'facilitator', now));
    expect(await b.members.add(membership(communityId, { userId: 'pieter', name: 'Pieter' }, 'member', now))).toBe(
      'exists',
    );
    expect((await b.members.get(communityId, 'pieter'))?.role).toBe('facilitator');
  });

  it('counts contributions both instances made to the same session, each stored once', async () => {
    const sessionId = `session-${Date.now()}`;
    const base = {
      communityId: 'c-shared',
      sessionId,
      phaseIndex: 2,
      kind: 'ballot',
      authorId: 'u',
      createdAt: now.toISOString(),
      data: {},
    };
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).contributions.save({ ...base, id: `2:user-${i % 20}` }, null),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(20);
    expect(await a.contributions.countWithPrefix(sessionId, 'ballot', '2:')).toBe(20);
    expect(await b.contributions.list(sessionId, 'ballot')).toHaveLength(20);
  });
});

describe("the Azure Table store's health", () => {
  it('names the endpoint and the tables, never the account key', async () => {
    const store = await open('leerkringhealth');
    const health = await store.health();
    expect(health).toEqual({
      kind: 'azure-table',
      location: `${azurite.tableEndpoint} (tables leerkringhealth*)`,
      ok: true,
    });
    expect(JSON.stringify(health)).not.toContain(azurite.accountKey);
    expect(JSON.stringify(health)).not.toContain('AccountKey');
  });

  it('reports not ok when the storage cannot be reached', async () => {
    const gone = await startAzurite();
    const store = await openAzureTableStore({ connectionString: gone.connectionString, tablePrefix: 'gone' });
    await gone.stop();
    expect(await store.health()).toMatchObject({ kind: 'azure-table', ok: false });
  });

  it('throws, rather than answering conflict, when its tables were deleted under it', async () => {
    const prefix = freshPrefix();
    const store = await open(prefix);
    await TableClient.fromConnectionString(azurite.connectionString, `${prefix}Documents`, {
      allowInsecureConnection: true,
    }).deleteTable();
    await expect(store.documents.save(plan, 'd', {}, null)).rejects.toThrow(/table specified does not exist/);
  });

  it('refuses a table prefix that Azure would not accept', async () => {
    await expect(open('has-dash')).rejects.toThrow(/table prefix "has-dash" must be letters and digits/);
  });
});

describe('the storage configuration', () => {
  const defaults = { dbFile: '/data/leerkring.db' };
  const KEY = 'c2VjcmV0LWtleS1vZi10aGUtdGVzdA==';
  const connectionString =
    `DefaultEndpointsProtocol=https;AccountName=plgschool;AccountKey=${KEY};` + 'EndpointSuffix=core.windows.net';
  const message = (env: NodeJS.ProcessEnv) => {
    try {
      readStorageConfig(env, defaults);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('no ConfigError');
  };

  it('keeps SQLite as the default', () => {
    expect(readStorageConfig({}, defaults)).toEqual({ kind: 'sqlite', dbFile: '/data/leerkring.db' });
    expect(readStorageConfig({ LEERKRING_STORE: '' }, defaults)).toEqual({
      kind: 'sqlite',
      dbFile: '/data/leerkring.db',
    });
  });

  it('reads a connection string, and never shows its key where it is printed or logged', () => {
    const config = readStorageConfig(
      { LEERKRING_STORE: 'azure-table', LEERKRING_STORAGE_CONNECTION_STRING: connectionString },
      defaults,
    );
    expect(config).toMatchObject({ kind: 'azure-table', tablePrefix: 'leerkring' });
    if (config.kind !== 'azure-table') throw new Error('not azure-table');
    expect(config.connectionString?.reveal()).toBe(connectionString);
    for (const shown of [
      JSON.stringify(config),
      String(config.connectionString),
      describeStorage(config),
      inspect(config),
    ]) {
      expect(shown).not.toContain(KEY);
    }
  });

  it('reads an account URL with the client id of a user-assigned managed identity', () => {
    const env = {
      LEERKRING_STORE: 'azure-table',
      LEERKRING_STORAGE_ACCOUNT_URL: 'https://plgschool.table.core.windows.net/',
      AZURE_CLIENT_ID: 'client-1',
      LEERKRING_TABLE_PREFIX: 'plg2026',
    };
    expect(readStorageConfig(env, defaults)).toEqual({
      kind: 'azure-table',
      tablePrefix: 'plg2026',
      accountUrl: 'https://plgschool.table.core.windows.net',
      managedIdentityClientId: 'client-1',
    });
    expect(describeStorage(readStorageConfig(env, defaults))).toContain('managed identity client-1');
  });

  it('names the missing setting and where to find it', () => {
    const text = message({ LEERKRING_STORE: 'azure-table' });
    expect(text).toContain('LEERKRING_STORAGE_CONNECTION_STRING');
    expect(text).toContain('Access keys');
    expect(text).toContain('LEERKRING_STORAGE_ACCOUNT_URL');
    expect(text).toContain('Endpoints');
  });

  it('names a malformed setting without repeating its value', () => {
    const withoutAccount = message({
      LEERKRING_STORE: 'azure-table',
      LEERKRING_STORAGE_CONNECTION_STRING: `AccountKey=${KEY}`,
    });
    expect(withoutAccount).toMatch(/LEERKRING_STORAGE_CONNECTION_STRING names no AccountName/);
    expect(withoutAccount).not.toContain(KEY);
    const garbage = message({ LEERKRING_STORE: 'azure-table', LEERKRING_STORAGE_CONNECTION_STRING: KEY });
    expect(garbage).toMatch(/LEERKRING_STORAGE_CONNECTION_STRING is not a connection string/);
    expect(garbage).not.toContain(KEY);
    expect(
      message({
        LEERKRING_STORE: 'azure-table',
        LEERKRING_STORAGE_ACCOUNT_URL: 'http://plgschool.table.core.windows.net',
      }),
    ).toMatch(/LEERKRING_STORAGE_ACCOUNT_URL is not an https/);
    expect(
      message({
        LEERKRING_STORE: 'azure-table',
        LEERKRING_STORAGE_CONNECTION_STRING: connectionString,
        LEERKRING_STORAGE_ACCOUNT_URL: 'https://x.table.core.windows.net',
      }),
    ).toMatch(/not both/);
    expect(message({ LEERKRING_STORE: 'blob' })).toMatch(/LEERKRING_STORE: must be "sqlite"/);
    expect(
      message({
        LEERKRING_STORE: 'azure-table',
        LEERKRING_STORAGE_CONNECTION_STRING: connectionString,
        LEERKRING_TABLE_PREFIX: 'with-dash',
      }),
    ).toMatch(/LEERKRING_TABLE_PREFIX: must be letters and digits/);
  });

  it('opens the store it names', async () => {
    const config = readStorageConfig(
      {
        LEERKRING_STORE: 'azure-table',
        LEERKRING_STORAGE_CONNECTION_STRING: azurite.connectionString,
        LEERKRING_TABLE_PREFIX: freshPrefix(),
      },
      defaults,
    );
    const store = await openStore(config);
    await store.keyValues.put('k', 'v');
    expect(await store.keyValues.get('k')).toBe('v');
    expect((await store.health()).kind).toBe('azure-table');
    await store.close();
  });
});
