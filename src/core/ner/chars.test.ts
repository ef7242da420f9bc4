import { test } from 'node:test';
import assert from 'node:assert/strict';
import { C_PUNCT, C_SPACE, C_WORD, charClass } from './chars.ts';

test('charClass is the regex classification on every UTF-16 code unit', () => {
  const space = /[\s\u200b\u2060\ufeff]/u;
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    let want: number;
    if (c >= 0xd800 && c <= 0xdfff)
      want = C_PUNCT; // surrogate halves: decided per pair by classAt
    else if (c === 127)
      want = C_SPACE; // DEL counts as space
    else if (c < 32)
      want = C_SPACE; // control characters separate tokens
    else {
      const s = String.fromCharCode(c);
      want = space.test(s) ? C_SPACE : word.test(s) || c === 0x200d ? C_WORD : C_PUNCT;
    }
    assert.equal(charClass(c), want, `U+${c.toString(16).padStart(4, '0')}`);
  }
});
