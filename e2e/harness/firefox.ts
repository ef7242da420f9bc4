/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi. Playwright cannot drive Debian's
 * firefox-esr, so this is the recipe from ../shared/notes/browser-testing.md.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser, TabDriver } from './types';
import { DIST_FIREFOX, FIREFOX_BIN, poll, removeHome, throwawayHome } from './paths';
import { isRoutable, respond } from './routes';

/** A fixed internal UUID makes moz-extension:// URLs predictable. */
const FIREFOX_EXTENSION_UUID = '6c5e8a4e-4b7c-4f43-9a55-0a1c2f3d4e5f';

function tab(page: Page): TabDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeoutMs = 10_000) => poll(() => page.evaluate(fn as never, arg) as Promise<never>, timeoutMs, 'a page condition'),
    goto: async (url) => {
      await page.goto(url);
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    press: async (key) => {
      // puppeteer's press takes one key: a chord ("Alt+Shift+ArrowDown") is held down key by key,
      // so the page gets real (isTrusted) key events with the modifiers set, as from a keyboard.
      const keys = key.length > 1 ? key.split('+') : [key];
      const last = keys.pop()!;
      const main = last === 'Space' ? ' ' : last; // puppeteer's BiDi keyboard names it by its character
      for (const k of keys) await page.keyboard.down(k as never);
      await page.keyboard.press(main as never);
      for (const k of keys.reverse()) await page.keyboard.up(k as never);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    jsHeapUsedBytes: async () => null, // no per-tab heap metric over WebDriver BiDi
    mainThreadSinceContentScript: async () => null, // no task trace over WebDriver BiDi
    close: () => page.close(),
  };
}

async function routeRequests(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('about:')) {
      void req.continue();
      return;
    }
    if (!isRoutable(url)) {
      void req.abort();
      return;
    }
    const r = respond(url);
    void req.respond({ status: r.status, contentType: r.contentType, body: r.body });
  });
}

/**
 * `extraExtensions`: more unpacked extensions to install beside ours (bench:page's control).
 * `extensionDir`: our extension from another directory than dist/firefox (a damaged copy, in a test).
 * `colorScheme`: what `prefers-color-scheme` answers in every page, web and extension pages alike.
 */
export async function launchFirefox(
  opts: { headless?: boolean; extraExtensions?: string[]; extensionDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const home = throwawayHome();
  const dist = opts.extensionDir ?? DIST_FIREFOX;
  const geckoId = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'dom.security.https_first': false,
      // The system's scheme as Firefox sees it; pages and extension pages follow it.
      ...(opts.colorScheme ? { 'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0 } : {}),
    },
  });
  let addonId = await browser.installExtension(dist);
  for (const dir of opts.extraExtensions ?? []) await browser.installExtension(dir);
  const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;

  return {
    name: 'firefox',
    async open(url, opts = {}) {
      const page = await browser.newPage();
      await routeRequests(page);
      if (opts.initScript) await page.evaluateOnNewDocument(opts.initScript);
      await page.goto(url);
      return tab(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // goto(moz-extension://…) never resolves in Firefox ESR over BiDi: fire it and poll instead.
      page.goto(base + path).catch(() => {});
      await poll(() => page.evaluate(() => document.body?.dataset.ready), 15_000, `${path} to be ready`);
      return tab(page);
    },
    removeExtension: () => browser.uninstallExtension(addonId),
    reinstallExtension: async () => {
      addonId = await browser.installExtension(dist);
    },
    close: async () => {
      await browser.close();
      removeHome(home);
    },
  };
}
