// Cold start and throughput of the bundled tagger, as the content script would run it:
//   node scripts/train/cold-start.mjs [models/ner.bin]
// Bundles src/core/ner/index.ts with esbuild into .tmp/, then times import + load + first tag
// of the 5 KB seed article in a fresh process, and throughput on the article repeated 100 times.
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const model = process.argv[2] ?? 'models/ner.bin';
mkdirSync('.tmp', { recursive: true });
buildSync({ entryPoints: ['src/core/ner/index.ts'], bundle: true, format: 'esm', minify: true, outfile: '.tmp/ner-bundle.mjs', target: 'es2022' });
writeFileSync('.tmp/ner-cold.mjs', `
import { readFileSync } from 'node:fs';
const seed = readFileSync(new URL('../../shared/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');
const bytes = new Uint8Array(readFileSync(${JSON.stringify(model)}));
const c0 = process.cpuUsage();
const t0 = performance.now();
const { loadTagger } = await import('./ner-bundle.mjs');
const t1 = performance.now();
const tagger = loadTagger(bytes);
const t2 = performance.now();
const first = tagger.tag(seed);
const t3 = performance.now();
console.log('cold: import ' + (t1 - t0).toFixed(1) + ' ms, loadTagger ' + (t2 - t1).toFixed(2) + ' ms, first tag (5 KB) ' + (t3 - t2).toFixed(1) + ' ms, total ' + (t3 - t0).toFixed(1) + ' ms, ' + first.length + ' mentions');
const big = Array(100).fill(seed).join('\\n');
const runs = [], cpu = [];
for (let r = 0; r < 9; r++) {
  const c = process.cpuUsage(); const s = performance.now();
  tagger.tag(big);
  runs.push(performance.now() - s); const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000);
}
runs.sort((a, b) => a - b); cpu.sort((a, b) => a - b);
const mcs = (ms) => (big.length / ms * 1000 / 1e6).toFixed(2);
console.log('throughput on seed x100 (' + big.length + ' chars, 9 runs): wall median ' + mcs(runs[4]) + ' M chars/s, best ' + mcs(runs[0]) + '; per CPU-second median ' + mcs(cpu[4]) + ' M chars/s');
`);
console.log(execFileSync(process.execPath, ['.tmp/ner-cold.mjs'], { encoding: 'utf8' }).trim());
