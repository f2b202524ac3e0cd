#!/usr/bin/env node
// Builds the tab: tabs/src → tabs/dist (index.html, config.html, assets/*.js), minified, split into chunks
// so that teams-js (only needed inside Teams) stays out of the initial load. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tabs', 'dist');

export const buildOptions = {
  entryPoints: { main: path.join(ROOT, 'tabs/src/main.tsx'), config: path.join(ROOT, 'tabs/src/config.ts') },
  outdir: path.join(OUT, 'assets'),
  bundle: true,
  jsx: 'automatic',
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['chrome110', 'edge110', 'safari16', 'firefox115'],
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
  // Fluent marks its modules "use client" (for React Server Components): meaningless in a browser bundle.
  logOverride: { 'unsupported-directive': 'silent' },
};

export async function buildTab() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const file of ['index.html', 'config.html'])
    fs.copyFileSync(path.join(ROOT, 'tabs/public', file), path.join(OUT, file));
  return esbuild.build(buildOptions);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--watch')) {
    await buildTab();
    const context = await esbuild.context(buildOptions);
    await context.watch();
    process.stdout.write('tab: watching tabs/src for changes\n');
  } else {
    const started = Date.now();
    await buildTab();
    process.stdout.write(`tab built into tabs/dist in ${Date.now() - started} ms\n`);
  }
}
