/**
 * What the popup can tell about its tab: the content script's own report when one runs there;
 * otherwise, from the tab's address, whether the extension could run there (the reader may enable
 * the site), should run there but does not (a page opened before the extension was installed or
 * updated), or cannot run there at all. The address is known through activeTab (the toolbar click).
 */
import browser from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import type { AnnotationSummary, PageStatus } from '../shared/messages';
import { builtInPatterns, grantedPatterns } from '../shared/site-access';
import { siteAccess, type Site, type SiteAccess } from '../shared/sites';
import { findTargetTabId } from './target-tab';
import { t } from '../shared/i18n';

/** How the article's analysis went, as far as the popup tells the reader. */
type AnalysisState = { kind: 'done' | 'pending' | 'no-article' } | { kind: 'failed'; error: string };

export type PopupPageState =
  | { kind: 'loading' }
  /** No tab, a page no extension may run on, or a page whose address the popup was not given. */
  | { kind: 'inactive' }
  /** A web page on a site the reader has not enabled. */
  | { kind: 'not-enabled'; tabId: number; site: Site }
  /** A site we run on, but no content script answers: the page predates the install or update. */
  | { kind: 'stale'; tabId: number }
  /** `enabled`: the site the reader enabled (null on the manifest's sites, which cannot be disabled). */
  | { kind: 'active'; status: PageStatus; analysis: AnalysisState; tabId: number; enabled: Site | null };

function analysisState(summary: AnnotationSummary | null): AnalysisState {
  if (summary?.state === 'failed') return { kind: 'failed', error: summary.error ?? t('popupUnknownError') };
  if (!summary) return { kind: 'pending' };
  // A concluded pass that found no article leaves the state idle, with how it looked (method) set; before one it is 'none'.
  if (summary.state === 'idle') return { kind: !summary.found && summary.method !== 'none' ? 'no-article' : 'pending' };
  return { kind: summary.found ? 'done' : 'no-article' };
}

async function accessOf(url: string | undefined): Promise<SiteAccess> {
  return url ? siteAccess(url, builtInPatterns(), await grantedPatterns()) : { kind: 'unavailable' };
}

export async function loadPageState(): Promise<PopupPageState> {
  const tabId = await findTargetTabId();
  if (tabId === null) return { kind: 'inactive' };
  const [status, tab] = await Promise.all([
    // No receiver: a site we do not run on, or a page loaded before the extension was installed or updated.
    sendToTab(tabId, 'page/status', null).catch(() => null),
    browser.tabs.get(tabId).catch(() => null),
  ]);
  if (status) {
    const access = await accessOf(tab?.url ?? status.url);
    // A content script that answers its status but not this (another version's) leaves the analysis unknown.
    const summary = await sendToTab(tabId, 'page/annotation', null).catch(() => null);
    return { kind: 'active', status, analysis: analysisState(summary), tabId, enabled: access.kind === 'enabled' ? access.site : null };
  }
  const access = await accessOf(tab?.url);
  if (access.kind === 'unavailable') return { kind: 'inactive' };
  if (access.kind === 'not-enabled') return { kind: 'not-enabled', tabId, site: access.site };
  // The content script starts once the page has loaded; until then it cannot answer.
  if (tab?.status === 'loading') return { kind: 'loading' };
  return { kind: 'stale', tabId };
}
