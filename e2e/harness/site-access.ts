/**
 * Test support for enabling the extension on other sites.
 *  - `extensionWithTabs`: a copy of the build with the "tabs" permission. The toolbar popup knows
 *    its tab's address through activeTab, which only a real toolbar click grants; a popup opened
 *    as a page (popup.html?tab=<id>) gets it from "tabs" instead. The shipped build has no "tabs".
 *  - `answerPermissionPrompt`: the reader's "Allow" in the browser's permission prompt, which a
 *    test cannot click. Chromium: granted ahead through chrome://extensions' own developerPrivate
 *    API (the page's site-access controls), after which permissions.request resolves true without
 *    a prompt. Firefox: the pref FIREFOX_AUTO_GRANT makes the request grant at once.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionBrowser, TabDriver } from './types';

export const FIREFOX_AUTO_GRANT = { 'extensions.webextOptionalPermissionPrompts': false };

/** A copy of `dist` in a temp dir whose manifest adds the "tabs" permission; the caller deletes it. */
export function extensionWithTabs(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'archyde-annotator-tabs-'));
  cpSync(dist, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
  manifest.permissions.push('tabs');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

type Api = {
  runtime: { id: string; reload(): void };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  permissions: { contains(p: object): Promise<boolean> };
};

/** The id of the tab showing `url` (needs the "tabs" permission of extensionWithTabs). */
export async function tabIdOf(page: TabDriver, url: string): Promise<number> {
  const id = await page.evaluate(async (u: string) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const tabs = await (g.browser ?? g.chrome).tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export function hasOrigins(page: TabDriver, origins: string[]): Promise<boolean> {
  return page.evaluate(async (o: string[]) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).permissions.contains({ origins: o });
  }, origins);
}

/** Stands in for the reader allowing `origins` in the browser's prompt (see above); `page` is any page of ours. */
export async function answerPermissionPrompt(ext: ExtensionBrowser, page: TabDriver, origins: string[]): Promise<void> {
  if (ext.name === 'firefox') return; // FIREFOX_AUTO_GRANT
  const extensionId = await page.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.id);
  const settings = await ext.open('chrome://extensions/');
  try {
    await settings.evaluate(
      async ({ id, hosts }: { id: string; hosts: string[] }) => {
        type DeveloperPrivate = { addHostPermission(id: string, host: string): Promise<void> };
        const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        for (const host of hosts) await dp.addHostPermission(id, host);
      },
      { id: extensionId, hosts: origins },
    );
  } finally {
    await settings.close();
  }
}

/**
 * Reloads the extension as an update would: its open pages close and its content scripts lose their
 * context. `page` is any page of ours. Firefox: runtime.reload(), which reinstalls a temporary add-on.
 * Chromium: runtime.reload() leaves an extension loaded with --load-extension disabled ("unsupported
 * developer extension"), so chrome://extensions reloads it, in developer mode, as its Reload button does.
 */
export async function reloadExtension(ext: ExtensionBrowser, page: TabDriver): Promise<void> {
  if (ext.name === 'firefox') {
    await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.reload()).catch(() => undefined); // the page goes with the extension
    return;
  }
  const extensionId = await page.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.id);
  const settings = await ext.open('chrome://extensions/');
  try {
    await settings.evaluate(async (id: string) => {
      type DeveloperPrivate = { updateProfileConfiguration(c: object): Promise<void>; reload(id: string, o: object): Promise<void> };
      const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await dp.updateProfileConfiguration({ inDeveloperMode: true });
      await dp.reload(id, { failQuietly: false });
    }, extensionId);
  } finally {
    await settings.close();
  }
}
