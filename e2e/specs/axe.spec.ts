// axe-core over everything the extension shows, with the system's colour scheme light and dark:
// the popup on the demo article (list, and an entity's card), the options page, the card's interior
// (on the card's dev page, where the test opens the shadow root the shipped card keeps closed), and
// the highlighted article, where only what our elements add counts: the fixture's own defects are
// measured on the same page without the extension and reported, not fixed.
import { test, expect } from '../harness/fixture';
import { axeViolations, type AxeViolation } from '../harness/axe';
import { openAnnotated } from '../harness/annotated-page';
import { cardBundle, cardTestPage, mountTestCard } from '../harness/card-page';
import { openOptions } from '../harness/options-page';
import { openPopupFor } from '../harness/popup';
import { demoPage, FOREIGN_URL, serve } from '../harness/routes';
import { launchWithScheme, type Scheme } from '../harness/schemes';
import type { BrowserName, ExtensionBrowser, TabDriver } from '../harness/types';
import { composite, compositeAll, contrastRatio, parseColor } from '../../src/ui/contrast';

const CARD_URL = 'https://cards.example.org/axe-card/';
// The test page opens every shadow root so axe can read the card's interior (test pages only: the
// shipped card's root is closed, and axe never reads closed roots).
const OPEN_ROOTS = `<script>{ const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); }; }</script>`;
const cardPage = cardTestPage(
  CARD_URL,
  [
    {
      id: 'e1',
      name: 'Steve Tsang',
      type: 'PERSON',
      title: 'a professor at the Institute of China Studies',
      aliases: ['Steve Tsang', 'Tsang'],
      titledForms: ['Professor Tsang'],
      firstSentence: 'Steve Tsang, a professor at the Institute of China Studies, said it was clear.',
      coMentioned: ['e2', 'e3'],
      quotes: [
        { text: 'It is clear that Mr. Xi supports Mr. Putin.', start: 1, end: 2 },
        { text: 'A second quote.', start: 3, end: 4 },
        { text: 'A third quote.', start: 5, end: 6 },
      ],
    },
    { id: 'e2', name: 'Xi Jinping', type: 'PERSON' },
    { id: 'e3', name: 'Samarkand', type: 'PLACE' },
  ],
  ['{e1:Steve Tsang} said {e2:Xi Jinping} would go to {e3:Samarkand}.', 'Later, {e1:Tsang} spoke again.'],
  OPEN_ROOTS,
);
serve(CARD_URL, cardPage.html);

/** Contrast of a text colour (faded by the opacity of its ancestors) against the backgrounds behind it. */
function legendContrast({ color, behind, opacity }: { color: string; behind: string[]; opacity: number }): number {
  const layers = behind.map((c) => parseColor(c)!).filter((c) => c.a > 0);
  const opaque = layers.findIndex((c) => c.a >= 1);
  const bg = opaque < 0 ? compositeAll(layers, parseColor('#fff')!) : compositeAll(layers.slice(0, opaque), layers[opaque]!);
  const fg = parseColor(color)!;
  return contrastRatio(composite({ ...fg, a: fg.a * opacity }, bg), bg);
}

async function withScheme(browser: BrowserName, scheme: Scheme, run: (ext: ExtensionBrowser, tabs: TabDriver[]) => Promise<void>): Promise<void> {
  const ext = await launchWithScheme(browser, scheme);
  const tabs: TabDriver[] = [];
  try {
    await run(ext, tabs);
  } finally {
    for (const t of tabs) await t.close().catch(() => undefined);
    await ext.close();
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, options page and the card's interior have no axe violations (${scheme})`, async ({}, info) => {
    await withScheme(info.project.name as BrowserName, scheme, async (ext, tabs) => {
      const url = demoPage().url;
      await openAnnotated(ext, tabs, url);
      const popup = await openPopupFor(ext, url);
      tabs.push(popup);
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await popup.waitFor(() => document.querySelectorAll('button.entry').length > 0);
      expect(await axeViolations(popup)).toEqual([]);
      // The legend's "(not highlighted)" note (dates are off by default), measured as well as axe's pass.
      const off = await popup.evaluate(() => {
        const el = document.querySelector('.legend li.off .muted');
        if (!el) return null;
        const behind: string[] = [];
        let opacity = 1;
        for (let n: Element | null = el; n; n = n.parentElement) {
          behind.push(getComputedStyle(n).backgroundColor);
          opacity *= Number(getComputedStyle(n).opacity);
        }
        return { text: el.textContent, color: getComputedStyle(el).color, behind, opacity };
      });
      expect(off, 'the legend shows a type that is not highlighted').not.toBeNull();
      const ratio = legendContrast(off!);
      test.info().annotations.push({ type: 'contrast', description: `popup legend "${off!.text}" (${scheme}): ${ratio.toFixed(2)}:1` });
      expect(ratio).toBeGreaterThanOrEqual(4.5);
      await popup.click('button.entry');
      await popup.waitFor(() => document.querySelector('.card-host')?.shadowRoot?.querySelector('.name') != null);
      expect(await axeViolations(popup)).toEqual([]);

      const options = await openOptions(ext);
      tabs.push(options);
      expect(await axeViolations(options)).toEqual([]);

      const card = await ext.open(CARD_URL);
      tabs.push(card);
      await mountTestCard(card, cardPage, await cardBundle());
      await card.waitFor(() => Boolean((window as unknown as { __aaCard?: unknown }).__aaCard));
      await card.evaluate(() => (document.querySelector('archyde-entity[tabindex="0"]') as HTMLElement).focus());
      await card.waitFor(() => document.querySelector('archyde-annotator-card')?.shadowRoot?.querySelector('.card[data-placed] .name') != null);
      // The shadow root is open here (see OPEN_ROOTS), so axe checks the card's interior.
      expect(await axeViolations(card, { include: ['archyde-annotator-card'] })).toEqual([]);
    });
  });
}

test('the highlights add no axe violation to the article', async ({ ext, tabs }) => {
  // The same article where the extension does not run: the fixture's own findings.
  const plain = await ext.open(FOREIGN_URL);
  tabs.push(plain);
  const before = await axeViolations(plain);
  test.info().annotations.push({ type: 'fixture axe findings (not ours)', description: JSON.stringify(before) });

  const { tab } = await openAnnotated(ext, tabs, demoPage().url);
  expect(await tab.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type]').length)).toBeGreaterThan(10);
  // Every finding on or inside our elements is ours.
  expect(await axeViolations(tab, { include: ['archyde-entity'] })).toEqual([]);
  // And no rule the plain page passes fails once highlighted, nor with more elements.
  const after = await axeViolations(tab);
  const count = (v: AxeViolation[]) => Object.fromEntries(v.map((x) => [x.id, x.nodes.length]));
  expect(count(after)).toEqual(count(before));
});
