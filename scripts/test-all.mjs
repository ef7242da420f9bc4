// The one test command (`npm test`): type-check, lint (with the import boundaries), format check,
// unused exports, unit tests, build, manifest lint, e2e in Chromium and Firefox. Each stage's own output streams through; the last line is the total
// as "N passed, N failed" so CI and people read one number.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const results = []; // { stage, passed, failed }

/** `capture` keeps the output (and still shows it unless `silent`: machine-readable output the stage prints itself). */
function run(cmd, args, { capture = false, silent = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        out += d;
        if (!silent) process.stdout.write(d);
      });
      child.stderr.on('data', (d) => {
        out += d;
        process.stderr.write(d);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function banner(text) {
  console.log(`\n=== ${text} ===`);
}

async function stage(name, fn) {
  banner(name);
  const started = Date.now();
  const r = await fn();
  results.push({ stage: name, ...r });
  console.log(`--- ${name}: ${r.passed} passed, ${r.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r;
}

const npx = (bin, args, opts) => run(process.execPath, [`node_modules/.bin/${bin}`, ...args], opts);
const nodeScript = (file, args = [], opts) => run(process.execPath, [file, ...args], opts);

await stage('type-check', async () => {
  const a = await npx('tsc', ['--noEmit', '-p', 'tsconfig.json']);
  const b = await npx('tsc', ['--noEmit', '-p', 'tsconfig.node.json']);
  return { passed: (a.code === 0) + (b.code === 0), failed: (a.code !== 0) + (b.code !== 0) };
});

await stage('lint (eslint)', async () => {
  const r = await npx('eslint', ['.', '--format', 'json'], { capture: true, silent: true });
  let files;
  try {
    files = JSON.parse(r.out.slice(r.out.indexOf('[')));
  } catch {
    console.log(r.out);
    return { passed: 0, failed: 1 }; // no report: eslint itself failed (e.g. a config error)
  }
  let problems = 0;
  for (const f of files) {
    for (const m of f.messages) {
      problems++;
      console.log(`${f.filePath}:${m.line ?? 0}:${m.column ?? 0} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId ?? 'parse'})`);
    }
  }
  // Warnings count as failures too: the config has none on purpose, so any that appears is new.
  return { passed: files.filter((f) => f.messages.length === 0).length, failed: problems + (r.code !== 0 && problems === 0 ? 1 : 0) };
});

await stage('format (prettier --check)', async () => {
  const r = await npx('prettier', ['--check', '.', '--log-level', 'warn'], { capture: true });
  const files = (r.out.match(/^\[warn\] (?!Code style issues)/gm) ?? []).length;
  return { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : Math.max(files, 1) };
});

await stage('unused exports (knip)', async () => {
  const r = await npx('knip', ['--no-progress']);
  return { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : 1 };
});

await stage('unit tests (node --test)', async () => {
  const r = await nodeScript('scripts/run-unit-tests.mjs', ['--test-reporter=spec'], { capture: true });
  const pass = Number(/(?:ℹ|#) pass (\d+)/.exec(r.out)?.[1] ?? 0);
  const fail = Number(/(?:ℹ|#) fail (\d+)/.exec(r.out)?.[1] ?? 0);
  const skipped = Number(/(?:ℹ|#) skipped (\d+)/.exec(r.out)?.[1] ?? 0) + Number(/(?:ℹ|#) todo (\d+)/.exec(r.out)?.[1] ?? 0);
  // A crash before the summary, or skipped tests, count as failures: nothing may pass silently.
  return { passed: pass, failed: fail + skipped + (r.code !== 0 && fail === 0 ? 1 : 0) };
});

const build = await stage('build', async () => {
  const r = await nodeScript('build.mjs', ['--no-typecheck']);
  return { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : 1 };
});

if (build.failed === 0) {
  await stage('web-ext lint (dist/firefox)', async () => {
    const r = await npx('web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { capture: true });
    let errors = 1;
    try {
      const json = JSON.parse(r.out.slice(r.out.indexOf('{')));
      errors = json.summary?.errors ?? json.errors?.length ?? 1;
      for (const w of json.warnings ?? []) console.log(`warning ${w.code}: ${w.message}`);
      for (const e of json.errors ?? []) console.log(`ERROR ${e.code}: ${e.message} ${e.file ?? ''}`);
    } catch {
      console.log('could not read web-ext lint output');
    }
    return { passed: errors === 0 ? 1 : 0, failed: errors === 0 ? 0 : 1 };
  });

  await stage('e2e (Chromium + Firefox ESR)', async () => {
    rmSync('test-results/e2e.json', { force: true });
    await npx('playwright', ['test']);
    try {
      const stats = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
      // Skipped and flaky tests are defects here, not passes.
      return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped };
    } catch {
      return { passed: 0, failed: 1 }; // no report: the runner itself failed
    }
  });
}

banner('summary');
for (const r of results) console.log(`${r.stage.padEnd(32)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
