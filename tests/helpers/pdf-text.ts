import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The PDF's text layer as pdf-parse reads it, and how many pages it has. It runs in a child Node: pdf.js loads its
 * worker with a dynamic import, which jest's module sandbox refuses.
 */
const PDF_TEXT = `
  const { PDFParse } = require('pdf-parse');
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', async () => {
    const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
    const result = await parser.getText();
    process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
    await parser.destroy();
  });`;

export function pdfTextAndPages(pdf: Buffer): { text: string; pages: number } {
  const out = execFileSync(process.execPath, ['-e', PDF_TEXT], {
    input: pdf,
    cwd: path.join(__dirname, '../..'),
    encoding: 'utf8',
  });
  const { text, pages } = JSON.parse(out) as { text: string; pages: number };
  return { text: text.replace(/\s+/g, ' '), pages };
}

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are no PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
