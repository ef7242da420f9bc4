// The extension's own surfaces, light and dark: the card (CARD_CSS) and the popup and options
// pages (theme.css). Text reaches 4.5:1 (WCAG 1.4.3) on the background it is drawn on, focus
// rings and other non-text cues 3:1 (1.4.11). axe-core checks the rendered pages in e2e; this
// checks every pair, including states axe never sees (a note error, an undo line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARD_CSS } from './card/styles.ts';
import { contrastOf } from './contrast.ts';

/** The custom properties declared in the first block whose selector is `selector`, after `from`. */
function vars(css: string, selector: string, from = 0): Record<string, string> {
  const at = css.indexOf(`${selector} {`, from);
  assert.ok(at >= 0, `${selector} not found`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function check(name: string, v: Record<string, string>, pairs: [fg: string, bg: string, min: number][]): string[] {
  const low: string[] = [];
  for (const [fg, bg, min] of pairs) {
    const ratio = contrastOf(v[fg]!, v[bg]!);
    if (!(ratio >= min)) low.push(`${name}: ${fg} ${v[fg]} on ${bg} ${v[bg]} is ${ratio.toFixed(2)}:1 (needs ${min})`);
  }
  return low;
}

test("the card's text reaches 4.5:1 and its focus ring 3:1, light and dark", () => {
  const light = vars(CARD_CSS, '.card');
  const dark = { ...light, ...vars(CARD_CSS, '.card', CARD_CSS.indexOf('prefers-color-scheme: dark')) };
  const pairs: [string, string, number][] = [
    ['--fg', '--bg', 4.5],
    ['--muted', '--bg', 4.5],
    ['--accent', '--bg', 4.5], // link buttons and links in notes
    ['--btn-fg', '--btn-bg', 4.5],
    ['--mark-fg', '--mark-bg', 4.5],
    ['--focus', '--bg', 3],
  ];
  assert.deepEqual([...check('card light', light, pairs), ...check('card dark', dark, pairs)], []);
});

test('the popup and options pages reach 4.5:1 for text and 3:1 for focus rings and status dots, light and dark', () => {
  const css = readFileSync(fileURLToPath(new URL('./theme.css', import.meta.url)), 'utf8');
  const light = vars(css, ':root');
  const dark = { ...light, ...vars(css, ':root', css.indexOf('prefers-color-scheme: dark')) };
  const pairs: [string, string, number][] = [
    ['--fg', '--bg', 4.5],
    ['--muted', '--bg', 4.5], // hints, counts and the legend's "(not highlighted)"
    ['--warn', '--bg', 4.5], // the options page's danger button and errors
    ['--accent-fg', '--accent', 4.5],
    ['--accent', '--bg', 3], // focus rings
    ['--ok', '--bg', 3], // the status dot
  ];
  assert.deepEqual([...check('theme light', light, pairs), ...check('theme dark', dark, pairs)], []);
});
