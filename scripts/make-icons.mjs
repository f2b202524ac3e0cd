#!/usr/bin/env node
// Renders the Teams app icons from their SVG sources: manifest/icon-source/{color,outline}.svg →
// manifest/color.png (192×192, full colour) and manifest/outline.png (32×32, white on transparent).
// Run after changing an SVG: `node scripts/make-icons.mjs`. The PNGs are committed, so packaging
// needs no renderer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const MANIFEST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifest');
const ICONS = [
  { source: 'color.svg', target: 'color.png', size: 192 },
  { source: 'outline.svg', target: 'outline.png', size: 32 },
];

for (const { source, target, size } of ICONS) {
  const svg = fs.readFileSync(path.join(MANIFEST_DIR, 'icon-source', source), 'utf8');
  // No system fonts: the icons hold no text, and loading fonts would make the output depend on the machine.
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  if (rendered.width !== size || rendered.height !== size) {
    throw new Error(`${source} rendered at ${rendered.width}×${rendered.height}, expected ${size}×${size}.`);
  }
  fs.writeFileSync(path.join(MANIFEST_DIR, target), rendered.asPng());
  process.stdout.write(`manifest/${target} (${size}×${size})\n`);
}
