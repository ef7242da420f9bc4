// Throughput, cold start (fresh child processes) and sizes of the engine vs compromise.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MODEL_PATH } from './engine.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TMP = `${ROOT}.tmp/bench-ner`;

export interface ThroughputRounds {
  chars: number;
  rounds: number;
  /** per round: chars per CPU-second of the child process (ours full analyze, tagger alone, compromise) */
  ours: number[];
  tagger: number[];
  compromise: number[];
  /** per round: ours / compromise, both measured by CPU time in the same round */
  ratios: number[];
  /** the same by wall clock */
  oursWall: number[];
  compromiseWall: number[];
  wallRatios: number[];
}

/**
 * The seed's paragraphs repeated 100 times (the product analyses a whole article in one call;
 * compromise is given one paragraph at a time, which is its fastest mode). Runs in a fresh child
 * process (esbuild bundle of the engine, nothing else loaded), `rounds` interleaved rounds (ours,
 * tagger alone, compromise on a time budget), each timed by the child's CPU time
 * (process.cpuUsage) and by wall clock. One warm-up call each before the first round.
 * `engine`: another ES bundle exporting createAnalyzer and loadTagger (A/B against an older commit).
 */
export async function throughput(seedPath: string, rounds = 5, compromiseMs = 2000, engine?: string): Promise<ThroughputRounds> {
  if (!engine) await bundle(ENGINE_ENTRY, 'engine.node.mjs', 'node');
  const code = `
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
const e = await import('${engine ?? `${TMP}/engine.node.mjs`}');
const tagger = e.loadTagger(new Uint8Array(readFileSync('${MODEL_PATH}')));
const analyze = e.createAnalyzer(tagger);
const seed = readFileSync('${seedPath}', 'utf8');
const paras = seed.split('\\n').filter((p) => p.trim());
const all = []; for (let i = 0; i < 100; i++) all.push(...paras);
const text = all.join('\\n');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const timed = (f) => { const c = cpu(), w = performance.now(); f(); return [cpu() - c, performance.now() - w]; };
const comp1 = (p) => { const d = nlp(p); d.people().json({ offset: true }); d.places().json({ offset: true }); d.organizations().json({ offset: true }); };
analyze(seed); tagger.tag(seed); for (const p of paras) comp1(p);
const r = { chars: text.length, rounds: ${rounds}, ours: [], tagger: [], compromise: [], ratios: [], oursWall: [], compromiseWall: [], wallRatios: [] };
let next = 0;
for (let i = 0; i < ${rounds}; i++) {
  const [c, w] = timed(() => analyze(text));
  r.ours.push(text.length / c * 1000); r.oursWall.push(text.length / w * 1000);
  r.tagger.push(text.length / timed(() => tagger.tag(text))[0] * 1000);
  let done = 0; const c0 = cpu(), w0 = performance.now();
  while (performance.now() - w0 < ${compromiseMs}) { const p = all[next++ % all.length]; comp1(p); done += p.length + 1; }
  r.compromise.push(done / (cpu() - c0) * 1000); r.compromiseWall.push(done / (performance.now() - w0) * 1000);
  r.ratios.push(r.ours[i] / r.compromise[i]); r.wallRatios.push(r.oursWall[i] / r.compromiseWall[i]);
}
console.log(JSON.stringify(r));`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`throughput child failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim()) as ThroughputRounds;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
export const spread = (xs: number[], d = 1) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(d)}..${s[s.length - 1]!.toFixed(d)}`;
};

async function bundle(entry: string, file: string, platform: 'browser' | 'node'): Promise<Uint8Array> {
  const r = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: platform === 'node' ? 'esm' : 'iife',
    platform,
    target: platform === 'node' ? 'node20' : ['chrome110', 'firefox115'],
    write: false,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0]!.contents;
  mkdirSync(TMP, { recursive: true });
  writeFileSync(`${TMP}/${file}`, out);
  return out;
}

export interface Sizes {
  modelRaw: number;
  modelGzip: number;
  engineRaw: number;
  engineGzip: number;
  compromiseRaw: number;
  compromiseGzip: number;
}

const ENGINE_ENTRY = `export { createAnalyzer } from './src/core/analyze.ts'; export { loadTagger } from './src/core/ner/index.ts';`;

export async function sizes(): Promise<Sizes> {
  const model = readFileSync(MODEL_PATH);
  const engine = await bundle(
    `import * as e from './src/core/analyze.ts'; import * as n from './src/core/ner/index.ts'; (globalThis as any).__ner = { ...e, ...n };`,
    'engine.browser.js',
    'browser',
  );
  const comp = await bundle(`import nlp from 'compromise'; (globalThis as any).__nlp = nlp;`, 'compromise.browser.js', 'browser');
  return {
    modelRaw: model.length,
    modelGzip: gzipSync(model, { level: 9 }).length,
    engineRaw: engine.length,
    engineGzip: gzipSync(engine, { level: 9 }).length,
    compromiseRaw: comp.length,
    compromiseGzip: gzipSync(comp, { level: 9 }).length,
  };
}

export interface ColdStart {
  oursMs: number;
  compromiseMs: number;
  /** CPU time of the same work in the child (user + system, all threads), median. */
  oursCpuMs: number;
  compromiseCpuMs: number;
  runs: number;
  oursWallAll: number[];
  oursCpuAll: number[];
}

/**
 * Import + model load + first call on the seed, each in a fresh Node process (median of `runs`,
 * the systems interleaved). The child is a script file, as the CLI runs, and its clock starts
 * after Node's own `node:fs` is loaded: an `--input-type=module -e` child times the same code
 * 5-10 ms slower, which is not the engine's cost.
 */
export async function coldStart(seedPath: string, runs = 7): Promise<ColdStart> {
  await bundle(ENGINE_ENTRY, 'engine.node.mjs', 'node');
  const head =
    `import { readFileSync } from 'node:fs';\nconst seed = readFileSync('${seedPath}', 'utf8');\n` + `const t0 = performance.now(), c0 = process.cpuUsage();\n`;
  const tail = `const c = process.cpuUsage(c0);\nconsole.log(performance.now() - t0, (c.user + c.system) / 1000);\n`;
  // The model's bytes are used as read (a Buffer is a Uint8Array): the extension hands its fetched
  // ArrayBuffer to loadTagger the same way.
  writeFileSync(
    `${TMP}/cold-ours.mjs`,
    head +
      `const e = await import('${TMP}/engine.node.mjs');\n` +
      `const a = e.createAnalyzer(e.loadTagger(readFileSync('${MODEL_PATH}')));\na(seed);\n` +
      tail,
  );
  writeFileSync(
    `${TMP}/cold-compromise.mjs`,
    head +
      `const { default: nlp } = await import('compromise');\n` +
      `const d = nlp(seed); d.people().json({ offset: true }); d.places().json({ offset: true }); d.organizations().json({ offset: true });\n` +
      tail,
  );
  const ours = `${TMP}/cold-ours.mjs`,
    comp = `${TMP}/cold-compromise.mjs`;
  const once = (script: string): [number, number] => {
    const r = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' });
    const [w = NaN, c = NaN] = r.stdout.trim().split(' ').map(Number);
    return [w, c];
  };
  const ow: number[] = [],
    oc: number[] = [],
    cw: number[] = [],
    cc: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [w, c] = once(ours);
    ow.push(w);
    oc.push(c);
    const [w2, c2] = once(comp);
    cw.push(w2);
    cc.push(c2);
  }
  return { oursMs: median(ow), oursCpuMs: median(oc), compromiseMs: median(cw), compromiseCpuMs: median(cc), runs, oursWallAll: ow, oursCpuAll: oc };
}

// --- Growth from n to 2n characters ------------------------------------------------------------
// The linearity guard's measure, shared by src/core/linearity.test.ts and the adversarial section
// of bench:ner. A ratio, never an absolute time: a linear pass doubles (about 2), a quadratic one
// quadruples (about 4), whatever the machine's speed.

// A young-generation collection before each timing: every timing starts with an empty nursery, so
// what one call leaves behind is not charged to the next one (a full collection would cost more
// than most timings: the engine's model is a large heap to mark).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
const collect = () => gc({ type: 'minor' });

/** CPU milliseconds used by this process so far: unlike the wall clock, other processes on a
 *  busy machine do not add to it. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Growth {
  /** CPU milliseconds per call at n and at 2n (the minimum over the repeats). */
  msN: number;
  ms2N: number;
  ratio: number;
}

/**
 * Times `fn` on `make(n)` and `make(2n)` by CPU time, after a warm-up call on each. A call that is
 * too quick to time well is repeated in a loop (the same count at both sizes, chosen at n so that
 * one timing is at least `minMs`); each size is timed `repeats` times, interleaved, and the minimum
 * is kept, which drops most of what a loaded machine adds (cache misses, collector threads).
 */
export function growth(fn: (text: string) => unknown, make: (n: number) => string, n: number, repeats = 3, minMs = 10): Growth {
  const a = make(n);
  const b = make(2 * n);
  fn(a);
  fn(b);
  let loops = 1;
  for (;;) {
    const t0 = cpuMs();
    for (let i = 0; i < loops; i++) fn(a);
    const dt = cpuMs() - t0;
    if (dt >= minMs || loops >= 1 << 16) break;
    loops = Math.min(1 << 16, Math.max(loops * 2, Math.ceil((loops * minMs) / Math.max(dt, 0.01))));
  }
  let msN = Infinity;
  let ms2N = Infinity;
  for (let r = 0; r < repeats; r++) {
    collect();
    let t0 = cpuMs();
    for (let i = 0; i < loops; i++) fn(a);
    msN = Math.min(msN, (cpuMs() - t0) / loops);
    collect();
    t0 = cpuMs();
    for (let i = 0; i < loops; i++) fn(b);
    ms2N = Math.min(ms2N, (cpuMs() - t0) / loops);
  }
  return { msN, ms2N, ratio: ms2N / msN };
}
