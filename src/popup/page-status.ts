/** Asks the page's content script how it is doing; a page without one is simply "inactive". */
import { sendToTab } from '../shared/messaging';
import type { PageStatus } from '../shared/messages';
import { findTargetTabId } from './target-tab';

export type PopupPageState = { kind: 'loading' } | { kind: 'inactive' } | { kind: 'active'; status: PageStatus };

export async function loadPageState(): Promise<PopupPageState> {
  const tabId = await findTargetTabId();
  if (tabId === null) return { kind: 'inactive' };
  try {
    return { kind: 'active', status: await sendToTab(tabId, 'page/status', null) };
  } catch {
    // No receiver: not an Archyde article, or a page loaded before the extension was installed.
    return { kind: 'inactive' };
  }
}
