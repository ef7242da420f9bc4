// The tagger sums cached per-word-type weights; this checks it decodes exactly what the plain
// training-time feature path (FeatureExtractor.extract + every weight row) decodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SAMPLE_ARTICLE } from './sample-text.test-fixture.ts';
import { loadTagger, tokenize, splitSentences } from './index.ts';
import { bucketShift, FeatureExtractor, MAXF } from './features.ts';
import { readModel } from './model-format.ts';
import { allowed, NTAGS } from './tags.ts';
import { Decoder } from './viterbi.ts';

const bytes = new Uint8Array(readFileSync(new URL('../../../models/ner.bin', import.meta.url)));

function plainTags(text: string): string[] {
  const m = readModel(bytes);
  const fx = new FeatureExtractor({ gaz: m.gaz, caps: m.caps });
  const T = NTAGS,
    shift = bucketShift(m.hashBits),
    dec = new Decoder(T);
  const trans = new Float64Array((T + 2) * T);
  for (let p = 0; p <= T + 1; p++) for (let c = 0; c < T; c++) trans[p * T + c] = m.trans[p * T + c]! + (p <= T && !allowed(p, c) ? -1e9 : 0);
  const out: string[] = [];
  for (const s of splitSentences(text, tokenize(text))) {
    const n = s.tokens.length;
    fx.extract(text, s.tokens, 0, n);
    const emit = new Float64Array(n * T),
      tags = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < fx.nfeat[i]!; k++) {
        const r = (fx.feats[i * MAXF + k]! >>> shift) * T;
        for (let t = 0; t < T; t++) emit[i * T + t] = emit[i * T + t]! + m.weights[r + t]!;
      }
    dec.decode(n, emit, trans, tags);
    tags.forEach((t, i) => {
      if (t !== 0) out.push(`${s.tokens[i]!.start}:${t}`);
    });
  }
  return out;
}

test('cached tagger path decodes the same tags as the plain feature path', () => {
  const seed = SAMPLE_ARTICLE;
  const text = seed + '\nBERLIN (dpa) - Chancellor Olaf Scholz met the Brazilian president at the Bundestag.\nShort.';
  const tagger = loadTagger(bytes);
  // run twice so the second pass is served from the per-type caches
  for (let pass = 0; pass < 2; pass++) {
    const got: string[] = [];
    for (const m of tagger.tag(text)) {
      for (const t of tokenize(text.slice(0, m.end)).filter((x) => x.start >= m.start)) got.push(`${t.start}:${t.start === m.start ? 'B' : 'I'}${m.type}`);
    }
    const names = ['O', 'BPER', 'IPER', 'BORG', 'IORG', 'BLOC', 'ILOC', 'BMISC', 'IMISC'];
    const want = plainTags(text).map((x) => {
      const [o, t] = x.split(':');
      return `${o}:${names[Number(t)]}`;
    });
    assert.deepEqual(got, want);
  }
});
