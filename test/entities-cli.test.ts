// The entities CLI end to end: text and HTML files, the mode decided by the extension or a flag,
// JSON lines with bad lines, and every refused input with its one-line message and exit code.
// The cases run the bundle that `npm run entities` runs, built from the sources first (a third of
// tsx's start-up per run); one test checks that the TypeScript source answers the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, CLI_BUNDLE } from '../scripts/build-cli.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = [CLI_BUNDLE];
const SOURCE = ['--import', 'tsx', join(ROOT, 'scripts', 'entities.ts')];
const run = (args: string[], input?: string | Buffer, cli = CLI) =>
  spawnSync(process.execPath, [...cli, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 120_000, maxBuffer: 1 << 26 });

test.before(async () => {
  await buildCli();
});

const dir = mkdtempSync(join(tmpdir(), 'entities-cli-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const TEXT =
  'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.\n' +
  'Xi said China and Russia would deepen ties, according to the Kremlin.\n';

interface Mention {
  start: number;
  end: number;
  text: string;
  type: string;
  entity: string;
}
interface FileOutput {
  text?: string;
  mentions: Mention[];
  entities: Array<Record<string, unknown>>;
}

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

/** A refused input: exit code 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function assertRefused(r: ReturnType<typeof run>, message: RegExp): void {
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, message);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
}

const names = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a text file -> {mentions, entities} with exact offsets', () => {
  const r = run([file('article.txt', TEXT)]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as FileOutput;
  assert.deepEqual(Object.keys(out).sort(), ['entities', 'mentions']);
  checkMentions(TEXT, out.mentions);
  assert.ok(names(out.mentions).includes('PERSON:Xi Jinping'), names(out.mentions).join(', '));
  assert.ok(names(out.mentions).includes('PLACE:Moscow'), names(out.mentions).join(', '));
  const ids = new Set(out.entities.map((e) => e.id));
  for (const m of out.mentions) assert.ok(ids.has(m.entity), `mention's entity ${m.entity} is listed`);
  for (const e of out.entities) {
    assert.equal(typeof e.name, 'string');
    assert.equal(typeof e.type, 'string');
    assert.ok(Array.isArray(e.aliases));
  }
});

const PAGE = `<!doctype html><html><head><title>Merkel in Paris - Archyde</title></head><body>
<nav><a href="/">Home</a> <a href="/world">Berlin Desk</a></nav>
<article><h1 class="entry-title">Angela Merkel meets Emmanuel Macron in Paris</h1>
<div class="entry-content"><p>Former German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday, their first meeting since she left office.</p>
<p>Merkel and Macron discussed the war in Ukraine and relations with China, according to the Elysee Palace.</p></div></article>
<footer>Copyright Archyde</footer></body></html>`;

test('the extension decides the mode: .html is read as an article, .txt as text whatever it holds', () => {
  const html = run([file('page.html', PAGE)]);
  assert.equal(html.status, 0, html.stderr);
  const page = JSON.parse(html.stdout) as FileOutput;
  assert.equal(typeof page.text, 'string');
  assert.ok(page.text!.startsWith('Angela Merkel meets Emmanuel Macron in Paris\n\nFormer German Chancellor'), page.text);
  assert.doesNotMatch(page.text!, /Berlin Desk|Copyright|</, 'navigation, footer and markup are not article text');
  checkMentions(page.text!, page.mentions);
  assert.ok(names(page.mentions).includes('PERSON:Angela Merkel'), names(page.mentions).join(', '));

  for (const name of ['page.htm', 'page.xhtml', 'PAGE.HTML']) {
    const r = run([file(name, PAGE)]);
    assert.equal((JSON.parse(r.stdout) as FileOutput).text, page.text, name);
  }

  const txt = run([file('page.txt', PAGE)]);
  assert.equal(txt.status, 0, txt.stderr);
  const asText = JSON.parse(txt.stdout) as FileOutput;
  assert.equal(asText.text, undefined, 'a text file has no extracted text: offsets are into the file');
  checkMentions(PAGE, asText.mentions);
});

test('--html and --text override the extension', () => {
  const forcedHtml = JSON.parse(run(['--html', file('page2.txt', PAGE)]).stdout) as FileOutput;
  assert.ok(forcedHtml.text?.startsWith('Angela Merkel meets'), forcedHtml.text);
  const forcedText = JSON.parse(run(['--text', file('page2.html', PAGE)]).stdout) as FileOutput;
  assert.equal(forcedText.text, undefined);
  checkMentions(PAGE, forcedText.mentions);
  assertRefused(run(['--html', '--text', file('page3.html', PAGE)]), /exclude each other/);
  assertRefused(run(['--frobnicate', file('page4.html', PAGE)]), /unknown option --frobnicate/);
});

test('an HTML file whose containers are never closed keeps the text after them', () => {
  const unclosed =
    '<html><body><article><div class="entry-content"><p>Angela Merkel met Emmanuel Macron in Paris on Tuesday to talk about the budget.' +
    '<div><section><p>Later, Vladimir Putin spoke in Moscow about the talks with Xi Jinping in Beijing, the Kremlin said.' +
    '<aside><p>Read also: nothing here</p></aside><p>Finally, Olaf Scholz flew to Berlin on Wednesday evening after the summit.';
  const r = run([file('unclosed.html', unclosed)]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as FileOutput;
  assert.match(out.text!, /Vladimir Putin spoke in Moscow/);
  assert.match(out.text!, /Olaf Scholz flew to Berlin/);
  assert.doesNotMatch(out.text!, /Read also/);
  assert.ok(names(out.mentions).includes('PERSON:Olaf Scholz'), names(out.mentions).join(', '));
});

test('JSON lines: bad lines get {line, id, error}, good lines are answered, and the exit code is 1', () => {
  const rows = [
    JSON.stringify({ id: 'a', text: TEXT }),
    '{not json',
    JSON.stringify({ id: 7, text: 42 }),
    '',
    JSON.stringify({ id: 'b', text: 'Angela Merkel visited Paris.' }),
    '[1,2]',
  ];
  const r = run(['--jsonl'], `${rows.join('\n')}\n`);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^entities: 3 of 6 lines failed\n$/);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: unknown; line?: number; mentions?: Mention[]; error?: string });
  assert.equal(lines.length, 5, 'one output line per non-empty input line');
  assert.equal(lines[0]!.id, 'a');
  checkMentions(TEXT, lines[0]!.mentions!);
  assert.ok(lines[0]!.mentions!.length > 0);
  assert.deepEqual(Object.keys(lines[1]!).sort(), ['error', 'id', 'line']);
  assert.equal(lines[1]!.line, 2);
  assert.equal(lines[1]!.id, null);
  assert.match(lines[1]!.error!, /invalid JSON/);
  assert.equal(lines[2]!.line, 3);
  assert.equal(lines[2]!.id, 7);
  assert.match(lines[2]!.error!, /"text" must be a string/);
  assert.equal(lines[3]!.id, 'b');
  checkMentions('Angela Merkel visited Paris.', lines[3]!.mentions!);
  assert.equal(lines[4]!.line, 6);
  assert.match(lines[4]!.error!, /not a JSON object/);
});

test('JSON lines: all good lines exit 0; a BOM, CRLF line ends and --html are handled', () => {
  const rows = [JSON.stringify({ id: 1, text: 'Angela Merkel visited Paris.' }), JSON.stringify({ id: 2, text: TEXT })];
  const r = run(['--jsonl'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${rows.join('\r\n')}\r\n`)]));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: number; mentions: Mention[] });
  assert.deepEqual(
    lines.map((l) => l.id),
    [1, 2],
  );
  assert.deepEqual(names(lines[0]!.mentions), ['PERSON:Angela Merkel', 'PLACE:Paris']);

  const html = run(['--jsonl', '--html'], `${JSON.stringify({ id: 'p', text: PAGE })}\n`);
  assert.equal(html.status, 0, html.stderr);
  const row = JSON.parse(html.stdout) as { id: string; text: string; mentions: Mention[] };
  assert.ok(row.text.startsWith('Angela Merkel meets'), row.text);
  checkMentions(row.text, row.mentions);
});

test('JSON lines: a line with a NUL byte or invalid UTF-8 is a bad line, with its number', () => {
  const good = Buffer.from(`${JSON.stringify({ id: 1, text: 'Angela Merkel visited Paris.' })}\n`);
  const input = Buffer.concat([
    good,
    Buffer.from('{"id":2,"text":"a\u0000b"}\n'.replace('\\u0000', '\0')),
    Buffer.from('{"id":3,"text":"caf'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('"}\n'),
    good,
  ]);
  const r = run(['--jsonl'], input);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { line?: number; error?: string; mentions?: Mention[] });
  assert.equal(lines.length, 4);
  assert.ok(lines[0]!.mentions && lines[3]!.mentions);
  assert.equal(lines[1]!.line, 2);
  assert.match(lines[1]!.error!, /binary data/);
  assert.equal(lines[2]!.line, 3);
  assert.match(lines[2]!.error!, /not valid UTF-8/);
});

test('a UTF-8 BOM is stripped: offsets count from the first character after it', () => {
  const r = run([file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as FileOutput;
  checkMentions(TEXT, out.mentions);
  assert.equal(out.mentions.find((m) => m.text === 'Xi Jinping')?.start, TEXT.indexOf('Xi Jinping'));
});

test('a binary file and invalid UTF-8 are refused with one line and exit code 2', () => {
  assertRefused(run([file('binary.txt', Buffer.from([0x41, 0x42, 0x00, 0x01, 0x02]))]), /binary data \(a NUL byte at offset 2\)/);
  assertRefused(run([file('latin1.txt', Buffer.from('Caf\xe9 in M\xfcnchen', 'latin1'))]), /not valid UTF-8 \(at byte 3\)/);
  assertRefused(run([file('latin1.html', Buffer.from('<p>M\xfcnchen</p>', 'latin1'))]), /not valid UTF-8 \(at byte 4\)/);
  assertRefused(run([file('surrogate.txt', Buffer.from([0x61, 0xed, 0xa0, 0x80]))]), /not valid UTF-8 \(at byte 1\)/);
});

test('a file over the size limit is refused from its size alone (a sparse 600 MB file)', () => {
  const path = join(dir, 'huge.txt');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no data is written, so this is quick
  closeSync(fd);
  try {
    const r = run([path]);
    assertRefused(r, /huge\.txt is 600\.0 MB, over the 50\.0 MB limit/);
  } finally {
    rmSync(path, { force: true });
  }
});

test('a missing file, a directory and no argument exit with code 2', () => {
  assertRefused(run([join(dir, 'no-such-file.txt')]), /no such file/);
  assertRefused(run([dir]), /not a file/);
  const usage = run([]);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage:/);
});

/** Runs the CLI, reads the first chunk of its output, then closes the pipe; resolves with its exit. */
function closeEarly(args: string[], input: string): Promise<{ code: number | null; signal: string | null; stderr: string; got: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let got = 0;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', (d: Buffer) => {
      got = d.length;
      child.stdout.destroy(); // the reader goes away, like `| head -c N`
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, got }));
    child.stdin.on('error', () => {}); // the child may stop reading first
    child.stdin.end(input);
  });
}

test('closing the output early (| head) ends the CLI quietly with exit code 0', async () => {
  const row = JSON.stringify({ id: 1, text: TEXT });
  const jsonl = await closeEarly(['--jsonl'], `${Array.from({ length: 3000 }, () => row).join('\n')}\n`);
  assert.ok(jsonl.got > 0);
  assert.equal(jsonl.signal, null);
  assert.equal(jsonl.code, 0, jsonl.stderr);
  assert.equal(jsonl.stderr, '');

  const big = file('big.txt', TEXT.repeat(3000)); // one ~3 MB JSON object on stdout
  const single = await closeEarly([big], '');
  assert.equal(single.code, 0, single.stderr);
  assert.equal(single.stderr, '');
});

test('the TypeScript source answers as the bundle does, and npm run entities runs the bundle', () => {
  for (const path of [file('same.txt', TEXT), file('same.html', PAGE)]) {
    const bundle = run([path]);
    assert.equal(bundle.status, 0, bundle.stderr);
    assert.equal(run([path], undefined, SOURCE).stdout, bundle.stdout, path);
    const npm = spawnSync(process.execPath, [join(ROOT, 'scripts', 'entities-run.mjs'), path], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(npm.stdout, bundle.stdout, path);
  }
  assertRefused(run([file('binary2.txt', Buffer.from([0, 1, 2]))], undefined, SOURCE), /binary data/);
});
