import type { FilingRequest } from '../../../domain/report/filing';
import { appOnlyAccess } from '../../../server/filing/graph-access';
import { graphFiler } from '../../../server/filing/graph-filer';
import { reportRenderer } from '../../../server/report-rendering';
import { FakeGraph, type GraphFault, type GraphOperation } from '../../fakes/graph-server';
import { pdfTextAndPages, pngSize } from '../../helpers/pdf-text';
import { sampleYear, TOPICS, type SampleYear } from '../../unit/report/sample-year';
import { channels, fakeCredential, recordingRetry, startRig, type Rig } from './rig';

jest.setTimeout(60_000);

const FOLDER = 'Leerkring/Verslagen';
const PORTFOLIO = 'PLG Anatomie & Fysiologie - Jaarportfolio 2026-2027';
const YEAR = { kind: 'year-portfolio', schoolYear: '2026-2027' } as const;
let graph: FakeGraph;
let rig: Rig | undefined;
let sample: SampleYear;

beforeAll(async () => {
  sample = await sampleYear();
});
afterAll(() => sample.deps.store.close());

beforeEach(async () => {
  graph = new FakeGraph();
  await graph.start();
  graph.addChannel(channels.standard);
  graph.allowToken('app-token', 'app:leerkring');
});

afterEach(async () => {
  expect(graph.unusedFaults()).toEqual([]);
  await rig?.stop();
  rig = undefined;
  await graph.stop();
});

/** The outbox and the filer of a server filing through Graph, rendering from the sample year's store. */
function graphRig(): Rig {
  const access = appOnlyAccess(
    { baseUrl: graph.url, retry: { delaySeconds: 0, maxRetries: 3 } },
    fakeCredential('app-token'),
  );
  rig = startRig({ filer: graphFiler(access, { retry: recordingRetry() }), render: reportRenderer(sample.deps) });
  return rig;
}

const request = (extra: Partial<FilingRequest> = {}): FilingRequest => ({
  sessionId: sample.closingId,
  target: {
    communityId: sample.communityId,
    graphTeamId: channels.standard.teamId,
    channelId: channels.standard.channelId,
    language: 'nl',
  },
  requestedBy: { userId: '29:member-1' },
  ...extra,
});

const filed = (r: Rig) => r.notices.filter((n) => n.kind === 'filed');
const file = (name: string) => graph.file(channels.standard, `${FOLDER}/${name}`)?.content;

describe('the year portfolio filed through Graph', () => {
  const faults: [string, GraphOperation, GraphFault][] = [
    ['the upload throttled (429 + Retry-After)', 'putContent', { kind: 'throttle', retryAfterSeconds: 1 }],
    ['the connection dropped during the upload', 'putContent', { kind: 'drop' }],
    ['the answer lost after the upload was stored', 'putContent', { kind: 'drop-after' }],
    ['folder creation unavailable (503)', 'createFolder', { kind: 'unavailable', retryAfterSeconds: 0 }],
  ];

  it.each(faults)('lies beside the session report exactly once with %s', async (_, operation, fault) => {
    graph.inject(operation, fault);
    const r = graphRig();
    await r.enqueue(request({ document: YEAR }));
    await r.enqueue(request());
    await r.waitFor(() => filed(r).length === 2, 'the portfolio and the report to be filed');
    const names = graph.list(channels.standard, FOLDER);
    expect(names.filter((n) => n.startsWith(PORTFOLIO))).toEqual([`${PORTFOLIO}.pdf`, `${PORTFOLIO}.png`]);
    expect(names.filter((n) => n.includes('Bijeenkomst 4'))).toHaveLength(2);
    expect(graph.allFiles()).toHaveLength(4);
    expect(r.notices.map((n) => n.kind)).toEqual(['filed', 'filed']);
    const { text } = pdfTextAndPages(file(`${PORTFOLIO}.pdf`)!);
    expect(text).toContain('Schooljaar 2026-2027');
    expect(text).toContain(TOPICS[0]);
    expect(pngSize(file(`${PORTFOLIO}.png`)!)).toEqual({ width: 1588, height: 2246 });
  });

  it('asked for again, replaces its files instead of adding new ones', async () => {
    const r = graphRig();
    await r.enqueue(request({ document: YEAR }));
    await r.waitFor(() => filed(r).length === 1, 'the portfolio to be filed');
    await r.enqueue(request({ document: YEAR }));
    await r.waitFor(() => filed(r).length === 2, 'the portfolio to be filed again');
    expect(graph.list(channels.standard, FOLDER)).toEqual([`${PORTFOLIO}.pdf`, `${PORTFOLIO}.png`]);
    expect([...graph.writes.values()]).toEqual([2, 2]);
  });
});
