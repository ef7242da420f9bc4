// `npm run screenshots`: the documentation's screenshots, written to docs/screenshots/. Uses the
// built extension as it is (dist/chrome: run `node build.mjs --no-typecheck` first), in headless
// Chromium launched by the e2e harness, on the offline demo article it serves. Every wait is on a
// condition (highlights present, card painted), never on a fixed delay.
//
// Each picture is one entry of SHOTS: a file name and how to bring the browser to that state. The
// popup's shots are taken in one browser per colour scheme (the launcher's `colorScheme`), each
// file named after its scheme. The options page likewise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { openAnnotated } from '../e2e/harness/annotated-page';
import { cardProbe, type CardProbe } from '../e2e/harness/card-page';
import { demoPage } from '../e2e/harness/routes';
import { ROOT } from '../e2e/harness/paths';
import { openPopupFor } from '../e2e/harness/popup';
import { openOptions } from '../e2e/harness/options-page';
import type { ExtensionBrowser, TabDriver } from '../e2e/harness/types';

const OUT_DIR = join(ROOT, 'docs', 'screenshots');

interface Shot {
  /** File name under docs/screenshots/. */
  file: string;
  /** Brings a tab to the state to show and returns it; the caller takes the picture. */
  stage(ext: ExtensionBrowser, tabs: TabDriver[]): Promise<TabDriver>;
}

/** Polls the card until `ok`, as the e2e specs do (the card's closed root is read by the extension). */
async function cardUntil(probe: CardProbe, ok: (s: Awaited<ReturnType<CardProbe['snapshot']>>) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = await probe.snapshot();
    if (ok(s)) return;
    if (Date.now() > deadline) throw new Error(`screenshots: the card never ${what}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves after the page has painted its next frame, so the picture shows what was just rendered. */
const nextFramePainted = (tab: TabDriver): Promise<void> =>
  tab.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** The demo article, highlighted, with a person's card open (focused, as from the keyboard). */
const articleWithCard: Shot = {
  file: 'article-card.png',
  async stage(ext, tabs) {
    const url = demoPage().url;
    const { tab } = await openAnnotated(ext, tabs, url);
    const probe = await cardProbe(ext, url); // also brings the article's tab to the front
    tabs.push({ close: () => probe.close() } as TabDriver);
    const picked = await tab.evaluate(() => {
      // The most mentioned person: their card says the most (title, other names, quotes). Its tab
      // stop is placed a third of the way down the viewport (or as far as the page scrolls).
      const people = new Map<string, HTMLElement[]>();
      for (const el of document.querySelectorAll<HTMLElement>('archyde-entity[data-aa-type="PERSON"]')) {
        const key = el.getAttribute('data-aa-entity') ?? el.textContent ?? '';
        const list = people.get(key);
        if (list) list.push(el);
        else people.set(key, [el]);
      }
      const most = [...people.values()].sort((a, b) => b.length - a.length)[0];
      const el = most?.find((m) => m.tabIndex === 0) ?? document.querySelector<HTMLElement>('archyde-entity[tabindex="0"]');
      if (!el) return null;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3);
      el.focus({ preventScroll: true });
      return el.textContent;
    });
    if (picked === null) throw new Error('screenshots: no highlighted mention to open a card on');
    await cardUntil(probe, (s) => s.open && s.visible, `opened on "${picked}"`);
    await nextFramePainted(tab);
    return tab;
  },
};

/** The popup on the demo article, listing its entities. */
async function popupOnDemo(ext: ExtensionBrowser, tabs: TabDriver[]): Promise<TabDriver> {
  const url = demoPage().url;
  await openAnnotated(ext, tabs, url);
  const popup = await openPopupFor(ext, url);
  tabs.push(popup);
  await popup.waitFor(() => document.querySelectorAll('button.entry').length > 0);
  return popup;
}

const popupList = (scheme: string): Shot => ({
  file: `popup-list-${scheme}.png`,
  async stage(ext, tabs) {
    const popup = await popupOnDemo(ext, tabs);
    await nextFramePainted(popup);
    return popup;
  },
});

/** The popup with the first listed entity's card open (people come first, most mentioned first). */
const popupCard = (scheme: string): Shot => ({
  file: `popup-card-${scheme}.png`,
  async stage(ext, tabs) {
    const popup = await popupOnDemo(ext, tabs);
    await popup.click('button.entry');
    await popup.waitFor(() => document.querySelector('.card-host')?.shadowRoot?.querySelector('.name') != null);
    await nextFramePainted(popup);
    return popup;
  },
});

/** The options page, with the settings loaded. */
const optionsPage = (scheme: string): Shot => ({
  file: `options-${scheme}.png`,
  async stage(ext, tabs) {
    const options = await openOptions(ext);
    tabs.push(options);
    await nextFramePainted(options);
    return options;
  },
});

async function takeShots(shots: Shot[], scheme: 'light' | 'dark'): Promise<void> {
  const ext = await launchChromium({ headless: true, colorScheme: scheme });
  try {
    for (const shot of shots) {
      const tabs: TabDriver[] = [];
      try {
        const tab = await shot.stage(ext, tabs);
        const path = join(OUT_DIR, shot.file);
        await tab.screenshot(path);
        console.log(`screenshots: wrote ${path}`);
      } finally {
        for (const t of tabs) await t.close().catch(() => undefined);
      }
    }
  } finally {
    await ext.close();
  }
}

mkdirSync(OUT_DIR, { recursive: true });
await takeShots([articleWithCard, popupList('light'), popupCard('light'), optionsPage('light')], 'light');
await takeShots([popupList('dark'), popupCard('dark'), optionsPage('dark')], 'dark');
