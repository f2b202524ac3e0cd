import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildReportModel } from '../../../domain/report/build-report-model';
import type { ReportModel } from '../../../domain/report/report-model';
import { drawReport } from '../../../report/draw-report';
import { measure } from '../../../report/fonts';
import { renderReport, reportFileBase } from '../../../report/render-report';
import { PAGE, PNG_WIDTH } from '../../../report/theme';
import { sampleSession } from './sample-session';

const ARTIFACTS = path.join(__dirname, '../../artifacts/report');

const NEXT = { date: '2026-12-15', time: '14:00', place: 'Campus Brugge, lokaal B2.14' };

async function modelFor(
  options: Parameters<typeof sampleSession>[0],
  next: typeof NEXT | null = NEXT,
): Promise<ReportModel> {
  const sample = await sampleSession(options);
  const model = await buildReportModel(sample.deps, sample.sessionId, next ? { nextSession: next } : {});
  await sample.deps.store.close();
  if (!model.ok) throw new Error(model.error.code);
  return model.value;
}

/**
 * The PDF's text layer as pdf-parse reads it. It runs in a child Node: pdf.js loads its worker with a
 * dynamic import, which jest's module sandbox refuses.
 */
const PDF_TEXT = `
  const { PDFParse } = require('pdf-parse');
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', async () => {
    const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
    process.stdout.write((await parser.getText()).text);
    await parser.destroy();
  });`;

function pdfText(pdf: Buffer): string {
  return execFileSync(process.execPath, ['-e', PDF_TEXT], {
    input: pdf,
    cwd: path.join(__dirname, '../../..'),
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
}

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The facts a reader looks for that the PDF's text does not have. */
const missingFrom = (text: string, facts: string[]): string[] => facts.filter((fact) => !text.includes(fact));

function save(name: string, png: Buffer): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, name), png);
}

describe('the rendered report', () => {
  jest.setTimeout(30_000);

  it(
    'of a regular session: a one-page A4 PDF whose text has the key facts, ' + 'and a PNG preview of the same page',
    async () => {
      const model = await modelFor({ format: 'regular', language: 'nl', members: 12, postIts: 24, clustered: true });
      const { pdf, png, width, height } = await renderReport(model);
      save('nl-regular-session.png', png);
      const facts = [
        'PLG Anatomie & Fysiologie',
        'Bijeenkomst 4',
        '24 november 2026',
        'Toetsing & feedback (gelijk)',
        'Griet De Smet',
        'Gemoed bij de check-in',
      ];
      expect(missingFrom(pdfText(pdf), facts)).toEqual([]);
      expect(pngSize(png)).toEqual({ width: PNG_WIDTH, height: Math.round((PNG_WIDTH / PAGE.width) * PAGE.height) });
      expect({ width, height }).toEqual(pngSize(png));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.8/);
    },
  );

  it('embeds its font (Inter) and uses no standard PDF font', async () => {
    const { pdf } = await renderReport(await modelFor({ members: 5, postIts: 6 }));
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('of a closing session in English: the impact survey as averages', async () => {
    const model = await modelFor({ format: 'closing', language: 'en', members: 9 }, null);
    const { pdf, png } = await renderReport(model);
    save('en-closing-session.png', png);
    const text = pdfText(pdf);
    const facts = ['Session 5', '15 December 2026', 'Impact survey', '8 anonymous answers', 'Driver reached'];
    expect(missingFrom(text, facts)).toEqual([]);
    expect(text).toContain('Not planned yet');
    expect(text).not.toContain('Het samen ontwerpen');
    expect(pngSize(png).width).toBe(PNG_WIDTH);
  });

  it('is named by day and session number, in the community language', async () => {
    const model = await modelFor({ members: 4, postIts: 3, earlierSessions: 2 });
    expect(reportFileBase(model)).toBe('2026-11-03 Bijeenkomst 3');
    expect(reportFileBase({ ...model, language: 'en' })).toBe('2026-11-03 Session 3');
  });
});

describe('what members typed, in the report', () => {
  const tricky = '<script>alert("x")</script> & Zoë\'s ĳverige idee 🎉 (naïef, café)';

  async function trickyModel(): Promise<ReportModel> {
    const model = await modelFor({ members: 6, postIts: 4, communityName: 'PLG <Zorg> & "Welzijn"' });
    const explore = model.boards.find((b) => b.phaseKey === 'explore')!;
    explore.groups = [
      {
        kind: 'cluster',
        label: 'Ideeën & <dromen>',
        items: [{ id: 'x', text: tricky }, ...(explore.groups[0]?.items ?? [])],
      },
    ];
    model.actions[0] = { ...model.actions[0]!, what: 'Lange actie '.repeat(40), ownerName: 'Ïsabelle Éénhoorn' };
    model.actions[1] = { ...model.actions[1]!, ownerName: 'Marie-Christine Van den Broeck-Vandeputte' };
    return model;
  }

  it(
    'is escaped: markup stays text, and Dutch characters come through; ' + 'emoji the font lacks are left out',
    async () => {
      const model = await trickyModel();
      const { svg } = drawReport(model);
      expect(svg).not.toContain('<script>');
      expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Zoë&#39;s');
      expect(svg).toContain('ĳverige idee (naïef, café)');
      expect(svg).not.toContain('🎉');
      const { pdf, png } = await renderReport(model);
      const text = pdfText(pdf);
      expect(text).toContain('PLG <Zorg> & "Welzijn"');
      expect(text).toContain('Ideeën & <dromen>');
      expect(text).toContain('Ïsabelle Éénhoorn');
      expect(text).toMatch(/Marie-Christine Van den \S*…/);
      expect(text).toMatch(/<script>alert\("x"\)<\/script> & Zoë's ĳverige/);
      expect(pngSize(png).width).toBe(PNG_WIDTH);
    },
  );

  it('is wrapped or cut with an ellipsis so that no line runs past its column or the page', async () => {
    const { svg } = drawReport(await trickyModel());
    expect(svg).toContain('…');
    const lines = [
      ...svg.matchAll(
        new RegExp(
          /<text x="([\d.]+)" y="[\d.]+" font-size="([\d.]+)" font-weight="(\d+)" fill="[^"]+"/.source +
            /( text-anchor="(\w+)")?>([^<]*)<\/text>/.source,
          'g',
        ),
      ),
    ];
    expect(lines.length).toBeGreaterThan(50);
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    const overflowing = lines.filter(([, x, size, weight, , anchor, content]) => {
      const width = measure(unescape(content ?? ''), Number(size), weight === '700' ? 'bold' : 'regular');
      const left = anchor === 'end' ? Number(x) - width : anchor === 'middle' ? Number(x) - width / 2 : Number(x);
      return left < PAGE.margin - 1 || left + width > PAGE.width - PAGE.margin + 1;
    });
    expect(overflowing.map((m) => m[6])).toEqual([]);
  });
});
