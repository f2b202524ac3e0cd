import { CHANNEL, TEAM, message } from '../../fakes/activities';
import { startHarness, type Harness } from '../harness';

// The meeting's side panel and stage over HTTP: one server in local mode, its tab identities sent as a header.
const griet = { id: 'user-id-0', name: 'Griet Van Damme', aadObjectId: '00000000-0000-0000-0000-0000000000020' };
const pieter = { id: 'user-id-1', name: 'Pieter Claes', aadObjectId: '00000000-0000-0000-0000-0000000000021' };
const outsider = { id: 'user-id-9', name: 'Nele Buiten', aadObjectId: '00000000-0000-0000-0000-0000000000029' };
const local = {
  users: [griet, pieter, outsider].map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })),
};

/** The parts of the answers these tests read. */
interface Answer {
  error?: { code: string; field?: string };
  mine?: { kind: string; postIts?: unknown[]; ideas?: { id: string }[]; dots?: Record<string, number> };
  board?: { postIts: unknown[] };
  vote?: { results?: { rank: number; votes: number }[] };
  running?: { phase?: unknown };
  report?: { number: number; preview: string };
  shows?: string;
}

let h: Harness;
let base: string;

beforeAll(async () => {
  h = await startHarness({ tab: { local } });
  h.connector.roster = [griet, pieter];
  await h.post(message('/start-session', griet, { serviceUrl: h.connector.url, locale: 'en-US' }));
  const community = await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id });
  base = `${h.url}/api/tab/communities/${community!.value.id}`;
});

afterAll(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

const call = async (who: { id: string }, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-leerkring-local-user': who.id, 'accept-language': 'en-US', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Answer };
};

const stage = async () => (await call(pieter, 'GET', '/stage')).json;
const step = (n: 1 | -1) => call(griet, 'POST', '/session/step', { step: n });

describe('the meeting side panel and stage', () => {
  it('are for members only', async () => {
    for (const path of ['/meeting', '/stage']) expect((await call(outsider, 'GET', path)).status).toBe(403);
    const post = await call(outsider, 'POST', '/post-its', { phaseIndex: 1, text: 'Sneaky', token: 't0' });
    expect(post.status).toBe(403);
  });

  it("checks a member in through the check-in's use case, naming the field a bad answer misses", async () => {
    const missing = await call(pieter, 'POST', '/check-in', { answer: 'Stoofvlees', obstacles: 'Te weinig tijd' });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatchObject({ code: 'errors.input.required', field: 'mood' });
    const before = h.connector.updates().length;
    const saved = await call(pieter, 'POST', '/check-in', { mood: 'sunny', answer: 'Stoofvlees', obstacles: '' });
    expect(saved.status).toBe(200);
    const { mine } = (await call(pieter, 'GET', '/meeting')).json;
    expect(mine).toMatchObject({
      kind: 'check-in',
      variant: 'weather',
      answers: { mood: 'sunny', answer: 'Stoofvlees' },
    });
    // The channel's check-in card follows, as after a click on it.
    await h.app.updater.flush();
    expect(h.connector.updates().length).toBeGreaterThan(before);
  });

  it('refuses a member to steer, extend or pin, and lets a facilitator do all three', async () => {
    expect((await step(1)).status).toBe(200);
    expect((await call(pieter, 'POST', '/session/step', { step: 1 })).status).toBe(403);
    expect((await call(pieter, 'POST', '/session/extend', { phaseIndex: 1 })).status).toBe(403);
    expect((await call(pieter, 'PUT', '/stage/pin', { view: 'topics' })).status).toBe(403);
    expect((await stage()).running?.phase).toMatchObject({ key: 'explore', minutes: 25 });
    expect((await call(griet, 'POST', '/session/extend', { phaseIndex: 1 })).status).toBe(200);
    expect((await stage()).running?.phase).toMatchObject({ key: 'explore', minutes: 30 });
    expect((await call(griet, 'PUT', '/stage/pin', { view: 'topics' })).status).toBe(200);
    expect(await stage()).toMatchObject({ pinned: 'topics', shows: 'topics' });
    expect((await call(griet, 'PUT', '/stage/pin', { view: null })).status).toBe(200);
    expect(await stage()).toMatchObject({ pinned: null, shows: 'board' });
    expect((await call(griet, 'PUT', '/stage/pin', { view: 'names' })).json.error).toMatchObject({ field: 'view' });
  });

  it("puts a member's post-it on the stage without their name, and keeps it once when sent twice", async () => {
    const postIt = { phaseIndex: 1, text: 'Exit tickets in every lab', token: 'p1' };
    expect((await call(pieter, 'POST', '/post-its', postIt)).status).toBe(200);
    expect((await call(pieter, 'POST', '/post-its', postIt)).status).toBe(200);
    const shown = await stage();
    expect(shown.board?.postIts).toEqual([expect.objectContaining({ text: 'Exit tickets in every lab' })]);
    expect(JSON.stringify(shown)).not.toMatch(/Pieter|user-id-1/);
    const { mine } = (await call(pieter, 'GET', '/meeting')).json;
    expect(mine?.postIts).toEqual([expect.objectContaining({ text: 'Exit tickets in every lab' })]);
    const empty = await call(pieter, 'POST', '/post-its', { phaseIndex: 1, text: '   ', token: 'p2' });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatchObject({ field: 'text' });
  });

  it('hides the vote results on the stage until the facilitator reveals them', async () => {
    await call(griet, 'POST', '/post-its', { phaseIndex: 1, text: 'Peer feedback on drafts', token: 'g1' });
    await call(griet, 'POST', '/post-its', { phaseIndex: 1, text: 'Rubrics', token: 'g2' });
    expect((await step(1)).status).toBe(200);
    expect((await call(pieter, 'PUT', '/ballot', { phaseIndex: 2, dots: {} })).json.error?.code).toBe(
      'errors.vote.notOpen',
    );
    expect((await call(griet, 'POST', '/session/open-vote', { phaseIndex: 2 })).status).toBe(200);
    const { mine } = (await call(pieter, 'GET', '/meeting')).json;
    const [first] = mine?.ideas ?? [];
    const over = await call(pieter, 'PUT', '/ballot', { phaseIndex: 2, dots: { [first!.id]: 9 } });
    expect(over.status).toBe(409);
    const dots = { [first!.id]: 2 };
    expect((await call(pieter, 'PUT', '/ballot', { phaseIndex: 2, dots })).status).toBe(200);
    expect((await call(pieter, 'GET', '/meeting')).json.mine?.dots).toEqual(dots);
    const hidden = await stage();
    expect(hidden).toMatchObject({ shows: 'clusters', vote: { opened: true, revealed: false, voters: 1 } });
    expect(hidden.vote?.results).toBeUndefined();
    expect((await call(griet, 'POST', '/session/reveal', { phaseIndex: 2 })).status).toBe(200);
    const revealed = await stage();
    expect(revealed.shows).toBe('results');
    expect(revealed.vote?.results?.[0]).toMatchObject({ rank: 1, votes: 2 });
  });

  it("asks a member's driver rating in the retrospective and refuses a score out of range", async () => {
    await step(1);
    await step(1);
    expect((await call(pieter, 'PUT', '/driver-rating', { phaseIndex: 4, score: 7 })).json.error).toMatchObject({
      field: 'rating',
    });
    expect((await call(pieter, 'PUT', '/driver-rating', { phaseIndex: 4, score: 4 })).status).toBe(200);
    expect((await call(pieter, 'GET', '/meeting')).json.mine).toMatchObject({ kind: 'board', rating: { mine: 4 } });
  });

  it('lets only a facilitator end the session from the side panel, and the channel hears of it', async () => {
    expect((await call(pieter, 'POST', '/session/end', { phaseIndex: 4 })).status).toBe(403);
    const before = h.connector.sent().length;
    expect((await call(griet, 'POST', '/session/end', { phaseIndex: 4 })).status).toBe(200);
    expect((await stage()).running).toBeUndefined();
    await h.connector.waitFor((calls) => calls.filter((c) => c.kind !== 'update').length > before);
    expect(JSON.stringify(h.connector.sent().slice(before))).toContain('Session 1 has ended');
  });

  it('refuses a contribution when no session runs', async () => {
    const late = await call(pieter, 'POST', '/post-its', { phaseIndex: 4, text: 'Too late', token: 'late' });
    expect(late).toMatchObject({ status: 409, json: { error: { code: 'errors.session.noneRunning' } } });
    const { report } = (await call(pieter, 'GET', '/meeting')).json;
    expect(report?.number).toBe(1);
    expect(report?.preview).toMatch(/report\.png$/);
    const png = await fetch(`${h.url}/api/tab${report!.preview}`, { headers: { 'x-leerkring-local-user': pieter.id } });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const refused = await fetch(`${h.url}/api/tab${report!.preview}`, {
      headers: { 'x-leerkring-local-user': outsider.id },
    });
    expect(refused.status).toBe(403);
  });
});
