import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLOR_VARS, FLASH_OUTLINE, TYPE_STYLES, lightenForDark, luminance, typeStyle } from './colors.ts';
import { composite, contrastOf, contrastRatio, parseColor } from './contrast.ts';
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

test('a type with no colour of the reader keeps the default palette', () => {
  for (const type of ENTITY_TYPES) assert.deepEqual(typeStyle(type), TYPE_STYLES[type]);
});

test("a reader's colour gives the underline, a tint and a lighter colour for dark pages, and keeps the underline style", () => {
  const s = typeStyle('ORG', '#112233');
  assert.equal(s.color, '#112233');
  assert.equal(s.tint, 'rgba(17, 34, 51, 0.14)');
  assert.equal(s.underline, TYPE_STYLES.ORG.underline);
  assert.ok(luminance(s.colorDark) >= 0.4 && luminance(s.colorDark) < 0.41, s.colorDark);
  assert.ok(s.tintDark.startsWith(`rgba(${[1, 3, 5].map((i) => Number.parseInt(s.colorDark.slice(i, i + 2), 16)).join(', ')}, `));
  assert.equal(lightenForDark('#ffe000'), '#ffe000', 'a light colour is kept as it is for dark pages');
});

test('the default dark colours are as light as a lightened colour of the reader', () => {
  for (const type of ENTITY_TYPES) assert.ok(luminance(TYPE_STYLES[type].colorDark) >= 0.4, type);
});

test('contrast ratios match WCAG', () => {
  assert.equal(contrastOf('#000000', '#ffffff'), 21);
  assert.equal(contrastOf('#777777', '#777777'), 1);
  assert.ok(Math.abs(contrastOf('#0072b2', '#ffffff') - 5.19) < 0.01); // Okabe–Ito blue on white
});

test('highlights.css reads the colour properties, with the default palette as the fallback', () => {
  for (const type of ENTITY_TYPES) {
    const s = TYPE_STYLES[type];
    const rules = rulesFor(type);
    const dark = rulesFor(type, 'dark');
    assert.ok(rules.includes(`var(${COLOR_VARS.color}, ${s.color})`), `${type}: color`);
    assert.ok(rules.includes(`var(${COLOR_VARS.tint}, ${s.tint})`), `${type}: tint`);
    assert.ok(dark.includes(`var(${COLOR_VARS.colorDark}, ${s.colorDark})`), `${type}: dark color`);
    assert.ok(dark.includes(`var(${COLOR_VARS.tintDark}, ${s.tintDark})`), `${type}: dark tint`);
  }
  // A page's own custom property of the same name must not reach our elements through inheritance.
  for (const name of Object.values(COLOR_VARS)) assert.match(css, new RegExp(`archyde-entity\\s*\\{[^}]*${name}:\\s*initial`));
});
