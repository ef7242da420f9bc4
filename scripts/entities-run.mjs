// `npm run entities`: runs the bundled CLI (dist/cli/entities.mjs), building it first when it is
// missing or older than any of its sources, so the bundle never runs stale code.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, CLI_META, buildCli } from './build-cli.mjs';

function stale() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(CLI_META)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(CLI_META, 'utf8'));
  // A removed input means the sources moved: rebuild.
  return inputs.some((p) => !existsSync(p) || statSync(p).mtimeMs > built);
}

if (stale()) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
