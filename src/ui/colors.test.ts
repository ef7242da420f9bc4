import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TYPE_STYLES } from './colors.ts';
import { ENTITY_TYPES } from '../core/types.ts';

const css = readFileSync(fileURLToPath(new URL('../content/highlights.css', import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function rulesFor(type: string): string {
  const out: string[] = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (let m = re.exec(css); m; m = re.exec(css)) if (new RegExp(`data-aa-type=(['"])${type}\\1`).test(m[1]!)) out.push(m[2]!);
  return out.join('\n');
}

test('highlights.css uses the colours and underline styles of colors.ts for every type', () => {
  for (const type of ENTITY_TYPES) {
    const s = TYPE_STYLES[type];
    const rules = rulesFor(type);
    for (const value of [s.color, s.colorDark, s.tint, s.tintDark, `underline ${s.underline}`]) {
      assert.ok(rules.includes(value), `${type}: ${value} missing from highlights.css`);
    }
  }
});

test('types tell apart by underline style, not only colour', () => {
  const styles = ['PERSON', 'ORG', 'PLACE', 'MISC'].map((t) => TYPE_STYLES[t as 'PERSON'].underline);
  assert.equal(new Set(styles).size, styles.length);
});

test('no highlight rule changes layout', () => {
  const decls = css.match(/[a-z-]+\s*:/g)?.map((d) => d.replace(/\s*:$/, '')) ?? [];
  const layout = decls.filter((d) => /^(padding|margin|border|font-size|font-weight|line-height|width|height|display)$/.test(d));
  // The base rule may only reset these to neutral values, which it does with "0"/"inline"/"inherit".
  assert.ok(!/padding\s*:\s*[1-9]/.test(css) && !/margin\s*:\s*[1-9]/.test(css) && !/border\s*:\s*[1-9]/.test(css));
  assert.ok(
    layout.every((d) => ['padding', 'margin', 'border', 'display'].includes(d)),
    layout.join(','),
  );
});
