/**
 * Sends a typed request to the content script of the tab showing `articleUrl`, from an extension
 * page (a test's page cannot use tabs.sendMessage). The tab is found by asking each tab's content
 * script for its URL (`page/status`), which needs no "tabs" permission.
 */
import type { ContentRequests } from '../../src/shared/messages';
import type { ExtensionBrowser, TabDriver } from './types';

type Reply = { ok: boolean; value?: unknown; error?: string } | undefined;

/**
 * Runs inside an extension page (so it must not close over anything): finds the tab whose content
 * script reports `url`, then sends it `message` if one is given. Returns the tab id and the reply.
 */
async function inExtensionPage({ url, message }: { url: string; message: unknown }): Promise<{ tabId: number | null; reply: Reply }> {
  type Api = {
    tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  for (const t of await api.tabs.query({})) {
    if (t.id === undefined) continue;
    try {
      const status = (await api.tabs.sendMessage(t.id, { type: 'page/status', payload: null })) as Reply;
      if (!status?.ok || (status.value as { url?: string }).url !== url) continue;
      return { tabId: t.id, reply: message ? ((await api.tabs.sendMessage(t.id, message)) as Reply) : undefined };
    } catch {
      // no content script in that tab
    }
  }
  return { tabId: null, reply: undefined };
}

export class ContentMessenger {
  private constructor(private readonly page: TabDriver) {}

  /** One extension page, reused for every message of a test. Close it (or push it to `tabs`). */
  static async open(ext: ExtensionBrowser): Promise<ContentMessenger> {
    return new ContentMessenger(await ext.openExtensionPage('popup.html?tab=-1'));
  }

  get tab(): TabDriver {
    return this.page;
  }

  /** The id of the tab whose content script runs at `articleUrl`. */
  async tabId(articleUrl: string): Promise<number> {
    const { tabId } = await this.page.evaluate(inExtensionPage, { url: articleUrl, message: null });
    if (tabId === null) throw new Error(`no tab with a content script at ${articleUrl}`);
    return tabId;
  }

  async send<K extends keyof ContentRequests & string>(articleUrl: string, type: K, payload: ContentRequests[K]['req']): Promise<ContentRequests[K]['res']> {
    const { tabId, reply } = await this.page.evaluate(inExtensionPage, { url: articleUrl, message: { type, payload } });
    if (tabId === null) throw new Error(`${type}: no tab with a content script at ${articleUrl}`);
    if (!reply) throw new Error(`no reply to ${type}`);
    if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
    return reply.value as ContentRequests[K]['res'];
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
