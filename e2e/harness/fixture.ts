/**
 * The Playwright-runner fixture every spec uses: `ext` is the browser of the current project
 * (chromium or firefox) with the built extension installed, shared by all tests of a worker
 * because launching is the slow part.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserName, ExtensionBrowser, TabDriver } from './types';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';

/** A browser of the given kind with the built extension in a fresh profile of its own (close it yourself). */
export const launchBrowser = (name: BrowserName): Promise<ExtensionBrowser> => (name === 'firefox' ? launchFirefox() : launchChromium());

export const test = base.extend<{ tabs: TabDriver[] }, { ext: ExtensionBrowser }>({
  ext: [
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name as BrowserName;
      const ext = await launchBrowser(name);
      await use(ext);
      await ext.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  // Tabs a test opened are closed after it, so tests do not see each other's pages.
  tabs: async ({}, use) => {
    const opened: TabDriver[] = [];
    await use(opened);
    for (const t of opened) await t.close().catch(() => {});
  },
});

export { expect };
