import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFiler, localReportUrlPath } from '../../../server/filing/local-filer';
import { channels, reportOf, requestFor, startRig, type Notice, type Rig } from './rig';

let dir: string;
let rig: Rig | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lk-reports-'));
});

afterEach(async () => {
  await rig?.stop();
  rig = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const filedLinks = (r: Rig) =>
  r.notices.filter((n): n is Extract<Notice, { kind: 'filed' }> => n.kind === 'filed').map((n) => n.links);

/** Where the server finds the file behind a link (it serves the reports folder at /reports). */
const fileBehind = (url: string) =>
  path.join(
    dir,
    ...new URL(url).pathname
      .replace(/^\/reports\//, '')
      .split('/')
      .map(decodeURIComponent),
  );

describe('filing a report in local mode', () => {
  it("writes the PDF and the PNG to the community's folder and links to them through the local server", async () => {
    const r = (rig = startRig({ filer: localFiler({ dir, publicUrl: 'http://localhost:3978' }) }));
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filedLinks(r).length === 1, 'the report to be filed');

    const expected = reportOf('session-3');
    expect(fs.readdirSync(path.join(dir, 'community-1')).sort()).toEqual([
      '2026-11-22 Bijeenkomst 3.pdf',
      '2026-11-22 Bijeenkomst 3.png',
    ]);
    const [links] = filedLinks(r);
    expect(links?.pdfUrl).toBe('http://localhost:3978/reports/community-1/2026-11-22%20Bijeenkomst%203.pdf');
    expect(fs.readFileSync(fileBehind(links!.pdfUrl)).equals(expected.pdf)).toBe(true);
    expect(fs.readFileSync(fileBehind(links!.pngUrl)).equals(expected.png)).toBe(true);
  });

  it('replaces the files when the session is filed again', async () => {
    let version = 1;
    const r = (rig = startRig({
      filer: localFiler({ dir, publicUrl: 'http://localhost:3978' }),
      render: (id) => Promise.resolve(reportOf(id, 5_000, version)),
    }));
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filedLinks(r).length === 1, 'the first filing');
    version = 2;
    await r.enqueue(requestFor('session-3', channels.standard));
    await r.waitFor(() => filedLinks(r).length === 2, 'the second filing');

    expect(fs.readdirSync(path.join(dir, 'community-1')).sort()).toEqual([
      '2026-11-22 Bijeenkomst 3.pdf',
      '2026-11-22 Bijeenkomst 3.png',
    ]);
    expect(
      fs
        .readFileSync(path.join(dir, 'community-1', '2026-11-22 Bijeenkomst 3.pdf'))
        .equals(reportOf('session-3', 5_000, 2).pdf),
    ).toBe(true);
  });

  it('keeps every file inside the reports folder, whatever the ids and names hold', async () => {
    const r = (rig = startRig({
      filer: localFiler({ dir, publicUrl: 'http://localhost:3978' }),
      render: () => Promise.resolve({ ...reportOf('session-3'), fileBase: '../../etc/Bijeenkomst: 3?' }),
    }));
    const request = requestFor('session-3', channels.standard);
    await r.enqueue({ ...request, target: { ...request.target, communityId: '../..' } });
    await r.waitFor(() => filedLinks(r).length === 1, 'the report to be filed');

    const [links] = filedLinks(r);
    expect(fileBehind(links!.pdfUrl).startsWith(dir + path.sep)).toBe(true);
    expect(fs.existsSync(fileBehind(links!.pdfUrl))).toBe(true);
    expect(path.basename(fileBehind(links!.pdfUrl))).toBe('etc Bijeenkomst 3.pdf');
    expect(localReportUrlPath('../..', 'a b.pdf')).toBe('/reports/.._../a%20b.pdf');
  });
});
