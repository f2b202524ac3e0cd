/**
 * Where did the time go? Summarises a V8 .cpuprofile (e.g. from `BENCH_CPU_PROF=prof npm run bench`):
 *   node_modules/.bin/tsx bench/profile-summary.ts prof/server/CPU.….cpuprofile [top=25] [skipSeconds=0]
 * Prints self time per package (or project folder), the functions with the most self time, and the
 * functions with the most total (inclusive) time, as shares of the time the thread was not idle.
 * `skipSeconds` leaves out the start of the profile (module loading, before the load began).
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.resolve(__dirname, '..');

function bucketOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? '?');
  }
  if (file.startsWith('node:')) return 'node (core)';
  if (file.startsWith(ROOT)) return `${path.relative(ROOT, file).split(path.sep)[0]}/ (project)`;
  return file;
}

function main(): void {
  const [file, topArg, skipArg] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [skipSeconds]\n');
    process.exit(2);
  }
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const where = f.url ? `${path.relative(ROOT, f.url.replace(/^file:\/\//, ''))}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const buckets = new Map<string, number>();
  const skipUs = Number(skipArg ?? 0) * 1e6;
  let all = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000; // µs → ms
    at += profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node || at - profile.startTime < skipUs) return;
    all += dt;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });

  const idle = buckets.get('(idle)') ?? 0;
  const busy = all - idle;
  const print = (title: string, map: Map<string, number>, n: number) => {
    process.stdout.write(`\n${title}\n`);
    const rows = [...map].filter(([k]) => !['(idle)', '(root)'].includes(k)).sort((a, b) => b[1] - a[1]);
    for (const [k, ms] of rows.slice(0, n)) {
      process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${k}\n`);
    }
  };
  process.stdout.write(
    `${path.basename(file)}: ${all.toFixed(0)} ms sampled, ${idle.toFixed(0)} ms idle, ${busy.toFixed(0)} ms busy ` +
      '(percentages are of busy)\n',
  );
  print('self time by package', buckets, top);
  print('self time by function', self, top);
  print('total time by function', total, top);
}

main();
