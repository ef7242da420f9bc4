/**
 * A hostile page against the real, built extension (issue 16, findings 3 and 4). Everything the
 * "page" does here runs in the page's main world (tab.evaluate), as a site's own script would:
 * it may forge events, elements and attributes, and read the whole DOM. None of it may switch the
 * extension off, open or steer a card, move focus, take away tab stops, get the page's own
 * elements removed, or tell it the reader's settings or the extension's version.
 */
import { test, expect } from '../harness/fixture';
import { demoPage, serve } from '../harness/routes';
import { openAnnotated } from '../harness/annotated-page';
import { cardProbe, type CardProbe } from '../harness/card-page';
import type { ContentMessenger } from '../harness/messages';
import type { ExtensionBrowser, TabDriver } from '../harness/types';

const URL_ = demoPage().url;

/** The article highlighted, with a messenger and a probe of its card (both extension pages). */
async function article(ext: ExtensionBrowser, tabs: TabDriver[], url = URL_): Promise<{ tab: TabDriver; m: ContentMessenger; probe: CardProbe }> {
  const { tab, m } = await openAnnotated(ext, tabs, url);
  await tab.waitFor(() => Boolean(document.querySelector('archyde-annotator-card')), undefined, 5000);
  const probe = await cardProbe(ext, url);
  tabs.push({ close: () => probe.close() } as TabDriver);
  return { tab, m, probe };
}

/** Marks (with data-test-pick) the first painted mention whose text is `text` and returns a selector for it. */
async function pick(tab: TabDriver, text: string): Promise<string> {
  const found = await tab.evaluate((t: string) => {
    const el = [...document.querySelectorAll('archyde-entity[data-aa-type]')].find((e) => e.textContent === t);
    el?.setAttribute('data-test-pick', t);
    return Boolean(el);
  }, text);
  if (!found) throw new Error(`no painted mention "${text}"`);
  return `archyde-entity[data-test-pick="${text}"]`;
}

const focus = (tab: TabDriver, q: string) => tab.evaluate((s: string) => (document.querySelector(s) as HTMLElement).focus(), q);

test('a takeover event dispatched by the page switches nothing off', async ({ ext, tabs }) => {
  const { tab, m, probe } = await article(ext, tabs);
  const xi = await pick(tab, 'Xi Jinping');
  await focus(tab, xi);
  expect((await probe.snapshot()).open).toBe(true); // positive control: a real mention's focus opens its card
  const before = await tab.evaluate(() => document.querySelectorAll('archyde-entity').length);
  // The event name the extension's instances handed over with before, dispatched every way a page could.
  const after = await tab.evaluate(() => {
    for (const target of [document, document.documentElement, window]) {
      target.dispatchEvent(new CustomEvent('archyde-annotator:takeover', { bubbles: true, composed: true }));
    }
    return {
      highlights: document.querySelectorAll('archyde-entity').length,
      card: document.querySelectorAll('archyde-annotator-card').length,
    };
  });
  expect(after).toEqual({ highlights: before, card: 1 });
  const status = await m.send(URL_, 'page/status', null);
  expect(status.active).toBe(true);
  const s = await probe.snapshot();
  expect(s.open && s.label).toBe('Xi Jinping, Person');
  expect(await tab.evaluate(() => document.querySelectorAll('archyde-entity').length)).toBe(before);
});

test('a page-made <archyde-entity> opens no card, whatever its attributes, by focus, events or keys', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const xi = await pick(tab, 'Xi Jinping');
  // The forgery copies every attribute of a real mention and stands in the article's text.
  await tab.evaluate((q: string) => {
    const real = document.querySelector(q)!;
    const fake = document.createElement('archyde-entity');
    for (const a of real.attributes) if (a.name !== 'data-test-pick') fake.setAttribute(a.name, a.value);
    fake.id = 'forged';
    fake.textContent = 'Xi Jinping';
    document.querySelector('.entry-content p')!.append(' ', fake);
  }, xi);
  await focus(tab, '#forged');
  expect(await tab.evaluate(() => document.activeElement?.id)).toBe('forged'); // it did take focus
  expect((await probe.snapshot()).open).toBe(false);
  await tab.press('Enter'); // a real key on the forged "button"
  expect((await probe.snapshot()).open).toBe(false);
  await tab.evaluate(() => document.getElementById('forged')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })));
  expect((await probe.snapshot()).open).toBe(false);
  // Hovering it opens nothing either (the intent delay passes while a real mention's card would open).
  await tab.hover('#forged');
  await tab.hover(xi);
  const s = await (async () => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const x = await probe.snapshot();
      if (x.open || Date.now() > deadline) return x;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  expect(s.open && s.label).toBe('Xi Jinping, Person'); // the real one opened, after the forged one was crossed
});

test('synthetic keys and focus events from the page steer nothing', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const xi = await pick(tab, 'Xi Jinping');
  const putin = await pick(tab, 'Putin');
  await focus(tab, xi);
  expect((await probe.snapshot()).label).toBe('Xi Jinping, Person');
  const key = (init: KeyboardEventInit) =>
    tab.evaluate((i: KeyboardEventInit) => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { ...i, bubbles: true, composed: true, cancelable: true }));
      return document.activeElement?.getAttribute('data-test-pick') ?? document.activeElement?.localName ?? null;
    }, init);
  expect(await key({ key: 'ArrowDown', code: 'ArrowDown', altKey: true, shiftKey: true })).toBe('Xi Jinping');
  expect(await key({ key: 'ArrowUp', code: 'ArrowUp', altKey: true, shiftKey: true })).toBe('Xi Jinping');
  expect(await key({ key: 'Escape', code: 'Escape' })).toBe('Xi Jinping');
  expect(await key({ key: 'Tab', code: 'Tab' })).toBe('Xi Jinping');
  let s = await probe.snapshot();
  expect(s.open && s.label).toBe('Xi Jinping, Person');
  expect(s.focusedControl).toBeNull(); // the synthetic Tab did not move focus into the card
  // A forged focusin on another real mention (not focused) does not swap the card.
  await tab.evaluate((q: string) => document.querySelector(q)!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })), putin);
  s = await probe.snapshot();
  expect(s.label).toBe('Xi Jinping, Person');
  // The reader's real keys still work: positive control for the synthetic ones above.
  await tab.press('Alt+Shift+ArrowDown');
  await tab.waitFor(() => document.activeElement?.getAttribute('data-test-pick') !== 'Xi Jinping');
  await tab.press('Escape');
  expect((await probe.snapshot()).open).toBe(false);
});

test('attributes the page sets on <html> change neither tab stops nor behaviour', async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs);
  const stops = () => tab.evaluate(() => document.querySelectorAll('archyde-entity[tabindex="0"]').length);
  const painted = () => tab.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type]').length);
  const before = { stops: await stops(), painted: await painted() };
  expect(before.stops).toBeGreaterThan(5);
  await tab.evaluate(() => {
    const html = document.documentElement;
    html.setAttribute('data-aa-types', '');
    html.removeAttribute('data-aa-highlights');
    html.setAttribute('data-archyde-annotator', 'forged');
  });
  // A second task, so any observer of those attributes has run.
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect({ stops: await stops(), painted: await painted() }).toEqual(before);
  // Hover still opens cards, whatever <html> says about highlights.
  const xi = await pick(tab, 'Xi Jinping');
  await tab.evaluate((q: string) => document.querySelector(q)!.scrollIntoView({ block: 'center' }), xi);
  await tab.hover(xi);
  const deadline = Date.now() + 5000;
  let s = await probe.snapshot();
  while (!s.open && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    s = await probe.snapshot();
  }
  expect(s.open && s.label).toBe('Xi Jinping, Person');
});

test("the page cannot read the extension's version or the reader's shown types from its DOM", async ({ ext, tabs }) => {
  const { tab, m } = await article(ext, tabs);
  const { version } = await m.send(URL_, 'page/status', null);
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  const seen = await tab.evaluate((v: string) => {
    const types = ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'];
    const all = [document.documentElement, ...document.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => ({ el: el.localName, name: a.name, value: a.value })));
    return {
      version: attrs.filter((a) => a.value.includes(v)),
      // A list of types anywhere, or any type on <html>: the reader's choice would be readable.
      typeLists: attrs.filter((a) => a.value.split(/\s+/).filter((w) => types.includes(w)).length > 1),
      onRoot: [...document.documentElement.attributes]
        .filter((a) => types.some((t) => a.value.includes(t)) || a.name.startsWith('data-aa-'))
        .map((a) => a.name),
      rootMark: document.documentElement.getAttribute('data-archyde-annotator'),
    };
  }, version);
  expect(seen.version).toEqual([]);
  expect(seen.typeLists).toEqual([]);
  expect(seen.onRoot).toEqual([]);
  expect(seen.rootMark).toMatch(/^[0-9a-f]{32}$/); // a random id of this page load, nothing else
});

// A page with its own <archyde-entity> and [data-aa-ui] elements in its static markup, and even an
// id on <html> in the form the extension writes there (as if an earlier instance had run): the
// sweep takes only elements that carry exactly that id, which the page's own do not.
const OWN_URL = 'https://www.archyde.com/page-world-own-markup/';
serve(
  OWN_URL,
  `<!doctype html><html lang="en" data-archyde-annotator="0123456789abcdef0123456789abcdef"><head><meta charset="utf-8"><title>Own markup | Archyde</title></head><body><main><article class="post">` +
    `<h1 class="entry-title">Angela Merkel meets Emmanuel Macron in Paris</h1><div class="entry-content">` +
    '<p>Angela Merkel met Emmanuel Macron in Paris on Monday, officials in Berlin said, and <archyde-entity id="own-entity" tabindex="0" data-aa-entity="e1" data-aa-mention="0">the site\'s own widget</archyde-entity> stayed.</p>' +
    '<p>Later, Mrs. Merkel stayed in Berlin while Mr. Macron flew to Brussels to meet Ursula von der Leyen.</p>' +
    '<p>Olaf Scholz said in Berlin that the talks with Emmanuel Macron had been useful for Germany and France.</p>' +
    '</div></article></main><div id="own-ui" data-aa-ui="">The site\'s own panel</div>' +
    '<div id="own-ui-2" data-aa-ui="fedcba9876543210fedcba9876543210">Another panel of the site</div></body></html>',
);

test("the start-up sweep leaves the page's own <archyde-entity> and [data-aa-ui] elements alone", async ({ ext, tabs }) => {
  const { tab, probe } = await article(ext, tabs, OWN_URL);
  const own = await tab.evaluate(() => ({
    entity: document.getElementById('own-entity')?.textContent ?? null,
    entityParent: document.getElementById('own-entity')?.parentElement?.localName ?? null,
    ui: document.getElementById('own-ui')?.textContent ?? null,
    ui2: document.getElementById('own-ui-2')?.textContent ?? null,
  }));
  expect(own).toEqual({ entity: "the site's own widget", entityParent: 'p', ui: "The site's own panel", ui2: 'Another panel of the site' });
  // The page's own element is not one of our mentions: focusing it opens nothing.
  await focus(tab, '#own-entity');
  expect((await probe.snapshot()).open).toBe(false);
});
