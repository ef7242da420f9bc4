/**
 * Opens the popup for a given article tab. A popup opened as a tab cannot use "the active tab",
 * so we find the article's tab id by asking each tab's content script for its URL, then open
 * popup.html?tab=<id> (the query parameter the popup supports for exactly this case).
 */
import type { ExtensionBrowser, TabDriver } from './types';

export async function openPopupFor(ext: ExtensionBrowser, articleUrl: string): Promise<TabDriver> {
  const probe = await ext.openExtensionPage('popup.html?tab=-1');
  const tabId = await probe.evaluate(async (url: string) => {
    type Api = {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
    };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const tabs = await api.tabs.query({});
    for (const t of tabs) {
      if (t.id === undefined) continue;
      try {
        const reply = (await api.tabs.sendMessage(t.id, { type: 'page/status', payload: null })) as
          | { ok: boolean; value?: { url: string } }
          | undefined;
        if (reply?.ok && reply.value?.url === url) return t.id;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, articleUrl);
  await probe.close();
  if (tabId === null) throw new Error(`no tab with a content script at ${articleUrl}`);
  return ext.openExtensionPage(`popup.html?tab=${tabId}`);
}
