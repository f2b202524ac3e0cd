#!/usr/bin/env node
// Builds the tab: tabs/src → tabs/dist (index.html, config.html, assets/*.js), minified, split into chunks
// so that teams-js (only needed inside Teams) stays out of the initial load; config.html gets index.html's head
// (configPage). `--watch` rebuilds on change.
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

const STYLE = /<style>[\s\S]*?<\/style>/;
const BODY = /<body>[\s\S]*<\/body>/;
const indented = (text, spaces) => text.replace(/^(?=.)/gm, ' '.repeat(spaces));

/** The configuration page: index.html's head, with the style and body tabs/public/config.html holds. */
export function configPage(index, config) {
  const style = STYLE.exec(config)?.[0];
  if (!style || !STYLE.test(index) || !BODY.test(index))
    throw new Error('tabs/public: a page lost its <style> or <body>');
  const body = config
    .replace(/^<!--[\s\S]*?-->\n/, '')
    .replace(style, '')
    .trim();
  return index
    .replace(STYLE, () => indented(style, 4).trimStart())
    .replace(BODY, () => `<body>\n${indented(body, 4)}\n  </body>`);
}

export async function buildTab() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const page = (file) => fs.readFileSync(path.join(ROOT, 'tabs/public', file), 'utf8');
  fs.writeFileSync(path.join(OUT, 'index.html'), page('index.html'));
  fs.writeFileSync(path.join(OUT, 'config.html'), configPage(page('index.html'), page('config.html')));
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
