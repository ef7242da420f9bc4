// The entities CLI end to end: a text file, JSON lines on stdin (with a malformed line), a missing file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'scripts/entities.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

const TEXT = 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.\n' +
  'Xi said China and Russia would deepen ties, according to the Kremlin.\n';

interface Mention { start: number; end: number; text: string; type: string; entity: string }

function checkMentions(input: string, mentions: Mention[]): void {
  assert.ok(Array.isArray(mentions));
  for (const m of mentions) {
    assert.deepEqual(Object.keys(m).sort(), ['end', 'entity', 'start', 'text', 'type']);
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= input.length);
    assert.equal(m.text, input.slice(m.start, m.end));
    assert.ok(['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'].includes(m.type), m.type);
    assert.equal(typeof m.entity, 'string');
  }
}

test('entities CLI: a text file -> {mentions, entities} with exact offsets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entities-cli-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, TEXT);
    const r = run([file]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { mentions: Mention[]; entities: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(out).sort(), ['entities', 'mentions']);
    checkMentions(TEXT, out.mentions);
    const names = out.mentions.map((m) => `${m.type}:${m.text}`);
    assert.ok(names.includes('PERSON:Xi Jinping'), names.join(', '));
    assert.ok(names.includes('PLACE:Moscow'), names.join(', '));
    const ids = new Set(out.entities.map((e) => e.id));
    for (const m of out.mentions) assert.ok(ids.has(m.entity), `mention's entity ${m.entity} is listed`);
    for (const e of out.entities) {
      assert.equal(typeof e.name, 'string');
      assert.equal(typeof e.type, 'string');
      assert.ok(Array.isArray(e.aliases));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entities CLI: JSON lines on stdin, a malformed line gets an error record', () => {
  const rows = [JSON.stringify({ id: 'a', text: TEXT }), '{not json', JSON.stringify({ id: 7, text: 42 }), '', JSON.stringify({ id: 'b', text: 'Angela Merkel visited Paris.' })];
  const r = run(['--jsonl'], `${rows.join('\n')}\n`);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; mentions?: Mention[]; error?: string });
  assert.equal(lines.length, 4, 'one output line per non-empty input line');
  assert.equal(lines[0]!.id, 'a');
  checkMentions(TEXT, lines[0]!.mentions!);
  assert.ok(lines[0]!.mentions!.length > 0);
  assert.equal(lines[1]!.id, null);
  assert.equal(typeof lines[1]!.error, 'string');
  assert.equal(lines[2]!.id, 7);
  assert.match(lines[2]!.error!, /text/);
  assert.equal(lines[3]!.id, 'b');
  checkMentions('Angela Merkel visited Paris.', lines[3]!.mentions!);
});

test('entities CLI: a missing file exits with code 2', () => {
  const r = run([join(tmpdir(), 'no-such-file-entities-cli.txt')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no such file/);
  assert.equal(r.stdout, '');
});
