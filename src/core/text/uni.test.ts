import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiSource, isJsSpace, nextWord, uni } from './uni.ts';

const PATTERNS = [
  /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*$/u,
  /\s+\p{Ll}[\p{Ll}-]*$/u,
  /^([\p{L}-]+)\.?\s+/u,
  /^[\p{Lu}][\p{L}.]*(?:\/[\p{Lu}][\p{L}.]*)+$/u,
  /^(\p{Lu}[^-]*)-(\p{Ll}[\p{Ll}-]*)$/u,
  /[^\p{L}]/gu,
  /^ (?:\d{1,2}|I{1,3}|IV|V|VI{1,3})(?![\p{L}\p{N}]|[.,:-]\d| ?[%\d-]| \p{Lu}|\s*\n|\s*$)/u,
  /^\p{Lu}(?:\.?\p{Lu}){1,7}\.?s?$/u,
];

let seed = 7;
const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
const ALPHA = "aAbZz09 -./'&,(\n";
const word = () => Array.from({ length: 1 + rnd(9) }, () => ALPHA[rnd(ALPHA.length)]).join('');

test('ASCII twins agree with the Unicode patterns on ASCII strings', () => {
  assert.equal(asciiSource('^\\p{Lu}[\\p{Ll}\\p{M}]*\\p{M}'), '^[A-Z][a-z]*[]');
  for (const re of PATTERNS) {
    const u = uni(re.source, re.flags);
    for (let i = 0; i < 3000; i++) {
      const s = rnd(2) ? word() : ['Xi Jinping', 'US-led', 'LONDON/BEIJING', 'U.S.', ' 2 ', 'pro-Asian', 'A B'][rnd(7)]! + word();
      re.lastIndex = 0;
      assert.deepEqual(u.exec(s), re.exec(s), `${re} on ${JSON.stringify(s)}`);
    }
  }
});

test('nextWord scans like the word regex (ASCII and not)', () => {
  const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.'’&][\p{L}\p{M}\p{N}]+)*/gu;
  const texts = [
    "Xi’s “China-Russia” ties, U.S. AT&T O'Brien-- é́ 𝐀𝐁 x-",
    'naïve café 東京 2.5 -a- ’’',
    ...Array.from({ length: 300 }, () => word() + '’é' + word()),
  ];
  for (const t of texts) {
    const want = [...t.matchAll(WORD)].map((m) => [m.index, m.index! + m[0].length]);
    const got: number[][] = [];
    const at = [0];
    for (let e = nextWord(t, 0, at); e >= 0; e = nextWord(t, e, at)) got.push([at[0]!, e]);
    assert.deepEqual(got, want, t);
  }
});

test('isJsSpace is /\\s/ on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});
