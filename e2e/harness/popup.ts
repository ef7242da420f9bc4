/**
 * Opens the popup for a given article tab. A popup opened as a tab cannot use "the active tab",
 * so it is opened as popup.html?tab=<id> (the query parameter the popup supports for this case).
 */
import { axeViolations, type AxeViolation } from './axe';
import { ContentMessenger } from './messages';
import type { ExtensionBrowser, TabDriver } from './types';

export async function openPopupFor(ext: ExtensionBrowser, articleUrl: string): Promise<TabDriver> {
  const probe = await ContentMessenger.open(ext);
  try {
    return await ext.openExtensionPage(`popup.html?tab=${await probe.tabId(articleUrl)}`);
  } finally {
    await probe.close();
  }
}

/** axe-core's serious and critical violations in `tab` (see axe.ts). */
export function seriousAxeViolations(tab: TabDriver): Promise<AxeViolation[]> {
  return axeViolations(tab, { impacts: ['serious', 'critical'] });
}
