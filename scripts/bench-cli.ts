// Batch speed of the entities CLI beside compromise (the reference) and the engine in process.
//   npm run bench:cli [-- --rounds N] [-- --copies N] [-- --before DIR]
// Each round runs every variant of the CLI twice on JSON lines: once with one short line (its
// start-up: loading code and the model, one tiny analysis) and once with 100 copies of the seed
// article. Start-up is subtracted: (100 x chars) / (time(100 articles) - time(one line)) is the
// CLI's batch throughput, by the child's own CPU time and by wall clock. compromise's throughput
// (paragraph by paragraph, its fastest mode) and the engine's in process come from a child run in
// the same session (scripts/lib/bench-speed.ts), so the ratios compare numbers taken together.
// The engine's number is warm (measured after a warm-up); a fresh CLI process spends its first
// articles warming V8's JIT, much of it on background compiler threads: the main-thread column
// shows the CLI's own work, and --copies 1000 shows the warm-up amortised.
// Variants: the bundle (dist/cli/entities.mjs, rebuilt first), the TypeScript source through tsx,
// and with --before DIR the scripts/entities.ts of another checkout (e.g. an older commit's files).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildCli, CLI_BUNDLE } from './build-cli.mjs';
import { SHARED } from './lib/gold.ts';
import { median, spread, throughput } from './lib/bench-speed.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, '.tmp', 'bench-cli');
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ROUNDS = Number(opt('--rounds') ?? 5);
const BEFORE = opt('--before');
const COPIES = Number(opt('--copies') ?? 100);

mkdirSync(TMP, { recursive: true });
const seed = readFileSync(`${SHARED}/seed/archyde-xi-putin.txt`, 'utf8');
const batchFile = join(TMP, 'articles.jsonl');
const oneFile = join(TMP, 'one.jsonl');
writeFileSync(batchFile, Array.from({ length: COPIES }, (_, i) => JSON.stringify({ id: i, text: seed })).join('\n') + '\n');
writeFileSync(oneFile, `${JSON.stringify({ id: 0, text: 'Angela Merkel visited Paris.' })}\n`);
const batchChars = COPIES * seed.length;

await buildCli();
const REPORT = join(ROOT, 'scripts', 'lib', 'report-cpu.mjs');
const variants: Array<{ name: string; args: string[] }> = [
  { name: 'CLI bundle (dist/cli)', args: ['--import', REPORT, CLI_BUNDLE, '--jsonl'] },
  { name: 'CLI through tsx', args: ['--import', 'tsx', '--import', REPORT, join(ROOT, 'scripts', 'entities.ts'), '--jsonl'] },
];
if (BEFORE)
  variants.push({ name: `before: ${BEFORE} (tsx)`, args: ['--import', 'tsx', '--import', REPORT, join(BEFORE, 'scripts', 'entities.ts'), '--jsonl'] });

interface Run {
  wall: number;
  cpu: number;
  main: number | null;
}

function run(args: string[], input: string): Run {
  const cpuFile = join(TMP, 'cpu.json');
  rmSync(cpuFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, input: readFileSync(input), env: { ...process.env, CPU_REPORT: cpuFile }, maxBuffer: 1 << 28 });
  const wall = performance.now() - t0;
  if (r.status !== 0 || !existsSync(cpuFile)) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  const lines = r.stdout.toString().trim().split('\n').length;
  if (input === batchFile && lines !== COPIES) throw new Error(`expected ${COPIES} output lines, got ${lines}`);
  const { cpu, main } = JSON.parse(readFileSync(cpuFile, 'utf8')) as { cpu: number; main: number | null };
  return { wall, cpu, main };
}

const results = variants.map(() => ({
  startWall: [] as number[],
  startCpu: [] as number[],
  batchWall: [] as number[],
  batchCpu: [] as number[],
  tpWall: [] as number[],
  tpCpu: [] as number[],
  tpMain: [] as number[],
}));
for (const v of variants) run(v.args, oneFile); // warm the file cache and tsx's transform cache
for (let round = 0; round < ROUNDS; round++) {
  variants.forEach((v, i) => {
    const one = run(v.args, oneFile);
    const batch = run(v.args, batchFile);
    const r = results[i]!;
    r.startWall.push(one.wall);
    r.startCpu.push(one.cpu);
    r.batchWall.push(batch.wall);
    r.batchCpu.push(batch.cpu);
    r.tpWall.push((batchChars / Math.max(1, batch.wall - one.wall)) * 1000);
    r.tpCpu.push((batchChars / Math.max(1, batch.cpu - one.cpu)) * 1000);
    if (batch.main !== null && one.main !== null) r.tpMain.push((batchChars / Math.max(1, batch.main - one.main)) * 1000);
  });
}

// The reference, in its own child process: compromise paragraph by paragraph, and the engine in process.
const ref = await throughput(`${SHARED}/seed/archyde-xi-putin.txt`, 3, 1500);
const compCpu = median(ref.compromise);
const compWall = median(ref.compromiseWall);

const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms (${spread(xs, 0)})`;
const k = (x: number) => `${(x / 1000).toFixed(0)}k`;
const x = (v: number, ref: number) => `${(v / ref).toFixed(1)}x`;
console.log(
  `\n== entities CLI, ${COPIES} copies of the seed article (${seed.length} chars) as JSON lines; ${ROUNDS} rounds; load ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')} ==`,
);
console.log('time: median (min..max) over the rounds; throughput: chars per second once start-up is subtracted, and its ratio to compromise');
console.log(
  `${'variant'.padEnd(30)}${'start-up CPU'.padEnd(22)}${'start-up wall'.padEnd(23)}${'100 articles CPU'.padEnd(23)}${'100 articles wall'.padEnd(23)}${'CPU, all threads'.padEnd(18)}${'CPU, main thread'.padEnd(18)}wall`,
);
variants.forEach((v, i) => {
  const r = results[i]!;
  const cpu = median(r.tpCpu);
  const main = r.tpMain.length > 0 ? `${k(median(r.tpMain))} ${x(median(r.tpMain), compCpu)}` : '-';
  const wall = median(r.tpWall);
  console.log(
    `${v.name.padEnd(30)}${ms(r.startCpu).padEnd(22)}${ms(r.startWall).padEnd(23)}${ms(r.batchCpu).padEnd(23)}${ms(r.batchWall).padEnd(23)}${`${k(cpu)} ${x(cpu, compCpu)}`.padEnd(18)}${main.padEnd(18)}${k(wall)} ${x(wall, compWall)}`,
  );
});
const pad = ''.padEnd(30 + 22 + 23 + 23 + 23);
console.log(
  `${'engine in process, warm'.padEnd(30)}${pad.slice(30)}${`${k(median(ref.ours))} ${median(ref.ratios).toFixed(1)}x`.padEnd(36)}${k(median(ref.oursWall))} ${median(ref.wallRatios).toFixed(1)}x`,
);
console.log(`${'compromise 14 (reference)'.padEnd(30)}${pad.slice(30)}${`${k(compCpu)} 1.0x`.padEnd(36)}${k(compWall)} 1.0x`);
