/**
 * The context card in the real, built extension on the demo article: the highlighter wraps the
 * mentions, the card opens on them. The card's closed shadow root is read through the
 * extension-only 'page/card' request (harness/card-page.ts); the page itself sees nothing of it.
 */
import { test, expect } from '../harness/fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPage, FIXTURES, serve } from '../harness/routes';
import { cardProbe, HOSTILE_CSS, type CardProbe } from '../harness/card-page';
import { ContentMessenger } from '../harness/messages';
import type { ExtensionBrowser, TabDriver } from '../harness/types';

const URL_ = demoPage().url;
const SHOTS = process.env.CARD_SHOTS ?? '/tmp/card-shots';
const sel = (i: string) => `archyde-entity[data-aa-mention="${i}"]`;

/** Opens the article, waits for the highlights, and returns the tab with a probe for its card. */
async function article(ext: ExtensionBrowser, tabs: TabDriver[]): Promise<{ tab: TabDriver; probe: CardProbe }> {
  const tab = await ext.open(URL_);
  tabs.push(tab);
  await tab.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-mention]').length > 40, undefined, 20_000);
  await tab.waitFor(() => Boolean(document.querySelector('archyde-annotator-card')), undefined, 5000);
  const probe = await cardProbe(ext, URL_);
  tabs.push({ close: () => probe.close() } as TabDriver);
  return { tab, probe };
}

/** data-aa-mention of the first mention whose text is `text` (and, optionally, follows `before`). */
function mentionWith(tab: TabDriver, text: string, before = ''): Promise<string> {
  return tab.evaluate(
    ({ text, before }: { text: string; before: string }) => {
      for (const el of document.querySelectorAll('archyde-entity[data-aa-mention]')) {
        if (el.textContent !== text) continue;
        const prev = el.previousSibling?.textContent ?? '';
        if (before && !prev.endsWith(before)) continue;
        return el.getAttribute('data-aa-mention')!;
      }
      throw new Error(`no mention "${before}${text}"`);
    },
    { text, before },
  );
}

const scrollTo = (tab: TabDriver, i: string) => tab.evaluate((q: string) => document.querySelector(q)!.scrollIntoView({ block: 'center' }), sel(i));
const focus = (tab: TabDriver, i: string) => tab.evaluate((q: string) => (document.querySelector(q) as HTMLElement).focus(), sel(i));
const activeMention = (tab: TabDriver) => tab.evaluate(() => document.activeElement?.getAttribute('data-aa-mention') ?? null);

async function until(probe: CardProbe, ok: (s: Awaited<ReturnType<CardProbe['snapshot']>>) => boolean, what: string) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const s = await probe.snapshot();
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`card never ${what}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('hover opens the card after the intent delay and not before; "Xi" and "Mr. Xi" open the same card', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const first = await mentionWith(tab, 'Xi Jinping');
  await tab.hover(sel(first));
  expect((await probe.snapshot()).open).toBe(false);
  let s = await until(probe, (x) => x.open, 'opened on hover');
  expect(s.how).toBe('hover');
  expect(s.dwellMs!).toBeGreaterThanOrEqual(290);
  expect(s.label).toBe('Xi Jinping, Person');
  expect(s.text).toContain('Chinese President');
  expect(s.text).toMatch(/Also in this article as: .*\bXi\b.*Mr\. Xi/);
  expect(s.text).toMatch(/Mentioned \d+ times/);
  console.log(`[${ext.name}] open-to-paint ${s.timings.lastOpenToPaintMs} ms (render ${s.timings.lastRenderMs} ms)`);

  for (const [text, before] of [
    ['Xi', ''],
    ['Xi', 'Mr. '],
  ] as const) {
    await tab.hover('#colophon'); // far from the card (hovering the card would keep it open)
    await until(probe, (x) => !x.open, 'closed after the pointer left');
    const i = await mentionWith(tab, text, before);
    await scrollTo(tab, i);
    await tab.hover(sel(i));
    s = await until(probe, (x) => x.open, `opened on "${before}${text}"`);
    expect(s.label).toBe('Xi Jinping, Person');
  }
});

test('during the dwell the card is prepared unseen; leaving before the open leaves nothing behind', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const i = await mentionWith(tab, 'Xi Jinping');
  await tab.hover(sel(i));
  // Until it opens, the card is not shown and is no dialog, whether or not it is prepared yet.
  let prepared = false;
  for (let s = await probe.snapshot(); !s.open; s = await probe.snapshot()) {
    expect(s.visible).toBe(false);
    expect(s.label).toBeNull();
    prepared ||= s.rendered;
  }
  const open = await probe.snapshot();
  expect(open.visible).toBe(true);
  expect(open.label).toBe('Xi Jinping, Person');
  console.log(`[${ext.name}] prepared card seen before the open: ${prepared}`);

  // Away and onto another mention for less than the dwell, then away: no card, nothing rendered.
  await tab.hover('#colophon');
  await until(probe, (x) => !x.open && !x.rendered, 'closed and emptied');
  const other = await mentionWith(tab, 'Putin');
  await scrollTo(tab, other);
  await tab.hover(sel(other));
  await new Promise((r) => setTimeout(r, 200)); // past the prepare point (150 ms), before the open (300 ms)
  await tab.hover('#colophon');
  const s = await until(probe, (x) => !x.open && !x.rendered, 'left empty');
  expect(s.visible).toBe(false);
});

test('keyboard: focus opens at once, Tab reaches the controls, Esc closes and returns focus', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const i = await mentionWith(tab, 'Xi Jinping');
  await focus(tab, i);
  let s = await probe.snapshot();
  expect(s.open).toBe(true);
  expect(s.label).toBe('Xi Jinping, Person');
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('aria-expanded'), sel(i))).toBe('true');

  await tab.press('Tab');
  s = await probe.snapshot();
  expect(s.focusedControl).toBe('Previous mention');
  await tab.press('Tab');
  expect((await probe.snapshot()).focusedControl).toBe('Next mention');

  await tab.press('Escape');
  s = await probe.snapshot();
  expect(s.open).toBe(false);
  expect(await activeMention(tab)).toBe(i);
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('aria-expanded'), sel(i))).toBeNull();

  // Alt+Shift+ArrowDown: the next mention of any entity, in text order.
  const next = await tab.evaluate((m: string) => {
    // Painted mentions (data-aa-type is set only on those) are the ones of the types shown.
    const all = [...document.querySelectorAll('archyde-entity[data-aa-mention][data-aa-type]')];
    const at = all.findIndex((el) => el.getAttribute('data-aa-mention') === m);
    return all
      .slice(at + 1)
      .find((el) => el.getAttribute('data-aa-mention') !== m)!
      .getAttribute('data-aa-mention')!;
  }, i);
  await tab.press('Alt+Shift+ArrowDown');
  await tab.waitFor((m: string) => document.activeElement?.getAttribute('data-aa-mention') === m, next);
  s = await probe.snapshot();
  expect(s.open && s.how).toBe('keyboard');
});

test('Next mention moves focus to the next mention of the entity and scrolls there', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const i = await mentionWith(tab, 'Xi Jinping');
  const entity = await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('data-aa-entity'), sel(i));
  const expected = await tab.evaluate(
    (e: string) => [...new Set([...document.querySelectorAll(`archyde-entity[data-aa-entity="${e}"]`)].map((m) => m.getAttribute('data-aa-mention')))][1],
    entity!,
  );
  await focus(tab, i);
  await tab.press('Tab');
  await tab.press('Tab');
  expect((await probe.snapshot()).focusedControl).toBe('Next mention');
  const top0 = await tab.evaluate((q: string) => document.querySelector(q)!.getBoundingClientRect().top, sel(expected!));
  await tab.press('Enter');
  await tab.waitFor((m: string) => document.activeElement?.getAttribute('data-aa-mention') === m, expected!);
  // Scrolled so that mention is in the middle of the viewport (smooth unless reduced motion).
  await tab.waitFor((q: string) => Math.abs(document.querySelector(q)!.getBoundingClientRect().top - innerHeight / 2) < 120, sel(expected!));
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getBoundingClientRect().top, sel(expected!))).not.toBe(top0);
  const s = await probe.snapshot();
  expect(s.open && s.label).toBe('Xi Jinping, Person');
  expect(s.how).toBe('keyboard');
});

test("Steve Tsang's card shows his professorship and quote", async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const i = await mentionWith(tab, 'Steve Tsang');
  await scrollTo(tab, i);
  await focus(tab, i);
  const s = await probe.snapshot();
  expect(s.label).toBe('Steve Tsang, Person');
  expect(s.text.toLowerCase()).toContain('professor');
  expect(s.text.toLowerCase()).toContain('quotes');
});

test('the card survives hostile page CSS', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  await tab.evaluate((css: string) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }, HOSTILE_CSS);
  const i = await mentionWith(tab, 'Xi Jinping');
  await focus(tab, i);
  const s = await until(probe, (x) => x.open && x.rect !== null, 'opened');
  expect(s.nameStyle?.fontSize).toBe('16px');
  expect(s.nameStyle?.color).not.toBe('rgb(255, 0, 0)');
  expect(s.rect!.width).toBeGreaterThan(200);
  expect(s.rect!.width).toBeLessThanOrEqual(360);
  const hit = await tab.evaluate(
    (r: { x: number; y: number; width: number; height: number }) => document.elementFromPoint(r.x + r.width / 2, r.y + 20)?.localName,
    s.rect!,
  );
  expect(hit).toBe('archyde-annotator-card');
  await tab.press('Tab');
  expect((await probe.snapshot()).focusedControl).toBe('Previous mention');
  await new Promise((r) => setTimeout(r, 300));
  await tab.screenshot(`${SHOTS}/card-demo-hostile-${ext.name}.png`);
});

test('open latency after the intent delay, over several mentions', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const picks = await tab.evaluate(() => {
    // Painted mentions only: hovering an unpainted one (a type the reader does not show) opens nothing.
    const all = [...document.querySelectorAll('archyde-entity[data-aa-mention][data-aa-type]')].map((el) => el.getAttribute('data-aa-mention')!);
    return Array.from({ length: 8 }, (_, k) => all[Math.floor((k * all.length) / 8)]!);
  });
  const paint: number[] = [];
  const renderMs: number[] = [];
  for (const i of picks) {
    await scrollTo(tab, i);
    await tab.hover(sel(i));
    const s = await until(probe, (x) => x.open && x.timings.lastOpenToPaintMs !== null && x.dwellMs !== null, 'opened');
    paint.push(s.timings.lastOpenToPaintMs!);
    renderMs.push(s.timings.lastRenderMs!);
    await tab.hover('#colophon');
    await until(probe, (x) => !x.open, 'closed');
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `[${ext.name}] open-to-paint median ${median(paint)} ms, max ${Math.max(...paint)} ms; render median ${median(renderMs)} ms, max ${Math.max(...renderMs)} ms (${paint.join(', ')})`,
  );
  // The 16 ms target is measured by `npm run bench:page`, not here: on a shared host a timed
  // test at the target fails at random (Firefox's median was exactly 16 ms once in CI). This
  // bound only catches a pathological regression, such as re-rendering every card on each open.
  for (const ms of [...paint, ...renderMs]) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
  expect(median(renderMs)).toBeLessThan(100);
});

test("a mention inside a link: the link's title is lifted while open; teardown restores the page exactly", async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const link = 'a[href="https://www.archyde.com/tag/gazprom/"]';
  await tab.evaluate((q: string) => document.querySelector(q)!.setAttribute('title', 'Gazprom tag page'), link);
  await tab.evaluate((q: string) => document.querySelector(q)!.scrollIntoView({ block: 'center' }), link);
  await tab.hover(`${link} archyde-entity`);
  let s = await until(probe, (x) => x.open, 'opened on the link mention');
  expect(s.label).toBe('Gazprom, Organisation');
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('title'), link)).toBeNull();
  await tab.hover('#colophon');
  await until(probe, (x) => !x.open, 'closed');
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('title'), link)).toBe('Gazprom tag page');

  // Keyboard: the link is the focus target (the highlighter gives mentions inside links no tabindex).
  await tab.evaluate((q: string) => (document.querySelector(q) as HTMLElement).focus(), link);
  s = await probe.snapshot();
  expect(s.open && s.label).toBe('Gazprom, Organisation');
  await tab.press('Escape');
  expect(await tab.evaluate((q: string) => document.activeElement === document.querySelector(q), link)).toBe(true);

  // The page cannot reach into the card.
  const i = await mentionWith(tab, 'Xi Jinping');
  await focus(tab, i);
  expect(await tab.evaluate(() => document.querySelector('archyde-annotator-card')!.shadowRoot)).toBeNull();

  // Highlights switched off with the card open: the card closes and every attribute it changed
  // is restored (the whole teardown, card host included, is in controls.spec.ts).
  const m = await ContentMessenger.open(ext);
  try {
    await m.send(URL_, 'page/highlights', { on: false });
  } finally {
    await m.close();
  }
  await until(probe, (x) => !x.open, 'closed');
  // (The page's own menu button has aria-expanded="false"; nothing else may.)
  expect(await tab.evaluate(() => document.querySelectorAll('[aria-expanded="true"], [data-aa-flash], archyde-entity').length)).toBe(0);
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('title'), link)).toBe('Gazprom tag page');
});

test('the card keeps its styles on a page whose CSP forbids inline styles', async ({ ext, tabs }) => {
  const url = 'https://www.archyde.com/card-csp-test/';
  const html = readFileSync(join(FIXTURES, demoPage().file), 'utf8').replace(
    '<head>',
    `<head><meta http-equiv="Content-Security-Policy" content="style-src 'self'; script-src 'none'">`,
  );
  serve(url, html);
  const tab = await ext.open(url);
  tabs.push(tab);
  await tab.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-mention]').length > 40, undefined, 20_000);
  // Control: the page's own inline <style> is really blocked by the policy.
  expect(await tab.evaluate(() => (document.querySelector('head style') as HTMLStyleElement | null)?.sheet?.cssRules.length ?? 0)).toBe(0);
  const probe = await cardProbe(ext, url);
  tabs.push({ close: () => probe.close() } as TabDriver);
  await focus(tab, await mentionWith(tab, 'Xi Jinping'));
  const s = await until(probe, (x) => x.open && x.rect !== null, 'opened');
  expect(s.nameStyle?.fontSize).toBe('16px');
  expect(s.rect!.width).toBeGreaterThan(200);
  expect(s.rect!.width).toBeLessThanOrEqual(360);
});
