import { test, expect } from '../harness/fixture';
import { demoPage, FOREIGN_URL } from '../harness/routes';
import { openPopupFor } from '../harness/popup';

const ROOT_MARK = 'data-archyde-annotator';

test('the content script runs on the Archyde article', async ({ ext, tabs }) => {
  const page = await ext.open(demoPage().url);
  tabs.push(page);
  const mark = await page.waitFor((attr: string) => document.documentElement.getAttribute(attr), ROOT_MARK);
  // A random id of this page load, nothing else: not the version, not a setting.
  expect(mark).toMatch(/^[0-9a-f]{32}$/);
  expect(await page.evaluate(() => document.querySelector('h1')?.textContent?.length ?? 0)).toBeGreaterThan(10);
});

test('the content script does not run on another host or over plain http', async ({ ext, tabs }) => {
  // Positive control first, so the negative below is not just a slow start.
  const article = await ext.open(demoPage().url);
  tabs.push(article);
  await article.waitFor((attr: string) => document.documentElement.hasAttribute(attr), ROOT_MARK);

  for (const url of [FOREIGN_URL, demoPage().url.replace('https:', 'http:')]) {
    const other = await ext.open(url);
    tabs.push(other);
    await other.waitFor(() => document.readyState === 'complete');
    // document_idle content scripts have run within this time on the article above.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await other.evaluate((attr: string) => document.documentElement.hasAttribute(attr), ROOT_MARK)).toBe(false);
  }
});

test('the popup reports the article page as active', async ({ ext, tabs }) => {
  const article = await ext.open(demoPage().url);
  tabs.push(article);
  await article.waitFor((attr: string) => document.documentElement.hasAttribute(attr), ROOT_MARK);
  const popup = await openPopupFor(ext, demoPage().url);
  tabs.push(popup);
  expect(await popup.evaluate(() => document.body.dataset.ready)).toBe('active');
  expect(await popup.evaluate(() => document.querySelector('.status')?.textContent ?? '')).toContain('Active on this article');
});

test('the popup says inactive when no article is open in its tab', async ({ ext, tabs }) => {
  const popup = await ext.openExtensionPage('popup.html');
  tabs.push(popup);
  expect(await popup.evaluate(() => document.body.dataset.ready)).toBe('inactive');
});

test('the background runs the entity engine with its WebAssembly tagger (allowed by the extension CSP)', async ({ ext, tabs }) => {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  tabs.push(page);
  const reply = await page.evaluate(async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const text = 'Chinese President Xi Jinping met Vladimir Putin in Samarkand, Uzbekistan.';
    return (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'bg/analyze', payload: { text } })) as {
      ok: boolean;
      value?: { tagger: string; analysis: { entities: unknown[] } };
      error?: string;
    };
  });
  expect(reply.error).toBeUndefined();
  expect(reply.value?.tagger).toBe('wasm');
  expect(reply.value?.analysis.entities.length).toBeGreaterThanOrEqual(3);
});
