/**
 * The context card on its own: a hand-written page with highlighter markup, the card bundled
 * alone and mounted in the page (no extension involved), so the card's behaviour is tested
 * independently of the highlighter. card.spec.ts tests the real extension on the demo article.
 */
import { test, expect } from '../harness/fixture';
import { serve } from '../harness/routes';
import { cardBundle, cardTestPage, HOSTILE_CSS, mountTestCard, type CardSnapshot } from '../harness/card-page';
import type { TabDriver } from '../harness/types';

const URL_ = 'https://cards.example.org/card-test/';
const filler = 'Trade talks went on for hours and officials gave few details about what had been agreed.';
const page = cardTestPage(
  URL_,
  [
    {
      id: 'e1',
      name: 'Xi Jinping',
      type: 'PERSON',
      title: 'Chinese President',
      aliases: ['Xi Jinping', 'Xi'],
      titledForms: ['President Xi Jinping', 'Mr. Xi'],
      firstSentence: 'Chinese President Xi Jinping will meet <b>Putin</b> in Samarkand.',
      coMentioned: ['e2', 'e3', 'e4'],
    },
    {
      id: 'e2',
      name: 'Vladimir Putin',
      type: 'PERSON',
      aliases: ['Vladimir Putin', 'Putin'],
      firstSentence: 'Chinese President Xi Jinping will meet <b>Putin</b> in Samarkand.',
    },
    {
      id: 'e3',
      name: 'Steve Tsang',
      type: 'PERSON',
      title: 'a professor at the Institute of China Studies',
      firstSentence: 'Steve Tsang, a professor at the Institute of China Studies, said it was clear.',
      quotes: [
        { text: 'It is clear that Mr. Xi supports Mr. Putin.', start: 1, end: 2 },
        { text: '<img src=x onerror=alert(1)> is text', start: 3, end: 4 },
        { text: 'A third quote.', start: 5, end: 6 },
      ],
    },
    { id: 'e4', name: 'Samarkand', type: 'PLACE' },
  ],
  [
    'Chinese President {e1:Xi Jinping} will meet <b>{e2:Putin}</b> in {e4:Samarkand}. ' + filler,
    ...Array.from({ length: 12 }, () => `${filler} ${filler} ${filler} ${filler}`),
    'Later, {e1:Xi} flew on. {e3:Steve Tsang}, a professor at the Institute of China Studies, said it was clear. ' + filler,
    ...Array.from({ length: 12 }, () => `${filler} ${filler} ${filler} ${filler}`),
    'In the end {e1:Mr. Xi} went home and {e2:Putin} stayed. ' + filler,
  ],
);

/** Screenshots for a human look (outside test-results, which the runner empties). */
const SHOTS = process.env.CARD_SHOTS ?? '/tmp/card-shots';
/** What the test page's card bundle puts on window (see mountTestCard). */
type CardWindow = { __aaCard: { controller: { isOpen(): boolean; snapshot(): CardSnapshot }; abort(): void } };
const sel = (i: number) => `archyde-entity[data-aa-mention="${i}"]`;
const snap = (tab: TabDriver) => tab.evaluate(() => (window as unknown as CardWindow).__aaCard.controller.snapshot());
const focusedMention = (tab: TabDriver) =>
  tab.evaluate(() => document.activeElement?.getAttribute('data-aa-mention') ?? document.activeElement?.localName ?? null);
let bundle = '';
test.beforeAll(async () => {
  bundle = await cardBundle();
});

async function openPage(ext: { open(url: string): Promise<TabDriver> }, tabs: TabDriver[], head = ''): Promise<TabDriver> {
  const url = head ? `${URL_}styled/` : URL_;
  serve(url, page.html.replace('</head>', `${head}</head>`));
  const tab = await ext.open(url);
  tabs.push(tab);
  await mountTestCard(tab, page, bundle);
  await tab.waitFor(() => Boolean((window as unknown as { __aaCard?: unknown }).__aaCard));
  return tab;
}

test('hover opens the card after the intent delay, not before; leaving closes it', async ({ ext, tabs }) => {
  const tab = await openPage(ext, tabs);
  await tab.evaluate((s: string) => document.querySelector(s)!.setAttribute('title', 'page tooltip'), sel(0));
  const hoverStart = Date.now();
  await tab.hover(sel(0));
  const early = await snap(tab);
  // "Not before the delay" is proven by dwellMs below; this snapshot shows it too when the machine
  // was quick enough to take it well inside the 300 ms delay (under load, hover + snapshot can outlast it).
  if (Date.now() - hoverStart < 200) expect(early.open).toBe(false);
  await tab.waitFor(() => (window as unknown as CardWindow).__aaCard.controller.isOpen());
  const s = await snap(tab);
  expect(s.how).toBe('hover');
  expect(s.dwellMs!).toBeGreaterThanOrEqual(290);
  expect(s.label).toBe('Xi Jinping, Person');
  expect(s.text).toContain('Chinese President');
  expect(s.text).toContain('Also in this article as: Xi, Mr. Xi');
  expect(s.text).toContain('Mentioned 3 times');
  expect(s.text).toContain('Online lookup is off.');
  expect(s.text).toContain('No notes yet.');
  expect(s.text).toContain('<b>Putin</b>'); // page text is shown as text, never parsed as HTML
  expect(s.controls).toEqual(['Previous mention', 'Next mention', 'Vladimir Putin, Person', 'Steve Tsang, Person', 'Samarkand, Place']);
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('title'), sel(0))).toBeNull();
  console.log(`[${ext.name}] open-to-paint ${s.timings.lastOpenToPaintMs} ms, render ${s.timings.lastRenderMs} ms`);
  // The card is below the mention and does not cover it.
  const m = await tab.evaluate((q: string) => document.querySelector(q)!.getBoundingClientRect().toJSON(), sel(0));
  expect(s.rect!.y).toBeGreaterThanOrEqual(m.bottom);

  await tab.hover('h1');
  await tab.waitFor(() => !(window as unknown as CardWindow).__aaCard.controller.isOpen(), undefined, 3000);
  expect(await tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('title'), sel(0))).toBe('page tooltip');

  // WCAG 1.4.13 dismissible: Esc closes a hover card, and it stays closed while the pointer stays.
  await tab.hover(sel(2));
  await tab.waitFor(() => (window as unknown as CardWindow).__aaCard.controller.isOpen());
  await tab.press('Escape');
  expect((await snap(tab)).open).toBe(false);
  await new Promise((r) => setTimeout(r, 500));
  expect((await snap(tab)).open).toBe(false);
  await tab.hover('h1');
  await tab.hover(sel(2));
  await tab.waitFor(() => (window as unknown as CardWindow).__aaCard.controller.isOpen());
  expect((await snap(tab)).label).toBe('Samarkand, Place');
});

test('"Xi" and "Mr. Xi" open the same card; Steve Tsang shows his title and quotes', async ({ ext, tabs }) => {
  const tab = await openPage(ext, tabs);
  for (const i of [3, 5]) {
    await tab.evaluate((q: string) => document.querySelector(q)!.scrollIntoView({ block: 'center' }), sel(i));
    await tab.hover(sel(i));
    await tab.waitFor(() => (window as unknown as CardWindow).__aaCard.controller.isOpen());
    const s = await snap(tab);
    expect(s.label).toBe('Xi Jinping, Person');
    await tab.hover('h1');
    await tab.waitFor(() => !(window as unknown as CardWindow).__aaCard.controller.isOpen(), undefined, 3000);
  }
  await tab.evaluate((q: string) => (document.querySelector(q) as HTMLElement).focus(), sel(4));
  const s = await snap(tab);
  expect(s.open).toBe(true);
  expect(s.text.toLowerCase()).toContain('professor');
  expect(s.text).toContain('<img src=x onerror=alert(1)> is text');
  expect(s.text).not.toContain('A third quote.');
  expect(s.controls).toContain('+1 more quotes');
});

test('keyboard: focus opens at once, Tab enters, Shift+Tab and Esc return to the mention', async ({ ext, tabs }) => {
  const tab = await openPage(ext, tabs);
  await tab.evaluate((q: string) => (document.querySelector(q) as HTMLElement).focus(), sel(0));
  let s = await snap(tab);
  expect(s.open && s.how).toBe('focus');
  await tab.waitFor(() => (window as unknown as CardWindow).__aaCard.controller.snapshot().announced.includes('Press Tab'));
  expect((await snap(tab)).announced).toBe('Xi Jinping, person, Chinese President. Mentioned 3 times. Press Tab to enter the card, Escape to close it.');

  await tab.press('Tab');
  s = await snap(tab);
  expect(s.focusedControl).toBe('Previous mention');
  await tab.press('Shift+Tab');
  expect(await focusedMention(tab)).toBe('0');
  expect((await snap(tab)).open).toBe(true);
  await tab.press('Tab');
  await tab.press('Tab');
  expect((await snap(tab)).focusedControl).toBe('Next mention');

  const expanded = () => tab.evaluate((q: string) => document.querySelector(q)!.getAttribute('aria-expanded'), sel(0));
  expect(await expanded()).toBe('true');
  await tab.press('Escape');
  s = await snap(tab);
  expect(s.open).toBe(false);
  expect(await focusedMention(tab)).toBe('0');
  expect(await expanded()).toBeNull();

  // Enter on the mention (a popup button) reopens the card and moves into it.
  await tab.press('Enter');
  s = await snap(tab);
  expect(s.open).toBe(true);
  expect(s.focusedControl).toBe('Previous mention');

  // Tab past the last control: the page's tab order continues after the mention (next tab stop: Putin).
  for (let k = 1; k < s.controls.length; k++) await tab.press('Tab');
  expect((await snap(tab)).focusedControl).toBe(s.controls[s.controls.length - 1]);
  await tab.press('Tab');
  expect(await focusedMention(tab)).toBe('1');
  await tab.waitFor(() => (window as unknown as CardWindow).__aaCard.controller.snapshot().label === 'Vladimir Putin, Person');
});

test('Next mention scrolls to, focuses and flashes the next mention of the entity', async ({ ext, tabs }) => {
  const tab = await openPage(ext, tabs);
  await tab.evaluate((q: string) => (document.querySelector(q) as HTMLElement).focus(), sel(0));
  await tab.press('Tab');
  await tab.press('Tab'); // Next mention
  const y0 = await tab.evaluate(() => scrollY);
  await tab.press('Enter');
  await tab.waitFor(() => document.activeElement?.getAttribute('data-aa-mention') === '3');
  expect(await tab.evaluate(() => document.activeElement!.hasAttribute('data-aa-flash'))).toBe(true);
  await tab.waitFor((y: number) => scrollY > y + 100, y0);
  const s = await snap(tab);
  expect(s.open && s.label).toBe('Xi Jinping, Person');
  await tab.waitFor(() => !document.querySelector('[data-aa-flash]'), undefined, 3000);

  // Alt+Shift+ArrowDown: the next mention of any entity.
  await tab.press('Alt+Shift+ArrowDown');
  await tab.waitFor(() => document.activeElement?.getAttribute('data-aa-mention') === '4');
  expect((await snap(tab)).label).toBe('Steve Tsang, Person');
});

test('hostile page CSS does not reach the card; teardown restores the page', async ({ ext, tabs }) => {
  const tab = await openPage(ext, tabs, `<style>${HOSTILE_CSS}</style>`);
  await tab.evaluate((q: string) => (document.querySelector(q) as HTMLElement).focus(), sel(0));
  const s = await snap(tab);
  expect(s.nameStyle).toEqual({ fontSize: '16px', color: expect.not.stringMatching(/255, 0, 0/), display: 'block' });
  expect(s.rect!.width).toBeGreaterThan(200);
  expect(s.rect!.width).toBeLessThanOrEqual(360);
  const hit = await tab.evaluate(
    (r: { x: number; y: number; width: number; height: number }) => document.elementFromPoint(r.x + r.width / 2, r.y + 20)?.localName,
    s.rect!,
  );
  expect(hit).toBe('archyde-annotator-card');
  await new Promise((r) => setTimeout(r, 300)); // past the fade-in
  await tab.screenshot(`${SHOTS}/card-hostile-${ext.name}.png`);

  await tab.evaluate(() => (window as unknown as CardWindow).__aaCard.abort());
  expect(await tab.evaluate(() => document.querySelector('archyde-annotator-card'))).toBeNull();
  expect(await tab.evaluate(() => document.querySelectorAll('[data-aa-flash],[title],[aria-expanded]').length)).toBe(0);
});
