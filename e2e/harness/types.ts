/**
 * One small driver interface over Playwright (Chromium) and puppeteer-core (Firefox over
 * WebDriver BiDi), so every e2e spec runs unchanged in both browsers.
 */

/** A tab in the browser under test. */
export interface TabDriver {
  /** Runs `fn` in the page's main world (not the content script's). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Polls `fn` in the page until it returns a truthy value; returns that value. */
  waitFor<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, timeoutMs?: number): Promise<T>;
  goto(url: string): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** JS heap in use by the tab's renderer after a forced GC, in bytes (Chromium only; null elsewhere). */
  jsHeapUsedBytes(): Promise<number | null>;
  /**
   * The renderer main thread from the task that started the content script on (where it does not
   * run: from DOMContentLoaded), as traced since the tab was opened with `traceTasks` (Chromium
   * only; null elsewhere). Stops the trace.
   */
  mainThreadSinceContentScript(): Promise<MainThreadTrace | null>;
  /** Makes this the selected tab, as a reader reading it has it: background tabs' timers are throttled (Firefox: to about one a second). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** Durations in ms. */
export interface MainThreadTrace {
  tasks: number[];
  /** Garbage collections (V8's minor and major GC) inside those tasks. */
  gc: number[];
}

export type BrowserName = 'chromium' | 'firefox';

/** The browser with the built extension installed. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /**
   * Opens a new tab at `url`. Requests to the hosts in routes.ts are answered from e2e/fixtures.
   * `initScript` runs in the page's main world before any of the page's own scripts (benchmarks' probes).
   */
  open(url: string, opts?: { initScript?: string; traceTasks?: boolean }): Promise<TabDriver>;
  /** Opens the extension page `path` (e.g. "popup.html?tab=3") in a new tab and waits for body[data-ready]. */
  openExtensionPage(path: string): Promise<TabDriver>;
  /** Uninstalls the extension while its pages stay open (the browser stays usable). */
  removeExtension(): Promise<void>;
  /**
   * Chromium only: stops the extension's service worker, as the browser does when it is idle; the
   * next message starts it again with nothing in memory.
   */
  stopBackground?(): Promise<void>;
  /** Firefox only: installs the extension again after removeExtension() (Firefox injects it into open tabs). */
  reinstallExtension?(): Promise<void>;
  /**
   * Closes the browser and starts it again on the same profile, as a reader restarting it: the
   * installed extension, its IndexedDB and its settings are kept; open tabs (and their TabDrivers)
   * are gone. `firefoxPrefs` are set for the new start in Firefox (ignored in Chromium).
   */
  restart(opts?: { firefoxPrefs?: Record<string, string | number | boolean> }): Promise<void>;
  /**
   * Caps the storage the extension's origin may use at about `bytes` (null lifts the cap), so a
   * write past it fails with QuotaExceededError as on a full disk. Both take a restart, so open
   * tabs are gone. Chromium: a fixed quota pool for every origin (feature StorageQuotaSettings),
   * not enforced on an extension with the unlimitedStorage permission. Firefox: the profile's whole
   * temporary storage limit (pref dom.quotaManager.temporaryStorage.fixedLimit).
   */
  limitStorage(bytes: number | null): Promise<void>;
  close(): Promise<void>;
}
