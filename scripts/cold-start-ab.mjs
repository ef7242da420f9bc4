// A/B cold start of the full pipeline: src/core at an older commit vs the working tree, in
// alternating fresh processes (import + model load + first analyze of the seed article).
//   node scripts/cold-start-ab.mjs [COMMIT=HEAD~1] [RUNS=9]
// The model file is the current one for both sides.
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { mkdirSync, rmSync } from 'node:fs';
const ROOT = new URL('..', import.meta.url).pathname;
const commit = process.argv[2] ?? 'HEAD~1';
const OLD = `${ROOT}.tmp/ab-src`;
rmSync(OLD, { recursive: true, force: true });
mkdirSync(OLD, { recursive: true });
execFileSync('sh', ['-c', `git archive ${JSON.stringify(commit)} src/core | tar -x -C ${JSON.stringify(OLD)}`], { cwd: ROOT });
const SEED = new URL('../../shared/seed/archyde-xi-putin.txt', import.meta.url).pathname;
const entry = `export { createAnalyzer } from './src/core/analyze.ts'; export { loadTagger } from './src/core/ner/index.ts';`;
for (const [dir, out] of [[OLD, `${ROOT}.tmp/ab-old.mjs`], [ROOT, `${ROOT}.tmp/ab-new.mjs`]])
  buildSync({ stdin: { contents: entry, resolveDir: dir, loader: 'ts' }, bundle: true, format: 'esm', minify: true, outfile: out, target: 'es2022', platform: 'neutral' });
const run = (b) => `
import { readFileSync } from 'node:fs';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu(), t0 = performance.now();
const e = await import('${b}');
const a = e.createAnalyzer(e.loadTagger(new Uint8Array(readFileSync('${ROOT}models/ner.bin'))));
const c1 = cpu(), t1 = performance.now();
a(readFileSync('${SEED}', 'utf8'));
console.log(JSON.stringify({ wall: performance.now() - t0, cpu: cpu() - c0, firstWall: performance.now() - t1, firstCpu: cpu() - c1 }));`;
const N = Number(process.argv[3] ?? 9);
const res = { old: [], new: [] };
console.log('load before', loadavg().map((x) => x.toFixed(2)).join(' '));
for (let i = 0; i < N; i++) for (const k of ['old', 'new']) res[k].push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', run(`${ROOT}.tmp/ab-${k}.mjs`)], { encoding: 'utf8' })));
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rng = (xs) => { const s = [...xs].sort((a, b) => a - b); return `${s[0].toFixed(0)}..${s[s.length - 1].toFixed(0)}`; };
for (const k of ['old', 'new']) {
  const r = res[k];
  console.log(`${k === 'old' ? commit : 'working tree'}: total wall ${med(r.map((x) => x.wall)).toFixed(1)} ms (${rng(r.map((x) => x.wall))}), CPU ${med(r.map((x) => x.cpu)).toFixed(1)} (${rng(r.map((x) => x.cpu))}); first analyze wall ${med(r.map((x) => x.firstWall)).toFixed(1)}, CPU ${med(r.map((x) => x.firstCpu)).toFixed(1)}`);
}
console.log('load after', loadavg().map((x) => x.toFixed(2)).join(' '));
