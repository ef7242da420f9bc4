// Runs every *.test.ts under src/ and test/ with Node's own test runner (through tsx).
// Node 20's --test does not expand globs itself, so the files are listed here.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const files = [...findTests('src'), ...findTests('test'), ...process.argv.slice(2).filter((a) => a.endsWith('.ts'))];
if (files.length === 0) {
  console.error('no unit test files found');
  process.exit(1);
}
const extra = process.argv.slice(2).filter((a) => !a.endsWith('.ts'));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
