import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, premultiplied by alpha. */
  data: Buffer;
}

/** Decodes a PNG by drawing it 1:1 in an SVG: resvg is already a dependency, so no PNG decoder is needed. */
export function readPng(file: string): Pixels {
  const png = fs.readFileSync(file);
  // IHDR: width and height are the first two big-endian words after the 8-byte signature and chunk header.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width, height, data: image.pixels };
}
