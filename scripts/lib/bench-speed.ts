// Throughput, cold start (fresh child processes) and sizes of the engine vs compromise.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import type { Analyzer } from '../../src/core/analyze.ts';
import { MODEL_PATH } from './engine.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TMP = `${ROOT}.tmp/bench-ner`;

export interface Throughput {
  oursCharsPerSec: number;
  compromiseCharsPerSec: number;
  /** Same, per second of this process's CPU time: steadier when other processes share the cores. */
  oursCharsPerCpuSec: number;
  compromiseCharsPerCpuSec: number;
  chars: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** One timed run: wall ms and this process's CPU ms. */
function timed(f: () => unknown): [number, number] {
  const s = performance.now();
  const c = process.cpuUsage();
  f();
  return [performance.now() - s, cpuMs(c)];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * The seed's paragraphs repeated 100 times: ours on the whole text (one call), compromise per
 * paragraph. The machine is shared, so three rounds interleave the systems (each round: ours,
 * the tagger alone, then compromise on a third of the time budget) and the medians are reported.
 */
export function throughput(seed: string, analyze: Analyzer, budgetMs = 20000, tag?: (t: string) => unknown): Throughput & { taggerCharsPerSec: number; ratios: number[] } {
  const paras = seed.split('\n').filter((p) => p.trim());
  const all: string[] = [];
  for (let i = 0; i < 100; i++) all.push(...paras);
  const text = all.join('\n');
  analyze(seed); // warm-up
  for (const p of paras) nlp(p).people();
  const ours: number[] = [], oursCpu: number[] = [], tagger: number[] = [], comp: number[] = [], compCpu: number[] = [], ratios: number[] = [];
  let next = 0; // compromise continues through the repeated paragraphs across rounds
  for (let round = 0; round < 3; round++) {
    const [w, c] = timed(() => analyze(text));
    ours.push(text.length / (w / 1000));
    oursCpu.push(text.length / (c / 1000));
    if (tag) tagger.push(text.length / (timed(() => tag(text))[0] / 1000));
    let done = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    while (performance.now() - t0 < budgetMs / 3) {
      const p = all[next++ % all.length]!;
      const d = nlp(p);
      d.people().json({ offset: true });
      d.places().json({ offset: true });
      d.organizations().json({ offset: true });
      done += p.length + 1;
    }
    comp.push(done / ((performance.now() - t0) / 1000));
    compCpu.push(done / (cpuMs(c0) / 1000));
    ratios.push(ours[round]! / comp[round]!);
  }
  return {
    oursCharsPerSec: median(ours), compromiseCharsPerSec: median(comp), oursCharsPerCpuSec: median(oursCpu),
    compromiseCharsPerCpuSec: median(compCpu), chars: text.length, taggerCharsPerSec: tag ? median(tagger) : NaN, ratios,
  };
}

async function bundle(entry: string, file: string, platform: 'browser' | 'node'): Promise<Uint8Array> {
  const r = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true, minify: true, format: platform === 'node' ? 'esm' : 'iife', platform,
    target: platform === 'node' ? 'node20' : ['chrome110', 'firefox115'], write: false, logLevel: 'silent',
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
  const engine = await bundle(`import * as e from './src/core/analyze.ts'; import * as n from './src/core/ner/index.ts'; (globalThis as any).__ner = { ...e, ...n };`, 'engine.browser.js', 'browser');
  const comp = await bundle(`import nlp from 'compromise'; (globalThis as any).__nlp = nlp;`, 'compromise.browser.js', 'browser');
  return {
    modelRaw: model.length, modelGzip: gzipSync(model, { level: 9 }).length,
    engineRaw: engine.length, engineGzip: gzipSync(engine, { level: 9 }).length,
    compromiseRaw: comp.length, compromiseGzip: gzipSync(comp, { level: 9 }).length,
  };
}

export interface ColdStart {
  oursMs: number;
  compromiseMs: number;
  /** CPU time of the same work in the child (user + system), median of 3. */
  oursCpuMs: number;
  compromiseCpuMs: number;
}

/** Import + model load + first call on the seed, each in a fresh Node process (median of 3). */
export async function coldStart(seedPath: string): Promise<ColdStart> {
  await bundle(ENGINE_ENTRY, 'engine.node.mjs', 'node');
  const ours = `const t0=performance.now();const c0=process.cpuUsage();const fs=await import('node:fs');const e=await import('${TMP}/engine.node.mjs');` +
    `const a=e.createAnalyzer(e.loadTagger(new Uint8Array(fs.readFileSync('${MODEL_PATH}'))));a(fs.readFileSync('${seedPath}','utf8'));` +
    `const c=process.cpuUsage(c0);console.log(performance.now()-t0,(c.user+c.system)/1000);`;
  const comp = `const t0=performance.now();const c0=process.cpuUsage();const fs=await import('node:fs');const {default:nlp}=await import('compromise');` +
    `const d=nlp(fs.readFileSync('${seedPath}','utf8'));d.people().json({offset:true});d.places().json({offset:true});d.organizations().json({offset:true});` +
    `const c=process.cpuUsage(c0);console.log(performance.now()-t0,(c.user+c.system)/1000);`;
  const run = (code: string): [number, number] => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
      const [w = NaN, c = NaN] = r.stdout.trim().split(' ').map(Number);
      wall.push(w);
      cpu.push(c);
    }
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    return [med(wall), med(cpu)];
  };
  const [oursMs, oursCpuMs] = run(ours);
  const [compromiseMs, compromiseCpuMs] = run(comp);
  return { oursMs, compromiseMs, oursCpuMs, compromiseCpuMs };
}
