// The WebAssembly kernel must tag exactly as the JavaScript tagger does (same features, sums,
// decoding and tie-breaking), its generated module must match its source, and where
// WebAssembly cannot run the JavaScript tagger takes over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SAMPLE_ARTICLE } from './sample-text.test-fixture.ts';
import { loadJsTagger, loadTagger, splitSentences, tokenize } from './index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bytes = new Uint8Array(readFileSync(`${root}models/ner.bin`));

/** A deterministic jumble of the sample's words with odd casing, punctuation and scripts. */
function jumble(seed: number, words: number): string {
  const vocab = SAMPLE_ARTICLE.split(/\s+/).filter(Boolean);
  const extra = [
    '東京都',
    'مرحبا',
    'Zürich–Genève',
    '👩‍👩‍👧',
    'e\u0301tude',
    '\ud800',
    'İstanbul',
    'ǅemal',
    '“Quoted”',
    'U.S.',
    'Mr.',
    '—',
    '\u00a0',
    '1,000.5',
    'São-Paulo-based',
  ];
  let s = seed >>> 0;
  const rnd = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = rnd(8) === 0 ? extra[rnd(extra.length)]! : vocab[rnd(vocab.length)]!;
    const k = rnd(20);
    if (k === 0) w = w.toUpperCase();
    else if (k === 1) w = w.toLowerCase();
    out.push(w, rnd(15) === 0 ? '\n' : ' ');
  }
  return out.join('');
}

const texts: Array<[string, string]> = [
  ['sample article', SAMPLE_ARTICLE],
  ['all caps', SAMPLE_ARTICLE.toUpperCase()],
  ['no capitals', SAMPLE_ARTICLE.toLowerCase()],
  ['jumble', jumble(7, 40_000)],
  ['one long line', 'Xi Jinping and Vladimir Putin met in Samarkand , Uzbekistan '.repeat(3000)],
  ['empty', ''],
];

test('the WebAssembly tagger runs here and tags exactly as the JavaScript tagger', () => {
  const wasm = loadTagger(bytes),
    js = loadJsTagger(bytes);
  assert.equal(wasm.kind, 'wasm');
  assert.equal(js.kind, 'js');
  // Twice: the second pass is served from each implementation's per-word-type caches.
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, text] of texts) {
      const w = wasm.tag(text);
      assert.deepEqual(w, js.tag(text), `${name}, pass ${pass + 1}`);
      if (name === 'sample article') assert.ok(w.length > 20, 'the sample has entities');
    }
  }
  const s = SAMPLE_ARTICLE;
  assert.deepEqual(wasm.tagSentences(s, splitSentences(s, tokenize(s))), js.tagSentences(s, splitSentences(s, tokenize(s))));
});

test('the WebAssembly tagger tolerates tokens outside the text and grows its memory for big blocks', () => {
  const wasm = loadTagger(bytes);
  const text = 'Angela Merkel met Emmanuel Macron.';
  const weird = [
    { start: 0, end: 0, text: '' },
    { start: 5, end: 3, text: 'x' },
    { start: 100, end: 120, text: 'zz' },
    { start: 0, end: 6, text: 'Angela' },
  ];
  assert.doesNotThrow(() => wasm.tagSentences(text, [{ start: 0, end: 120, tokens: weird }]));
  const big = 'Angela Merkel met Emmanuel Macron in Paris . '.repeat(20_000); // one sentence-free line
  const toks = tokenize(big);
  const found = wasm.tagSentences(big, [{ start: 0, end: big.length, tokens: toks }]);
  assert.deepEqual(found, loadJsTagger(bytes).tagSentences(big, [{ start: 0, end: big.length, tokens: toks }]));
  assert.ok(found.length >= 40_000);
});

test('where WebAssembly cannot run (V8 without a JIT), loadTagger falls back to the JavaScript tagger', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { loadTagger } from './src/core/ner/index.ts';
    const t = loadTagger(new Uint8Array(readFileSync('models/ner.bin')));
    console.log(JSON.stringify({ kind: t.kind, wasm: typeof WebAssembly, found: t.tag('Angela Merkel visited Paris.') }));`;
  const r = spawnSync(process.execPath, ['--jitless', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout.trim().split('\n').pop()!);
  assert.equal(got.wasm, 'undefined', 'jitless V8 has no WebAssembly');
  assert.equal(got.kind, 'js');
  assert.deepEqual(got.found, loadTagger(bytes).tag('Angela Merkel visited Paris.'));
});

test('the committed WebAssembly module is compiled from the current kernel source', () => {
  // a plain Node process: under the test's TypeScript loader the compiler takes several times longer
  const r = spawnSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
});
