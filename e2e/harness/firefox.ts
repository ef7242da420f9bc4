/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi. Playwright cannot drive Debian's
 * firefox-esr, so this is the recipe from ../shared/notes/browser-testing.md.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
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
    bringToFront: () => page.bringToFront(),
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
 * Installs the extension the way a reader's is: permanently in the profile, so it is still there
 * when the browser starts again on that profile (a temporary add-on is removed at shutdown). An
 * unsigned package installs permanently only where `xpinstall.signatures.required` can be turned
 * off, as in ESR. The package is zipped from `dir` uncompressed, which takes a few milliseconds.
 */
async function installPermanently(browser: Browser, dir: string, xpi: string): Promise<string> {
  writeFileSync(xpi, zipSync(filesUnder(dir), { level: 0 }));
  // puppeteer's installExtension installs temporarily; the BiDi command takes Firefox's own flag.
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: { extension: string } }> } }).connection;
  const reply = await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: xpi }, 'moz:permanent': true });
  return reply.result.extension;
}

function filesUnder(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * `extraExtensions`: more unpacked extensions to install beside ours (bench:page's control), as
 * temporary add-ons (restart() drops them).
 * `extensionDir`: our extension from another directory than dist/firefox (a damaged copy, in a test).
 * `temporary`: our extension as a temporary add-on, as a developer loads it: Firefox reads its files
 *   from `extensionDir` as they are now (a test may repair a file), and runtime.reload() installs
 *   it again from there, as an update would. It is gone after restart().
 * `prefs`: more Firefox preferences (e.g. answering permission prompts in a test).
 * `colorScheme`: what `prefers-color-scheme` answers in every page, web and extension pages alike.
 */
export async function launchFirefox(
  opts: {
    headless?: boolean;
    extraExtensions?: string[];
    extensionDir?: string;
    temporary?: boolean;
    prefs?: Record<string, string | number | boolean>;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<ExtensionBrowser> {
  const home = throwawayHome();
  // A profile directory of its own, kept across restart() (puppeteer deletes only the ones it makes).
  const profile = join(home, 'profile');
  mkdirSync(profile);
  const dist = opts.extensionDir ?? DIST_FIREFOX;
  const geckoId = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const start = (prefs: Record<string, unknown> = {}): Promise<Browser> =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless: opts.headless ?? true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, HOME: home, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        // The same moz-extension:// origin on every start, and for every profile: its IndexedDB is the notes.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
        'xpinstall.signatures.required': false,
        'dom.security.https_first': false,
        // The system's scheme as Firefox sees it; pages and extension pages follow it.
        ...(opts.colorScheme ? { 'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0 } : {}),
        ...opts.prefs,
        ...prefs,
      },
    });
  let browser: Browser = await start();
  let storageLimit: Record<string, number> = {};
  let addonId = opts.temporary ? await browser.installExtension(dist) : await installPermanently(browser, dist, join(home, 'extension.xpi'));
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
      const url = base + path;
      const ready = (ms: number) => poll(() => page.evaluate(() => document.body?.dataset.ready), ms, `${path} to be ready`);
      // goto(moz-extension://…) never resolves in Firefox ESR over BiDi: fire it and poll instead.
      // Just after a restart the add-on may not be up yet and the navigation goes nowhere: then it
      // is sent again. A page that did load is left to get ready.
      const end = Date.now() + 30_000;
      for (;;) {
        page.goto(url).catch(() => {});
        try {
          await ready(5_000);
          return tab(page);
        } catch (err) {
          const at = await page.evaluate(() => location.href).catch(() => '');
          if (at === url) {
            await ready(Math.max(1_000, end - Date.now()));
            return tab(page);
          }
          if (Date.now() > end) throw err;
        }
      }
    },
    removeExtension: () => browser.uninstallExtension(addonId),
    reinstallExtension: async () => {
      // As it was first installed: a temporary add-on would be gone at the next restart.
      addonId = opts.temporary ? await browser.installExtension(dist) : await installPermanently(browser, dist, join(home, 'extension.xpi'));
    },
    restart: async (restartOpts = {}) => {
      await browser.close();
      browser = await start({ ...storageLimit, ...restartOpts.firefoxPrefs });
    },
    limitStorage: async (bytes) => {
      // In KB; -1 is the default (a share of the disk).
      storageLimit = { 'dom.quotaManager.temporaryStorage.fixedLimit': bytes === null ? -1 : Math.ceil(bytes / 1024) };
      await browser.close();
      browser = await start(storageLimit);
    },
    close: async () => {
      await browser.close();
      removeHome(home);
    },
  };
}
