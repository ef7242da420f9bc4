// Every message key the code asks for is in the English catalogue, and every key in the
// catalogue is used (by code or by manifest.json), so a typo or a dead string fails here
// rather than showing the bare key to a reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CATALOGUE = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string; description?: string }>;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Keys passed literally to t('…'); a call with a computed key must list its keys in a `// i18n:` comment. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\/\/ i18n: ([A-Za-z0-9_ ]+)/g)) for (const k of m[1]!.trim().split(/\s+/)) used.set(k, file);
  }
  const manifest = readFileSync('manifest.json', 'utf8');
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.set(m[1]!, 'manifest.json');
  return used;
}

test('every key the code or the manifest uses is in the catalogue', () => {
  const missing = [...usedKeys()].filter(([k]) => !(k in CATALOGUE)).map(([k, f]) => `${k} (${f})`);
  assert.deepEqual(missing, []);
});

test('every key in the catalogue is used, has a message and a description for translators', () => {
  const used = usedKeys();
  assert.deepEqual(
    Object.keys(CATALOGUE).filter((k) => !used.has(k)),
    [],
    'unused keys',
  );
  for (const [k, v] of Object.entries(CATALOGUE)) {
    assert.ok(v.message.trim().length > 0, `${k}: empty message`);
    assert.ok((v.description ?? '').trim().length > 0, `${k}: no description`);
  }
});
