// Sites beyond archyde.com, and the popup's states. A site is enabled from the popup (or the
// options page) through the browser's permission request; the content script then runs on the open
// page at once and on every later load, and disabling removes it from both. Each of the popup's
// states is shown where it applies, with its one action.
//
// The browser under test is a copy of the build with the "tabs" permission (see
// e2e/harness/site-access.ts): a popup opened as a page has no activeTab, which only a real toolbar
// click grants, and would not know its tab's address. The permission prompt is answered as
// site-access.ts describes; the request itself is the popup's own, made in its click.
import { rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { launchChromium } from '../harness/chromium';
import { launchFirefox } from '../harness/firefox';
import { DIST_CHROME, DIST_FIREFOX } from '../harness/paths';
import { demoPage, FOREIGN_URL, OTHER_SITE_URL, serve } from '../harness/routes';
import { ContentMessenger } from '../harness/messages';
import { openOptions } from '../harness/options-page';
import { answerPermissionPrompt, extensionWithTabs, FIREFOX_AUTO_GRANT, hasOrigins, reloadExtension, tabIdOf } from '../harness/site-access';
import type { BrowserName, ExtensionBrowser, TabDriver } from '../harness/types';

const ROOT_MARK = 'data-archyde-annotator';
const OTHER_ORIGINS = ['https://news.example.net/*'];

const NO_ARTICLE_URL = 'https://www.archyde.com/sites-spec/no-article/';
serve(
  NO_ARTICLE_URL,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archyde</title></head>
<body><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/sport/">Sport</a></nav><p>Latest news.</p></body></html>`,
);

const NO_NAMES_URL = 'https://www.archyde.com/sites-spec/no-names/';
const lowercase = 'the weather stayed mild all week, and most people spent the long evenings outside in their gardens and parks. ';
serve(
  NO_NAMES_URL,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a quiet week</title></head>
<body><main><article><h1>a quiet week</h1>${`<p>${lowercase.repeat(3)}</p>`.repeat(4)}</article></main></body></html>`,
);

const test = base.extend<{ tabs: TabDriver[] }, { ext: ExtensionBrowser }>({
  ext: [
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name as BrowserName;
      const dir = extensionWithTabs(name === 'firefox' ? DIST_FIREFOX : DIST_CHROME);
      const ext =
        name === 'firefox'
          ? await launchFirefox({ extensionDir: dir, temporary: true, prefs: FIREFOX_AUTO_GRANT })
          : await launchChromium({ extensionDir: dir });
      try {
        await use(ext);
      } finally {
        await ext.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  tabs: async ({}, use) => {
    const opened: TabDriver[] = [];
    await use(opened);
    for (const t of opened) await t.close().catch(() => {});
  },
});

const marked = (page: TabDriver): Promise<boolean> => page.evaluate((attr: string) => document.documentElement.hasAttribute(attr), ROOT_MARK);
const highlightCount = (page: TabDriver): Promise<number> => page.evaluate(() => document.querySelectorAll('archyde-entity').length);
const popupState = (popup: TabDriver): Promise<string | undefined> => popup.evaluate(() => document.body.dataset.ready);
const statusText = (popup: TabDriver): Promise<string> => popup.evaluate(() => document.querySelector('.status')?.textContent ?? '');

/** Opens a page and, as a helper page, an extension page; the popup for the page's tab follows. */
async function openWithPopup(ext: ExtensionBrowser, tabs: TabDriver[], url: string): Promise<{ page: TabDriver; popup: TabDriver; tabId: number }> {
  const page = await ext.open(url);
  tabs.push(page);
  await page.waitFor(() => document.readyState === 'complete');
  const helper = await ext.openExtensionPage('popup.html?tab=-1');
  const tabId = await tabIdOf(helper, url).finally(() => helper.close());
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  tabs.push(popup);
  return { page, popup, tabId };
}

/** Waits until the page at `url` has highlights, asked through its content script. */
async function highlighted(ext: ExtensionBrowser, tabs: TabDriver[], url: string): Promise<number> {
  const m = await ContentMessenger.open(ext);
  tabs.push(m.tab);
  let elements = 0;
  await expect
    .poll(async () => (elements = (await m.send(url, 'page/annotation', null).catch(() => null))?.elements ?? 0), {
      message: `highlights on ${url}`,
      timeout: 30_000,
      intervals: [200],
    })
    .toBeGreaterThan(0);
  return elements;
}

/** The content script's document_idle start has happened on the loaded page within this time where it runs at all. */
const START_GRACE_MS = 1500;

test('a site enabled from the popup runs the content script on the open page and on later loads; disabling stops it', async ({ ext, tabs }) => {
  const { page, popup } = await openWithPopup(ext, tabs, OTHER_SITE_URL);
  await new Promise((r) => setTimeout(r, START_GRACE_MS));
  expect(await marked(page)).toBe(false);
  expect(await popupState(popup)).toBe('not-enabled');
  expect(await statusText(popup)).toContain('Not enabled on news.example.net');
  expect(await popup.evaluate(() => document.querySelector('#site-enable')?.textContent)).toBe('Enable on news.example.net');
  expect(await hasOrigins(popup, OTHER_ORIGINS)).toBe(false);

  await answerPermissionPrompt(ext, popup, OTHER_ORIGINS);
  await popup.click('#site-enable');
  // Without a reload: the popup ran the content script in the open tab, and the background answers it there.
  expect(await highlighted(ext, tabs, OTHER_SITE_URL)).toBeGreaterThan(5);
  expect(await highlightCount(page)).toBeGreaterThan(5);
  expect(await hasOrigins(popup, OTHER_ORIGINS)).toBe(true);
  await popup.waitFor(() => document.querySelector('#site-disable') !== null, undefined, 15_000);
  expect(await popupState(popup)).toBe('active');

  // A new load of the site runs the registered content script by itself.
  await page.goto(OTHER_SITE_URL);
  expect(await highlighted(ext, tabs, OTHER_SITE_URL)).toBeGreaterThan(5);

  // The site's twin that was not granted, and other hosts, stay off.
  const foreign = await ext.open(FOREIGN_URL);
  tabs.push(foreign);
  await foreign.waitFor(() => document.readyState === 'complete');
  await new Promise((r) => setTimeout(r, START_GRACE_MS));
  expect(await marked(foreign)).toBe(false);

  await popup.click('#site-disable');
  await page.waitFor((attr: string) => !document.documentElement.hasAttribute(attr) && !document.querySelector('archyde-entity'), ROOT_MARK, 10_000);
  await popup.waitFor(() => document.body.dataset.ready === 'not-enabled', undefined, 10_000);
  expect(await hasOrigins(popup, OTHER_ORIGINS)).toBe(false);

  await page.goto(OTHER_SITE_URL);
  await page.waitFor(() => document.readyState === 'complete');
  await new Promise((r) => setTimeout(r, START_GRACE_MS));
  expect(await marked(page)).toBe(false);
});

test('the options page lists archyde.com always, enables a typed site and removes it', async ({ ext, tabs }) => {
  const options = await openOptions(ext);
  tabs.push(options);
  const listed = (): Promise<string[]> =>
    options.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#enabled-sites li')].map((li) => `${li.dataset.site}${li.querySelector('button') ? ' [Remove]' : ''}`),
    );
  expect(await listed()).toEqual(['archyde.com']);

  // Bad input is refused in words and asks for nothing.
  await options.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#site-input')!;
    input.value = 'ftp://news.example.net';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await options.click('#site-add');
  await options.waitFor(() => document.querySelector('#sites-status')?.textContent?.includes('Only web sites'));
  expect(await hasOrigins(options, OTHER_ORIGINS)).toBe(false);

  await options.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#site-input')!;
    input.value = 'https://news.example.net/world/';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await answerPermissionPrompt(ext, options, OTHER_ORIGINS);
  await options.click('#site-add');
  await options.waitFor(() => document.querySelector('#sites-status')?.textContent?.includes('Enabled on news.example.net'));
  expect(await listed()).toEqual(['archyde.com', 'news.example.net [Remove]']);

  const page = await ext.open(OTHER_SITE_URL);
  tabs.push(page);
  expect(await highlighted(ext, tabs, OTHER_SITE_URL)).toBeGreaterThan(5);

  await options.click('#enabled-sites li[data-site="news.example.net"] button');
  await options.waitFor(() => document.querySelector('#sites-status')?.textContent?.includes('Removed news.example.net'));
  expect(await listed()).toEqual(['archyde.com']);
  expect(await hasOrigins(options, OTHER_ORIGINS)).toBe(false);
  await page.goto(OTHER_SITE_URL);
  await page.waitFor(() => document.readyState === 'complete');
  await new Promise((r) => setTimeout(r, START_GRACE_MS));
  expect(await marked(page)).toBe(false);
});

test('the popup says when a page has no article, and when an article has no names, with what helps', async ({ ext, tabs }) => {
  const noArticle = await openWithPopup(ext, tabs, NO_ARTICLE_URL);
  await noArticle.popup.waitFor(() => document.querySelector('[data-empty="no-article"]') !== null, undefined, 15_000);
  expect(await statusText(noArticle.popup)).toContain('No article was found on this page.');

  const noNames = await openWithPopup(ext, tabs, NO_NAMES_URL);
  await noNames.popup.waitFor(() => document.querySelector('[data-empty="no-entities"]') !== null, undefined, 15_000);
  const text = await noNames.popup.evaluate(() => document.querySelector('[data-empty="no-entities"]')?.textContent ?? '');
  expect(text).toContain('No people, organisations or places were found in this article.');
  expect(text).toContain('Choose what to highlight');
});

// Last: it reloads the extension of this worker's browser.
test('a page opened before the extension was updated says so, and Reload runs the new version', async ({ ext, tabs }) => {
  const { popup } = await openWithPopup(ext, tabs, OTHER_SITE_URL);
  await answerPermissionPrompt(ext, popup, OTHER_ORIGINS);
  await popup.click('#site-enable');
  await highlighted(ext, tabs, OTHER_SITE_URL);
  const article = await ext.open(demoPage().url);
  tabs.push(article);
  await highlighted(ext, tabs, demoPage().url);

  const helper = await ext.openExtensionPage('popup.html?tab=-1');
  await reloadExtension(ext, helper);
  await article.waitFor(() => true); // the tabs stay open through the reload

  // Chromium leaves both pages with an orphaned content script (which removes its highlights);
  // Firefox injects the manifest's content script into open archyde.com tabs again, but not a
  // registered one: the enabled site's page is stale there too.
  const stale = ext.name === 'chromium' ? [demoPage().url, OTHER_SITE_URL] : [OTHER_SITE_URL];
  for (const url of stale) {
    // The extension's pages came back with it; the popup is opened for the tab again.
    const { popup: p } = await poll(async () => {
      const h = await ext.openExtensionPage('popup.html?tab=-1');
      const id = await tabIdOf(h, url).finally(() => h.close());
      const opened = await ext.openExtensionPage(`popup.html?tab=${id}`);
      tabs.push(opened);
      return { popup: opened };
    });
    await p.waitFor(() => document.body.dataset.ready === 'stale', undefined, 15_000);
    expect(await statusText(p)).toContain('This page was opened before the extension was installed or updated. Reload it');
    await p.click('#page-reload');
    expect(await highlighted(ext, tabs, url)).toBeGreaterThan(5);
    await p.waitFor(() => document.body.dataset.ready === 'active', undefined, 15_000);
  }
  if (ext.name === 'firefox') {
    const p = await openWithPopup(ext, tabs, demoPage().url).catch(() => null);
    expect(p && (await p.popup.waitFor(() => document.body.dataset.ready, undefined, 15_000))).toBe('active');
  }
});

/** Retries `open` while the reloaded extension's pages are not reachable yet. */
async function poll<T>(open: () => Promise<T>): Promise<T> {
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      return await open();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
