// Builds the extension for Chromium and Firefox from one source tree.
//
//   node build.mjs            production build: type-check, bundle, dist/chrome, dist/firefox, store packages
//   node build.mjs --dev      development build: inline source maps, no packages
//   node build.mjs --watch    development build, rebuilt on every change
//   node build.mjs --no-typecheck   skip tsc (the test command type-checks separately)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BROWSERS = ['chrome', 'firefox'];

// Every script is an IIFE: content scripts and MV3 classic background scripts cannot be ES modules
// in both browsers, and an IIFE keeps our names out of the page's and the worker's global scope.
const ENTRIES = [
  { in: 'src/content/index.ts', out: 'content' }, // injected into Archyde article pages
  { in: 'src/background/index.ts', out: 'background' }, // service worker (Chromium) / event page (Firefox)
  { in: 'src/popup/index.tsx', out: 'popup' }, // toolbar popup
  { in: 'src/options/index.tsx', out: 'options' }, // settings page
  { in: 'src/background/engine/worker.ts', out: 'engine-worker' }, // runs the engine on long texts (docs/decisions/0100)
  { in: 'src/background/engine/offscreen.ts', out: 'offscreen' }, // Chromium: hosts the engine workers a service worker cannot start
];

// Files copied as they are: [source, destination inside each dist folder].
const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['src/ui/theme.css', 'theme.css'],
  ['src/background/engine/offscreen.html', 'offscreen.html'],
  ['src/content/highlights.css', 'content.css'], // mention styles, injected by the manifest's content_scripts css
  ['src/content/notes.css', 'notes.css'], // selection note marks (::highlight rules), injected the same way
  ['src/_locales', '_locales'], // user-facing text (browser.i18n), see src/shared/i18n.ts
  ['icons', 'icons'],
  ['models', 'models'],
];

/** One source manifest; each browser gets only the keys it understands, so neither warns. */
function manifestFor(browser) {
  const m = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  m.version = pkg.version;
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete m.background.service_worker;
    m.permissions = m.permissions.filter((p) => p !== 'offscreen'); // Chromium's; Firefox's background page starts workers itself
  }
  return m;
}

function typecheck() {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const project of ['tsconfig.json', 'tsconfig.node.json']) {
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`\nbuild: type errors in ${project}; nothing was built.`);
      process.exit(1);
    }
  }
}

function copyStatic(outDir) {
  for (const [src, dest] of STATIC) {
    const from = join(ROOT, src);
    if (!existsSync(from)) continue;
    cpSync(from, join(outDir, dest), { recursive: true, filter: (p) => !p.endsWith('.gitkeep') && !p.endsWith('.svg') });
  }
}

function filesUnder(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

function writePackages() {
  const outDir = join(ROOT, 'dist', 'packages');
  mkdirSync(outDir, { recursive: true });
  for (const browser of BROWSERS) {
    const ext = browser === 'firefox' ? 'xpi' : 'zip';
    const file = join(outDir, `archyde-annotator-${pkg.version}-${browser}.${ext}`);
    writeFileSync(file, zipSync(filesUnder(join(ROOT, 'dist', browser)), { level: 9 }));
    console.log(`build: ${relative(ROOT, file)}`);
  }
}

function esbuildOptions(browser) {
  return {
    entryPoints: ENTRIES.map((e) => ({ in: join(ROOT, e.in), out: e.out })),
    outdir: join(ROOT, 'dist', browser),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

function writeShell(browser) {
  const outDir = join(ROOT, 'dist', browser);
  mkdirSync(outDir, { recursive: true });
  copyStatic(outDir);
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2));
}

async function main() {
  if (!dev && !args.has('--no-typecheck')) typecheck();
  for (const browser of BROWSERS) rmSync(join(ROOT, 'dist', browser), { recursive: true, force: true });
  rmSync(join(ROOT, 'dist', 'packages'), { recursive: true, force: true });

  if (watch) {
    for (const browser of BROWSERS) {
      writeShell(browser);
      const ctx = await esbuild.context({
        ...esbuildOptions(browser),
        plugins: [
          {
            name: 'shell',
            setup: (b) =>
              b.onEnd(() => {
                writeShell(browser);
                console.log(`build: ${browser} rebuilt`);
              }),
          },
        ],
      });
      await ctx.watch();
    }
    console.log('build: watching for changes (Ctrl+C to stop)');
    return;
  }

  for (const browser of BROWSERS) {
    writeShell(browser);
    await esbuild.build(esbuildOptions(browser));
    console.log(`build: dist/${browser}`);
  }
  if (!dev) writePackages();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
