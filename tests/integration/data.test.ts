import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, strFromU8 } from 'fflate';
import { CHANNEL, TEAM, cardAction, installation, message, users, type TestUser } from '../fakes/activities';
import { buildReportModel } from '../../domain/report/build-report-model';
import { renderReport } from '../../report/render-report';
import { cardOf, textsOf, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';
import type { ConnectorCall } from '../fakes/bot-connector';

jest.setTimeout(60_000);

let h: Harness;
let where: { serviceUrl: string };

beforeEach(async () => {
  h = await startHarness({ background: { filingPollMs: 100, schedulerTickMs: 3_600_000 } });
  where = { serviceUrl: h.connector.url };
  // The lead wires this into server/app.ts; until then the test registers it on the running server.
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

async function say(text: string, from: TestUser = users.griet, scope: 'channel' | 'personal' = 'channel') {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, { ...where, locale: 'nl-BE', scope }))).status).toBe(200);
  return h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

async function click(
  verb: string,
  data: Record<string, unknown>,
  from: TestUser,
  scope: 'channel' | 'personal' = 'channel',
) {
  const res = await h.post(cardAction(verb, { cardVersion: 1, ...data }, from, { ...where, locale: 'nl-BE', scope }));
  expect(res.status).toBe(200);
  return visibleText((res.body as { value: Record<string, unknown> }).value);
}

const community = async () =>
  (await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value;
const reportFiled = (calls: ConnectorCall[]) =>
  calls.some((c) => visibleText(cardOf(c.activity)).includes('Verslag van bijeenkomst 1'));

/** A session with Pieter's check-in, his ballot and survey marker, ended and its report filed. */
async function sessionWithPieter(): Promise<string> {
  await say('/start-bijeenkomst');
  const sessionId = (await h.app.deps.store.sessions.latest((await community()).id))!.value.id;
  await click(
    'checkin.submit',
    {
      sessionId,
      phaseIndex: 0,
      mood: 'sunny',
      answer: 'Mijn geheime antwoord',
      sinceLastTime: 'Lessen voorbereid',
      obstacles: '',
    },
    users.pieter,
  );
  await click(
    'checkin.submit',
    { sessionId, phaseIndex: 0, mood: 'rainy', answer: 'Griets antwoord', sinceLastTime: '', obstacles: '' },
    users.griet,
  );
  const base = { communityId: (await community()).id, sessionId, phaseIndex: 2, createdAt: new Date().toISOString() };
  await h.app.deps.store.contributions.save(
    {
      ...base,
      kind: 'ballot',
      id: users.pieter.id,
      authorId: users.pieter.id,
      data: { voterId: users.pieter.id, allocations: { idea: 3 } },
    },
    null,
  );
  await h.app.deps.store.contributions.save(
    { ...base, kind: 'survey-answered', id: `2:${users.pieter.id}`, authorId: users.pieter.id, data: {} },
    null,
  );
  await say('/agenda', users.pieter); // the channel's remembered conversation now names Pieter
  await say('/einde');
  await h.connector.waitFor(reportFiled, 20_000);
  return sessionId;
}

/** Every row of every table of the SQLite file, as text. */
function dump(): string {
  const db = new Database(path.join(h.dataDir, 'leerkring.db'), { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  const text = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())).join('\n');
  db.close();
  return text;
}

describe('/exporteren', () => {
  it(
    'gives a facilitator a one-hour link to a zip with ' + 'community.json and the reports; others are refused',
    async () => {
      await sessionWithPieter();
      const [refused] = textsOf(await say('/exporteren', users.pieter));
      expect(refused).toContain('Alleen een trekker');
      const posted = await say('/exporteren');
      // The link goes to Griet's private chat, never into the channel.
      const card = cardOf(posted.find((c) => c.conversationId === 'a:personal-chat-29:griet')!.activity);
      expect(visibleText(card)).toContain('De link werkt een uur');
      const url = /"url":"([^"]+\/exports\/[^"]+\.zip)"/.exec(JSON.stringify(card))?.[1] ?? '';
      const res = await fetch(`${h.url}${new URL(url).pathname}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const data = JSON.parse(strFromU8(files['community.json']!)) as {
        community: { id: string };
        sessions: unknown[];
        checkIns: { answer: string }[];
        members: unknown[];
      };
      expect(data.community.id).toBe((await community()).id);
      expect(data.sessions).toHaveLength(1);
      expect(data.checkIns.map((c) => c.answer).sort()).toEqual(['Griets antwoord', 'Mijn geheime antwoord']);
      expect(
        Object.keys(files)
          .filter((f) => f.startsWith('reports/'))
          .sort(),
      ).toEqual([expect.stringMatching(/Bijeenkomst 1\.pdf$/), expect.stringMatching(/Bijeenkomst 1\.png$/)]);
      expect(JSON.parse(strFromU8(files['reports.json']!))).toHaveLength(1);
      expect((await fetch(`${h.url}/exports/${'x'.repeat(43)}.zip`)).status).toBe(404);
    },
  );
});

describe('/vergeet-mij', () => {
  it("leaves no trace of the member's name or ids, keeps the counts, and the old report still renders", async () => {
    const sessionId = await sessionWithPieter();
    await h.post(installation(users.pieter, { ...where, scope: 'personal' }));
    const [question] = textsOf(await say('/vergeet-mij', users.pieter, 'personal'));
    expect(question).toContain('Dit kan niet ongedaan gemaakt worden');
    expect(dump()).toContain(users.pieter.name);

    expect(await click('data.forget.confirm', { forUserId: users.pieter.id }, users.griet)).toContain(
      'Alleen wie het vroeg',
    );
    expect(await click('data.forget.confirm', { forUserId: users.pieter.id }, users.pieter, 'personal')).toContain(
      'verwijderd uit 1 leergemeenschap',
    );

    const everything = dump();
    for (const trace of [
      users.pieter.name,
      users.pieter.id,
      users.pieter.aadObjectId,
      'Mijn geheime antwoord',
      'Lessen voorbereid',
    ])
      expect(everything).not.toContain(trace);
    expect(everything).toContain(users.griet.name);
    expect(everything).toContain('Griets antwoord');

    const store = h.app.deps.store;
    const checkIns = await store.checkIns.list(sessionId);
    expect(checkIns.map((c) => c.mood).sort()).toEqual(['rainy', 'sunny']);
    expect(checkIns.map((c) => c.userName)).toContain('Oud-lid');
    expect(await store.contributions.countWithPrefix(sessionId, 'survey-answered', '2:')).toBe(1);
    expect(await store.contributions.list(sessionId, 'ballot')).toHaveLength(1);
    expect((await store.members.list((await community()).id)).map((m) => m.name)).toEqual([users.griet.name]);

    const model = await buildReportModel(h.app.deps, sessionId);
    if (!model.ok) throw new Error(model.error.code);
    const report = await renderReport(model.value);
    expect(Buffer.from(report.pdf).subarray(0, 5).toString()).toBe('%PDF-');

    expect(await click('data.forget.confirm', { forUserId: users.pieter.id }, users.pieter, 'personal')).toContain(
      'geen persoonsgegevens van jou meer',
    );
  });
});

describe('/archiveren', () => {
  it('asks first, then makes the community read-only until a facilitator reopens it', async () => {
    const sessionId = await sessionWithPieter();
    const [question] = textsOf(await say('/archiveren'));
    expect(question).toContain('archiveren?');
    expect(await click('data.archive.confirm', {}, users.pieter)).toContain('Alleen een trekker');
    expect(await click('data.archive.confirm', {}, users.griet)).toContain('is gearchiveerd');
    expect(textsOf(await say('/start-bijeenkomst'))[0]).toContain('alleen nog te lezen');
    expect(
      await click(
        'checkin.submit',
        { sessionId, phaseIndex: 0, mood: 'cloudy', answer: '', sinceLastTime: '', obstacles: '' },
        users.lotte,
      ),
    ).toContain('alleen nog te lezen');
    expect(textsOf(await say('/plannen 8/12 15u-16u30'))[0]).toContain('alleen nog te lezen');
    expect(textsOf(await say('/exporteren')).join('\n')).toContain('Export van');
    expect(textsOf(await say('/archiveren uit'))[0]).toContain('is weer open');
    expect(textsOf(await say('/start-bijeenkomst')).join(' ')).not.toContain('alleen nog te lezen');
  });
});
