// The reader's controls: the popup's per-site switch (persisted, followed live by open pages),
// the keyboard command's page toggle, and a clean page when the extension goes away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../harness/fixture';
import { demoPage, fixturePages, FIXTURES } from '../harness/routes';
import { openPopupFor } from '../harness/popup';
import { ContentMessenger } from '../harness/messages';
import { launchChromium } from '../harness/chromium';
import { launchFirefox } from '../harness/firefox';
import type { TabDriver } from '../harness/types';

const highlighted = (tab: TabDriver) => tab.evaluate(() => document.querySelectorAll('archyde-entity').length);

test('the popup switch turns highlights off for the whole site, on open pages and new ones, and back on', async ({ ext, tabs }) => {
  const page = demoPage();
  const article = await ext.open(page.url);
  tabs.push(article);
  await article.waitFor(() => document.querySelectorAll('archyde-entity').length > 50);

  const popup = await openPopupFor(ext, page.url);
  tabs.push(popup);
  const box = '.site-toggle input[type=checkbox]';
  await popup.waitFor((sel: string) => document.querySelector(sel) !== null, box);
  expect(await popup.evaluate((sel: string) => (document.querySelector(sel) as HTMLInputElement).checked, box)).toBe(true);
  await popup.click(box);
  try {
    // The open article follows the stored switch at once, and its DOM is the page's own again.
    await article.waitFor(() => document.querySelectorAll('archyde-entity').length === 0);
    expect(await article.evaluate(() => document.documentElement.hasAttribute('data-aa-highlights'))).toBe(false);
    const pristine = await article.evaluate(
      (html: string) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML,
      readFileSync(join(FIXTURES, page.file), 'utf8'),
    );
    expect(await article.evaluate(() => document.body.innerHTML)).toBe(pristine);

    // Another article on the same site (bare host this time) opens without highlights.
    const other = fixturePages().find((p) => p !== page)!;
    const second = await ext.open(other.url);
    tabs.push(second);
    await second.waitFor(() => document.documentElement.hasAttribute('data-archyde-annotator'));
    await new Promise((r) => setTimeout(r, 1500)); // time in which it would have highlighted (≈ 100 ms)
    expect(await highlighted(second)).toBe(0);

    // The switch persisted: a popup opened afresh shows it off.
    const again = await openPopupFor(ext, other.url);
    tabs.push(again);
    await again.waitFor((sel: string) => document.querySelector(sel) !== null, box);
    expect(await again.evaluate((sel: string) => (document.querySelector(sel) as HTMLInputElement).checked, box)).toBe(false);
    await again.click(box);
    await second.waitFor(() => document.querySelectorAll('archyde-entity').length > 10);
    await article.waitFor(() => document.querySelectorAll('archyde-entity').length > 50);
  } finally {
    // Leave the shared browser as other tests expect it: highlights on.
    await popup.evaluate(async () => {
      const g = globalThis as unknown as {
        browser?: { storage: { local: { remove(k: string): Promise<void> } } };
        chrome: { storage: { local: { remove(k: string): Promise<void> } } };
      };
      await (g.browser ?? g.chrome).storage.local.remove('settings');
    });
  }
});

test('the toggle command hides and restores highlights on this page only', async ({ ext, tabs }) => {
  const page = demoPage();
  const article = await ext.open(page.url);
  tabs.push(article);
  await article.waitFor(() => document.querySelectorAll('archyde-entity').length > 50);
  const m = await ContentMessenger.open(ext);
  tabs.push(m.tab);
  await m.send(page.url, 'page/command', { command: 'toggle-highlights' });
  await article.waitFor(() => document.querySelectorAll('archyde-entity').length === 0);
  expect(await article.evaluate(() => document.documentElement.hasAttribute('data-aa-highlights'))).toBe(false);
  await m.send(page.url, 'page/command', { command: 'toggle-highlights' });
  await article.waitFor(() => document.querySelectorAll('archyde-entity').length > 50);
});

test('removing the extension while the article is open leaves the page as it was', async ({}, testInfo) => {
  test.setTimeout(90_000);
  const firefox = testInfo.project.name === 'firefox';
  const ext = firefox ? await launchFirefox() : await launchChromium();
  try {
    const page = demoPage();
    const pristineHtml = readFileSync(join(FIXTURES, page.file), 'utf8');
    const article = await ext.open(page.url);
    await article.waitFor(() => document.querySelectorAll('archyde-entity').length > 50);
    const mentions = await highlighted(article);
    // Open a card too, so its host element is on the page when the extension goes away.
    await article.evaluate(() => (document.querySelector('archyde-entity[tabindex="0"]') as HTMLElement).focus());
    await article.waitFor(() => document.querySelector('archyde-annotator-card') !== null);
    await ext.removeExtension();
    if (!firefox) {
      // Chromium keeps the orphaned content script running: it notices and undoes everything.
      await article.waitFor(
        () =>
          document.querySelectorAll('archyde-entity, archyde-annotator-card').length === 0 &&
          !document.documentElement.hasAttribute('data-archyde-annotator') &&
          !document.documentElement.hasAttribute('data-aa-highlights'),
        undefined,
        15_000,
      );
    } else {
      // Firefox destroys the content script outright (no code of ours runs), but withdraws its
      // stylesheet: the leftover elements paint nothing. Installed again, Firefox injects the new
      // version into the open tab, which sweeps the leftovers instead of wrapping them twice.
      await article.waitFor(() => getComputedStyle(document.querySelector('archyde-entity')!).backgroundColor === 'rgba(0, 0, 0, 0)');
      await ext.reinstallExtension!();
      await article.waitFor(() => document.querySelectorAll('archyde-entity').length > 50, undefined, 15_000);
      expect(await article.evaluate(() => document.querySelectorAll('archyde-entity archyde-entity').length)).toBe(0);
      expect(await article.evaluate(() => document.querySelectorAll('archyde-annotator-card').length)).toBeLessThanOrEqual(1);
      expect(await highlighted(article)).toBe(mentions);
      // Apart from the new instance's own highlights, the markup is the page's: unwrap them in a
      // copy and compare (the reinstalled add-on has a new internal URL, so we cannot ask it).
      const same = await article.evaluate((html: string) => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const el of [...copy.querySelectorAll('archyde-entity')].reverse()) el.replaceWith(...el.childNodes);
        copy.normalize();
        const pristine = new DOMParser().parseFromString(html, 'text/html').body;
        pristine.normalize();
        return copy.innerHTML === pristine.innerHTML;
      }, pristineHtml);
      expect(same).toBe(true);
      return;
    }
    const pristine = await article.evaluate((html: string) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML, pristineHtml);
    expect(await article.evaluate(() => document.body.innerHTML)).toBe(pristine);
  } finally {
    await ext.close();
  }
});
