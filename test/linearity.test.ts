// Linear by construction, guarded: every adversarial text family (testing/adversarial.ts) through
// the whole engine and through each function that runs patterns or loops over the text, at n and
// 2n characters. Time grows by about 2x for a linear pass and 4x for a quadratic one; the guard is
// the ratio of CPU times (below 3, the minimum of a few interleaved repeats), never an absolute
// time, so a slow or loaded machine cannot make it fail. A ratio at or over 3 is measured again at
// the next doubling (2n and 4n): the garbage collector's steps (a young generation outgrown) raise
// one doubling, while a super-linear pass raises every one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADVERSARIAL } from '../src/core/testing/adversarial.ts';
import { growth } from '../scripts/lib/bench-speed.ts';
import { nodeAnalyzer, nodeTagger } from '../scripts/lib/engine.ts';
import { textPasses } from '../src/core/testing/passes.ts';

const LIMIT = 3;
const ATTEMPTS = 3;

const analyze = nodeAnalyzer();
const tagger = nodeTagger();

/** n for each pass (measured at n, then 2n): large enough that a quadratic term dominates. */
const SIZES: Record<string, number> = {
  tokenize: 64_000,
  'tagger sentences': 64_000,
  'context sentences': 128_000,
  words: 64_000,
  'rule mentions': 128_000,
  dates: 128_000,
  quotes: 128_000,
  'invisible characters': 128_000,
};

const PASSES: ReadonlyArray<readonly [string, (t: string) => unknown, number, RegExp?]> = [
  ['analyze (whole engine)', (t) => analyze(t), 16_000],
  // Texts dense with entities, larger: a per-entity cost that grows with the text (a scan of the
  // whole text per entity) only outweighs the linear work at tens of thousands of characters.
  ['analyze (whole engine), dense in names', (t) => analyze(t), 64_000, /names|surnames|prose/],
  ['tagger', (t) => tagger.tag(t), 32_000],
  ...textPasses().map((p) => [p.name, p.run, SIZES[p.name] ?? 64_000] as const),
];

for (const [pass, fn, n, only] of PASSES) {
  test(`linear: ${pass} on ${only ? 'the families it names' : 'every adversarial family'}, n = ${n.toLocaleString('en')} and 2n`, () => {
    for (const family of ADVERSARIAL.filter((f) => !only || only.test(f.name))) {
      let g = growth(fn, family.make, n, 3, 5);
      for (let k = 1; k < ATTEMPTS && g.ratio >= LIMIT; k++) g = growth(fn, family.make, n << k, 5, 10);
      assert.ok(g.ratio < LIMIT, `${pass} on "${family.name}": ${g.msN.toFixed(2)} ms at n, ${g.ms2N.toFixed(2)} ms at 2n (ratio ${g.ratio.toFixed(2)})`);
    }
  });
}
