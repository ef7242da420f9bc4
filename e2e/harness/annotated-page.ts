/**
 * Opens an article with a messenger beside it and waits for the content script's first pass to
 * have highlighted it. Both tabs go into `tabs`, which the test fixture closes.
 */
import type { ContentRequests } from '../../src/shared/messages';
import { ContentMessenger } from './messages';
import type { ExtensionBrowser, TabDriver } from './types';

export type AnnotationReply = ContentRequests['page/annotation']['res'];

export async function openAnnotated(
  ext: ExtensionBrowser,
  tabs: TabDriver[],
  url: string,
  timeoutMs = 20_000,
): Promise<{ tab: TabDriver; m: ContentMessenger; summary: AnnotationReply }> {
  const tab = await ext.open(url);
  tabs.push(tab);
  const m = await ContentMessenger.open(ext);
  tabs.push(m.tab);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const summary = await m.send(url, 'page/annotation', null).catch(() => null);
    if (summary?.found && summary.elements > 0) return { tab, m, summary };
    // A failed analysis may be retried by a later pass, so it is only reported when time is up.
    if (Date.now() > end) throw new Error(`no highlights on ${url}${summary?.state === 'failed' ? `: the analysis failed (${summary.error})` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
