/**
 * Test support for selection notes: an extension page bound to one article tab (found by its
 * address, then brought to the front: a background tab paints no frames), which sends it the
 * extension-only requests about its notes (`page/noteLayer`, `page/notes`, `page/revealNote`,
 * `page/command`). The notes layer lives in a closed shadow root: nothing of it is read from the
 * page. Also: selecting a passage of the article from the page, as a reader's drag would.
 */
import type { ContentRequests } from '../../src/shared/messages';
import type { NoteLayerSnapshot } from '../../src/shared/page-reports';
import type { ExtensionBrowser, TabDriver } from './types';

type ExtApi = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
    update(id: number, p: object): Promise<unknown>;
  };
};

export interface NoteProbe {
  send<K extends keyof ContentRequests & string>(type: K, payload: ContentRequests[K]['req']): Promise<ContentRequests[K]['res']>;
  snapshot(): Promise<NoteLayerSnapshot>;
  /** Polls the layer until `ok` holds; throws with the last snapshot after 10 s. */
  until(ok: (s: NoteLayerSnapshot) => boolean, what: string): Promise<NoteLayerSnapshot>;
  /** Brings the article's tab to the front again. */
  front(): Promise<void>;
  close(): Promise<void>;
}

export async function noteProbe(ext: ExtensionBrowser, articleUrl: string): Promise<NoteProbe> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  const tabId = await page.evaluate(async (url: string) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    const api = g.browser ?? g.chrome;
    for (const t of await api.tabs.query({})) {
      if (t.id === undefined) continue;
      try {
        const reply = (await api.tabs.sendMessage(t.id, { type: 'page/status', payload: null })) as { ok: boolean; value?: { url: string } };
        if (reply?.ok && reply.value?.url === url) return t.id;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, articleUrl);
  if (tabId === null) {
    await page.close();
    throw new Error(`no content script answers at ${articleUrl}`);
  }
  const send = async (type: string, payload: unknown): Promise<never> => {
    const reply = await page.evaluate(
      async ({ id, message }: { id: number; message: unknown }) => {
        const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
        return (await (g.browser ?? g.chrome).tabs.sendMessage(id, message)) as { ok: boolean; value?: unknown; error?: string };
      },
      { id: tabId, message: { type, payload } },
    );
    if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no reply'}`);
    return reply.value as never;
  };
  const front = async () => {
    await page.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
      await (g.browser ?? g.chrome).tabs.update(id, { active: true });
    }, tabId);
  };
  await front();
  const probe: NoteProbe = {
    send: send as NoteProbe['send'],
    snapshot: () => send('page/noteLayer', null),
    async until(ok, what) {
      const deadline = Date.now() + 10_000;
      let last: NoteLayerSnapshot | null = null;
      let error: unknown = null;
      for (;;) {
        // A reload in progress answers nothing for a moment: the error is kept for the report.
        last = await probe.snapshot().then(
          (s) => ((error = null), s),
          (err: unknown) => ((error = err), last),
        );
        if (last && !error && ok(last)) return last;
        if (Date.now() > deadline) throw new Error(`the notes layer never ${what}: ${JSON.stringify(last)}${error ? ` (last error: ${String(error)})` : ''}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    front,
    close: () => page.close(),
  };
  return probe;
}

/** Selects `quote` (inside one paragraph of the article body) from the page, as a drag would. */
export async function selectInArticle(tab: TabDriver, quote: string): Promise<void> {
  await tab.evaluate((q: string) => {
    const body = document.querySelector('.entry-content')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: [Text, number][] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push([n as Text, text.length]);
      text += (n as Text).data;
    }
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`the article has no "${q}"`);
    const find = (pos: number, end: boolean): [Text, number] => {
      const hit = nodes.find(([n, s]) => pos >= s && (end ? pos <= s + n.length : pos < s + n.length))!;
      return [hit[0], pos - hit[1]];
    };
    const [sn, so] = find(at, false);
    const [en, eo] = find(at + q.length, true);
    sn.parentElement!.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(sn, so);
    r.setEnd(en, eo);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  }, quote);
}

/** Types `text` key by key (real, trusted key events), line breaks as Enter. */
export async function typeKeys(tab: TabDriver, text: string): Promise<void> {
  for (const c of text) await tab.press(c === ' ' ? 'Space' : c === '\n' ? 'Enter' : c);
}
