/** Chromium through Playwright, with the unpacked build loaded (see ../shared/notes/browser-testing.md). */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { join } from 'node:path';
import type { ExtensionBrowser, MainThreadTrace, TabDriver } from './types';
import { CHROMIUM_BIN, DIST_CHROME, poll, removeHome, throwawayHome } from './paths';
import { isRoutable, respond } from './routes';

function tab(page: Page, trace: TaskTrace | null = null): TabDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      (await (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })).jsonValue()) as never,
    goto: async (url) => {
      await page.goto(url);
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: false });
    },
    jsHeapUsedBytes: async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      await cdp.detach();
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    },
    mainThreadSinceContentScript: async () => (trace ? trace.stop() : null),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

interface TaskTrace {
  stop(): Promise<MainThreadTrace>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** A DevTools timeline trace of the tab, reduced to its main-thread tasks and GCs (see TabDriver). */
async function traceTasks(page: Page): Promise<TaskTrace> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      // The content script's evaluation names its file; its thread is the page's main thread, and
      // the task that runs it is the first one counted. A page it does not run on (a control load)
      // counts the tasks after the one that ended parsing (DOMContentLoaded), near where it would.
      const script = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/content.js'));
      const start = script ?? events.find((e) => e.name === 'MarkDOMContent');
      if (!start) return { tasks: [], gc: [] };
      const onThread = events.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
      const tasks = onThread
        .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
        .filter((e) => (script ? e.ts + (e.dur ?? 0) >= start.ts : e.ts > start.ts));
      const from = tasks[0]?.ts ?? Infinity;
      const ms = (e: TraceEvent): number => (e.dur ?? 0) / 1000;
      return {
        tasks: tasks.map(ms),
        gc: onThread.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && e.ts >= from).map(ms),
      };
    },
  };
}

/**
 * `extraExtensions`: more unpacked extensions to load beside ours (bench:page's control).
 * `extensionDir`: our extension from another directory than dist/chrome (a damaged copy, in a test).
 */
/** `colorScheme`: what `prefers-color-scheme` answers in every page (the documentation's light and dark shots). */
export async function launchChromium(
  opts: { headless?: boolean; extraExtensions?: string[]; extensionDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const home = throwawayHome();
  // The profile is a directory of its own (not Playwright's throwaway one), so restart() can start
  // the browser on it again; the extension's id follows from its directory, so it stays the same.
  const profile = join(home, 'profile');
  const extensions = [opts.extensionDir ?? DIST_CHROME, ...(opts.extraExtensions ?? [])].join(',');
  // Chromium's storage quota for every origin, set by limitStorage() (a restart): a fixed pool of
  // which each origin may use 3/4. DevTools' Storage.overrideQuotaForOrigin is not enforced (Chromium 156).
  let quotaArgs: string[] = [];
  const start = async (): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: opts.headless ?? true,
      env: { ...process.env, HOME: home } as Record<string, string>,
      viewport: { width: 1280, height: 900 },
      ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
      args: [
        `--disable-extensions-except=${extensions}`,
        `--load-extension=${extensions}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        ...quotaArgs,
      ],
    });
    // Only the web is routed; extension pages and data: URLs load as usual.
    await context.route(/^https?:\/\//, (route) => {
      const url = route.request().url();
      if (!isRoutable(url)) return route.abort();
      const r = respond(url);
      return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
    });
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    return { context, worker, extensionId: new URL(worker.url()).host };
  };
  let { context, worker, extensionId } = await start();

  return {
    name: 'chromium',
    async open(url, opts = {}) {
      const page = await context.newPage();
      if (opts.initScript) await page.addInitScript(opts.initScript);
      const trace = opts.traceTasks ? await traceTasks(page) : null;
      await page.goto(url);
      return tab(page, trace);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await poll(() => page.evaluate(() => document.body?.dataset.ready), 10_000, `${path} to be ready`);
      return tab(page);
    },
    async stopBackground() {
      // DevTools' ServiceWorker domain, from a page of the extension's own origin (its storage partition holds the worker).
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
          if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop')), 10_000))]);
      await cdp.detach();
      await page.close();
    },
    removeExtension: async () => {
      // The extension removes itself (no dialog): Chromium then leaves its content scripts orphaned.
      await worker
        .evaluate(() =>
          (globalThis as unknown as { chrome: { management: { uninstallSelf(o: object): Promise<void> } } }).chrome.management.uninstallSelf({
            showConfirmDialog: false,
          }),
        )
        .catch(() => undefined);
    },
    restart: async () => {
      await context.close();
      ({ context, worker, extensionId } = await start());
    },
    limitStorage: async (bytes) => {
      quotaArgs = bytes === null ? [] : [`--enable-features=StorageQuotaSettings:PoolSizeBytes/${Math.ceil((bytes * 4) / 3)}`];
      await context.close();
      ({ context, worker, extensionId } = await start());
    },
    close: async () => {
      await context.close();
      removeHome(home);
    },
  };
}
