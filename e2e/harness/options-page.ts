/**
 * Driving the options page: opening it, asking the background from the page itself (an
 * extension page, so notes/* requests are allowed), and choosing a file in a file input.
 */
import type { ExtensionBrowser, TabDriver } from './types';

export async function openOptions(ext: ExtensionBrowser): Promise<TabDriver> {
  const tab = await ext.openExtensionPage('options.html');
  await tab.waitFor(() => document.body.dataset.ready === 'settings');
  return tab;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Sends a request to the background from the extension page `tab`, as the page's own code would. */
export async function askBackground<T>(tab: TabDriver, type: string, payload: unknown): Promise<T> {
  const reply = await tab.evaluate(
    async (msg: { type: string; payload: unknown }) => {
      const g = globalThis as unknown as {
        browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      };
      return (await (g.browser ?? g.chrome).runtime.sendMessage(msg)) as Reply;
    },
    { type, payload },
  );
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value as T;
}

/** The stored settings record, as it is in storage.local (undefined when none is stored). */
export function storedSettings(tab: TabDriver): Promise<unknown> {
  return tab.evaluate(async () => {
    const g = globalThis as unknown as {
      browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return (await (g.browser ?? g.chrome).storage.local.get('settings'))['settings'];
  });
}

/** Chooses a file for the input `selector` as a reader would, so the page gets its change event. */
export async function chooseFile(tab: TabDriver, selector: string, name: string, content: string): Promise<void> {
  await tab.evaluate(
    (f: { selector: string; name: string; content: string }) => {
      const input = document.querySelector<HTMLInputElement>(f.selector);
      if (!input) throw new Error(`no ${f.selector}`);
      const dt = new DataTransfer();
      dt.items.add(new File([f.content], f.name, { type: 'application/ld+json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, content },
  );
}

/**
 * Makes the page's downloads land in `window.__downloads` (name and text) instead of on disk, by
 * wrapping createObjectURL and <a download>.click(), so a test reads what the reader would save.
 */
export async function captureDownloads(tab: TabDriver): Promise<void> {
  await tab.evaluate(() => {
    const w = window as unknown as { __downloads: { name: string; text: Promise<string> | string }[] };
    w.__downloads = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      const url = create(b);
      if (b instanceof Blob) blobs.set(url, b);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) w.__downloads.push({ name: this.download, text: blob.text() });
      else click.call(this);
    };
  });
}

export async function downloads(tab: TabDriver): Promise<{ name: string; text: string }[]> {
  return tab.evaluate(async () => {
    const w = window as unknown as { __downloads: { name: string; text: Promise<string> | string }[] };
    return Promise.all(w.__downloads.map(async (d) => ({ name: d.name, text: await d.text })));
  });
}
