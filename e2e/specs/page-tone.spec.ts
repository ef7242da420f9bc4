// Highlight contrast follows the article's own background, not the system's colour scheme: every
// coloured mention's underline (over its tint) and keyboard focus ring is measured against what is
// really behind it, in a browser whose system scheme is the opposite of the page's, and again after
// the page switches its own theme with a class on <html>. WCAG 1.4.11 asks 3:1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../harness/fixture';
import { openAnnotated } from '../harness/annotated-page';
import { demoPage, FIXTURES, serve } from '../harness/routes';
import { launchWithScheme, type Scheme } from '../harness/schemes';
import type { BrowserName, TabDriver } from '../harness/types';
import { composite, compositeAll, contrastRatio, parseColor, type Rgba } from '../../src/ui/contrast';

const demoHtml = readFileSync(join(FIXTURES, demoPage().file), 'utf8');
const withStyle = (css: string) => demoHtml.replace('</head>', `<style>${css}</style></head>`);

const LIGHT_URL = 'https://www.archyde.com/a11y-tone-light/';
const DARK_URL = 'https://www.archyde.com/a11y-tone-dark/';
const TOGGLE_URL = 'https://www.archyde.com/a11y-tone-toggle/';
// A site's own dark theme: its variables on <html>, and the article's boxes repainted (as a site does).
const SITE_DARK = 'html.dark { --bg: #121212; --text: #e8e8e8; --line: #333 } html.dark .read-also, html.dark .code-block .ad-creative { background: #1e1e1e }';
serve(LIGHT_URL, demoHtml);
// A dark page built from layers: a near-black root under a faint white veil on the article's body.
serve(DARK_URL, withStyle(`${SITE_DARK.replace(/html\.dark/g, 'html:root')} .entry-content { background: rgba(255, 255, 255, 0.04) }`));
serve(TOGGLE_URL, withStyle(SITE_DARK));
// A dark page in a colour syntax computed styles keep as written (oklch), which the content script reads through a canvas.
const OKLCH_URL = 'https://www.archyde.com/a11y-tone-oklch/';
serve(OKLCH_URL, withStyle(`${SITE_DARK.replace(/html\.dark/g, 'html:root').replace('--bg: #121212', '--bg: oklch(0.2 0.02 260)')}`));

/** What one coloured mention shows, as computed styles (colours are measured in Node). */
interface Painted {
  type: string;
  tone: string | null;
  underline: string;
  tint: string;
  ring: string;
  focusVisible: boolean;
  /** Background colours from the mention's parent up to <html>. */
  behind: string[];
}

/** One mention per type and per tab-stop kind: its colours, and its focus ring once focused from the keyboard's point of view. */
function readPainted(): Painted[] {
  const out: Painted[] = [];
  const seen = new Set<string>();
  for (const el of document.querySelectorAll<HTMLElement>('archyde-entity[data-aa-type][tabindex="0"]')) {
    const type = el.getAttribute('data-aa-type')!;
    if (seen.has(type)) continue;
    seen.add(type);
    const behind: string[] = [];
    for (let n = el.parentElement; n; n = n.parentElement) behind.push(getComputedStyle(n).backgroundColor);
    el.focus({ preventScroll: true });
    const cs = getComputedStyle(el);
    out.push({
      type,
      tone: el.getAttribute('data-aa-tone'),
      underline: cs.textDecorationColor,
      tint: cs.backgroundColor,
      ring: cs.outlineColor,
      focusVisible: el.matches(':focus-visible'),
      behind,
    });
    el.blur();
  }
  return out;
}

function rgba(text: string): Rgba {
  const c = parseColor(text);
  if (!c) throw new Error(`unreadable colour ${text}`);
  return c;
}

interface Measured {
  type: string;
  tone: string | null;
  ring: number;
  underline: number;
}

function measure(painted: Painted[]): Measured[] {
  return painted.map((p) => {
    const layers = p.behind.map(rgba).filter((c) => c.a > 0);
    const opaque = layers.findIndex((c) => c.a >= 1);
    const page = opaque < 0 ? compositeAll(layers, rgba('#fff')) : compositeAll(layers.slice(0, opaque), layers[opaque]!);
    const underline = contrastRatio(rgba(p.underline), composite(rgba(p.tint), page));
    const ring = contrastRatio(rgba(p.ring), page);
    return { type: p.type, tone: p.tone, ring: Math.round(ring * 100) / 100, underline: Math.round(underline * 100) / 100 };
  });
}

async function paintedOn(tab: TabDriver): Promise<Measured[]> {
  // A key press makes the keyboard the last input, so script focus shows the ring (:focus-visible) as Tab would.
  await tab.press('Shift');
  const painted = await tab.evaluate(readPainted);
  expect(painted.length, 'the demo article has coloured mentions of several types').toBeGreaterThanOrEqual(3);
  expect(
    painted.every((p) => p.focusVisible),
    'focused mentions show their focus ring',
  ).toBe(true);
  return measure(painted);
}

function expectReadable(measured: Measured[], where: string): void {
  test.info().annotations.push({ type: 'contrast', description: `${where}: ${JSON.stringify(measured)}` });
  const low = measured.filter((m) => m.ring < 3 || m.underline < 3);
  expect(low, `${where}: underlines and focus rings below 3:1`).toEqual([]);
}

async function withScheme(browser: BrowserName, scheme: Scheme, run: (open: (url: string) => Promise<TabDriver>) => Promise<void>): Promise<void> {
  const ext = await launchWithScheme(browser, scheme);
  const tabs: TabDriver[] = [];
  try {
    await run(async (url) => {
      const { tab, m } = await openAnnotated(ext, tabs, url);
      await m.tab.close(); // the article's tab comes back to the front, where it has focus
      return tab;
    });
  } finally {
    for (const t of tabs) await t.close().catch(() => undefined);
    await ext.close();
  }
}

test('a light page keeps the light palette under a dark system scheme, and follows the site to its dark theme', async ({}, info) => {
  await withScheme(info.project.name as BrowserName, 'dark', async (open) => {
    const light = await open(LIGHT_URL);
    expect(await light.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const before = await paintedOn(light);
    expect(before.map((m) => m.tone)).toEqual(before.map(() => null));
    expectReadable(before, 'light page, dark system');

    const toggle = await open(TOGGLE_URL);
    expectReadable(await paintedOn(toggle), 'toggle page (light), dark system');
    await toggle.evaluate(() => document.documentElement.classList.add('dark'));
    await toggle.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type]:not([data-aa-tone="dark"])').length === 0);
    expectReadable(await paintedOn(toggle), 'toggle page switched to its dark theme, dark system');
    await toggle.evaluate(() => document.documentElement.classList.remove('dark'));
    await toggle.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-tone]').length === 0);
    expectReadable(await paintedOn(toggle), 'toggle page back to light, dark system');
  });
});

test('a dark page gets the dark palette under a light system scheme', async ({}, info) => {
  await withScheme(info.project.name as BrowserName, 'light', async (open) => {
    const dark = await open(DARK_URL);
    expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    const measured = await paintedOn(dark);
    expect(measured.map((m) => m.tone)).toEqual(measured.map(() => 'dark'));
    expectReadable(measured, 'dark page, light system');

    const oklch = await open(OKLCH_URL);
    expect(await oklch.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(/^oklch\(/);
    // (Its ratios are not computed here: Node's parser reads no oklch; the tone is what is under test.)
    const tones = (await oklch.evaluate(readPainted)).map((p) => p.tone);
    expect(tones.length).toBeGreaterThanOrEqual(3);
    expect(tones).toEqual(tones.map(() => 'dark'));
  });
});
