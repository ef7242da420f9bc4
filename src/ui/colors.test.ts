import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FLASH_OUTLINE, TYPE_STYLES } from './colors.ts';
import { composite, contrastRatio, parseColor } from './contrast.ts';
import { ENTITY_TYPES } from '../core/types.ts';

const css = readFileSync(fileURLToPath(new URL('../content/highlights.css', import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Declarations of the rules whose selector names `type`, on light pages (no tone) or dark ones. */
function rulesFor(type: string, tone?: 'dark'): string {
  const out: string[] = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (let m = re.exec(css); m; m = re.exec(css)) {
    const sel = m[1]!;
    if (new RegExp(`data-aa-type=(['"])${type}\\1`).test(sel) && /data-aa-tone='dark'/.test(sel) === (tone === 'dark')) out.push(m[2]!);
  }
  return out.join('\n');
}

/** The pages the palettes are measured on: white, and a near-black as dark sites and readers use. */
const WHITE = parseColor('#ffffff')!;
const NEAR_BLACK = parseColor('#121212')!;

test('highlights.css uses the colours and underline styles of colors.ts for every type', () => {
  for (const type of ENTITY_TYPES) {
    const s = TYPE_STYLES[type];
    const rules = rulesFor(type);
    for (const value of [s.color, s.tint, `underline ${s.underline}`]) {
      assert.ok(rules.includes(value), `${type}: ${value} missing from highlights.css`);
    }
    const dark = rulesFor(type, 'dark');
    for (const value of [s.colorDark, s.tintDark]) assert.ok(dark.includes(value), `${type}: ${value} missing from the dark-tone rules`);
    assert.ok(!/prefers-color-scheme/.test(css), 'highlights follow the page, not the system scheme');
  }
});

test('every underline (over its tint) and focus ring reaches 3:1 on a white page (light palette) and a near-black one (dark palette)', () => {
  const rows: string[] = [];
  for (const type of ENTITY_TYPES) {
    const s = TYPE_STYLES[type];
    for (const [page, color, tint] of [
      [WHITE, s.color, s.tint],
      [NEAR_BLACK, s.colorDark, s.tintDark],
    ] as const) {
      const c = parseColor(color)!;
      const ring = contrastRatio(c, page);
      const underline = contrastRatio(c, composite(parseColor(tint)!, page));
      if (ring < 3 || underline < 3) rows.push(`${type} ${color}: ring ${ring.toFixed(2)}, underline ${underline.toFixed(2)}`);
    }
  }
  assert.deepEqual(rows, []);
});

test('the flash outline reaches 3:1 on both pages, and highlights.css uses it', () => {
  assert.ok(contrastRatio(parseColor(FLASH_OUTLINE.light)!, WHITE) >= 3);
  assert.ok(contrastRatio(parseColor(FLASH_OUTLINE.dark)!, NEAR_BLACK) >= 3);
  const rule = (selector: string) => new RegExp(`(^|\\})\\s*${selector.replace(/[[\]]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[2] ?? '';
  assert.ok(rule('archyde-entity[data-aa-flash]').includes(FLASH_OUTLINE.light));
  assert.ok(rule("archyde-entity[data-aa-tone='dark'][data-aa-flash]").includes(FLASH_OUTLINE.dark));
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
