// Bundles the entities CLI (scripts/entities.ts) for Node into dist/cli/: one ES module plus a
// chunk for the HTML reader, which is loaded only when HTML is read. Running the bundle skips
// tsx's start-up (about 0.5 s of TypeScript loading per run) and runs minified code.
//   node scripts/build-cli.mjs
// `npm run entities` (scripts/entities-run.mjs) rebuilds it first when a source is newer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_DIR = join(ROOT, 'dist', 'cli');
export const CLI_BUNDLE = join(CLI_DIR, 'entities.mjs');
/** The inputs of the last build (esbuild's metafile), for the staleness check. */
export const CLI_META = join(CLI_DIR, 'meta.json');

export async function buildCli() {
  const esbuild = await import('esbuild');
  mkdirSync(CLI_DIR, { recursive: true });
  const r = await esbuild.build({
    entryPoints: { entities: join(ROOT, 'scripts', 'entities.ts') },
    // dist/cli is two levels below the root, like scripts/lib: the engine finds models/ner.bin
    // relative to its module (import.meta.url) from either place.
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // linkedom's optional <canvas> support asks for the `canvas` package, which it does not need here.
    external: ['canvas'],
    // CommonJS code inside the bundle may call require(): give it Node's.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(CLI_META, JSON.stringify({ inputs: Object.keys(r.metafile.inputs).map((p) => join(ROOT, p)) }));
  return CLI_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`build-cli: ${CLI_BUNDLE}`);
}
