// Cold start of the full pipeline in fresh processes, as the product runs it:
//   node scripts/cold-start-full.mjs [runs=7] [--prof]
// Bundles src/core (createAnalyzer + loadTagger) with esbuild into .tmp/, then, in each fresh
// process: import the bundle, load models/ner.bin, analyze the seed article once (CPU + wall ms).
// --prof writes a V8 CPU profile of one cold run to .tmp/cold-prof/ (no flags in the timed runs).
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
mkdirSync('.tmp', { recursive: true });
buildSync({
  stdin: { contents: `export { createAnalyzer } from './src/core/analyze.ts'; export { loadTagger } from './src/core/ner/index.ts';`, resolveDir: '.', loader: 'ts' },
  bundle: true, format: 'esm', minify: !process.argv.includes('--prof'), outfile: '.tmp/engine-cold.mjs', target: 'es2022', platform: 'neutral',
});
writeFileSync('.tmp/engine-cold-run.mjs', `
import { readFileSync } from 'node:fs';
const seed = readFileSync(${JSON.stringify(new URL('../../shared/seed/archyde-xi-putin.txt', import.meta.url).pathname)}, 'utf8');
const bytes = new Uint8Array(readFileSync('models/ner.bin'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu(), t0 = performance.now();
const e = await import('./engine-cold.mjs');
const c1 = cpu();
const tagger = e.loadTagger(bytes);
const analyze = e.createAnalyzer(tagger);
const c2 = cpu();
const a = analyze(seed);
const c3 = cpu(), t3 = performance.now();
analyze(seed.slice(0, seed.length >> 1) + ' ');
const c4 = cpu();
console.log(JSON.stringify({ wall: t3 - t0, cpu: c3 - c0, import: c1 - c0, load: c2 - c1, first: c3 - c2, second: c4 - c3, mentions: a.mentions.length }));
`);
if (process.argv.includes('--prof')) {
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', '.tmp/cold-prof', '.tmp/engine-cold-run.mjs'], { stdio: 'inherit' });
}
const rs = [];
for (let i = 0; i < runs; i++) rs.push(JSON.parse(execFileSync(process.execPath, ['.tmp/engine-cold-run.mjs'], { encoding: 'utf8' })));
const med = (k) => rs.map((r) => r[k]).sort((a, b) => a - b)[rs.length >> 1];
const rng = (k) => { const v = rs.map((r) => r[k]).sort((a, b) => a - b); return `${v[0].toFixed(1)}..${v[v.length - 1].toFixed(1)}`; };
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (2 cores)`);
console.log(`cold start, median of ${runs} fresh processes (range): total ${med('wall').toFixed(1)} ms wall (${rng('wall')}), ${med('cpu').toFixed(1)} ms CPU (${rng('cpu')})`);
console.log(`  CPU ms: import ${med('import').toFixed(1)}, model load + createAnalyzer ${med('load').toFixed(1)}, first analyze ${med('first').toFixed(1)} (${rng('first')}), second call ${med('second').toFixed(1)}; ${rs[0].mentions} mentions`);
