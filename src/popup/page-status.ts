/** Asks the page's content script how it is doing; a page without one is simply "inactive". */
import { sendToTab } from '../shared/messaging';
import type { AnnotationSummary, PageStatus } from '../shared/messages';
import { findTargetTabId } from './target-tab';
import { t } from '../shared/i18n';

/** How the article's analysis went, as far as the popup tells the reader. */
type AnalysisState = { kind: 'done' | 'pending' | 'no-article' } | { kind: 'failed'; error: string };

export type PopupPageState = { kind: 'loading' } | { kind: 'inactive' } | { kind: 'active'; status: PageStatus; analysis: AnalysisState; tabId: number };

function analysisState(summary: AnnotationSummary | null): AnalysisState {
  if (summary?.state === 'failed') return { kind: 'failed', error: summary.error ?? t('popupUnknownError') };
  if (summary?.state !== 'done') return { kind: 'pending' };
  return { kind: summary.found ? 'done' : 'no-article' };
}

export async function loadPageState(): Promise<PopupPageState> {
  const tabId = await findTargetTabId();
  if (tabId === null) return { kind: 'inactive' };
  let status: PageStatus;
  try {
    status = await sendToTab(tabId, 'page/status', null);
  } catch {
    // No receiver: not an Archyde article, or a page loaded before the extension was installed.
    return { kind: 'inactive' };
  }
  // A content script that answers its status but not this (another version's) leaves the analysis unknown.
  const summary = await sendToTab(tabId, 'page/annotation', null).catch(() => null);
  return { kind: 'active', status, analysis: analysisState(summary), tabId };
}
