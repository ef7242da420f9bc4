// Golden checksum of every hashed feature of a fixed text (English news plus accents, caps,
// hyphens, non-Latin scripts, curly quotes, astral characters). The hashing is written out
// inline in hot paths for the cold start; any change here would silently mismatch the trained
// model, so the value was taken from the f1/f2/f3 + helper-call version it replaced. (It also
// depends on models/ner.bin's gazetteer and caps tables: a retrained model needs a new value.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SAMPLE_ARTICLE } from './sample-text.test-fixture.ts';
import { splitSentences, tokenize } from './index.ts';
import { FeatureExtractor, MAXF } from './features.ts';
import { readModel } from './model-format.ts';

test('feature hashes are unchanged (golden checksum)', () => {
  const m = readModel(new Uint8Array(readFileSync(new URL('../../../models/ner.bin', import.meta.url))));
  const fx = new FeatureExtractor({ gaz: m.gaz, caps: m.caps });
  const text = SAMPLE_ARTICLE + '\nÉMILE Zola’s café in São Paulo — 1,000.5 km; ÅLAND, Straße, Ελλάδα, 東京, x-Ray co-Founder U.S. Mr. “Quoted” 😀 e\u0301\n';
  let h = 0x811c9dc5 | 0,
    count = 0;
  for (const s of splitSentences(text, tokenize(text))) {
    const n = Math.min(s.tokens.length, 200);
    fx.extract(text, s.tokens, 0, n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < fx.nfeat[i]!; k++) {
        h = Math.imul(h ^ fx.feats[i * MAXF + k]!, 0x01000193);
        count++;
      }
  }
  assert.deepEqual([count, h >>> 0], [7152, 410795637]);
});
