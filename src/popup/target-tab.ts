/**
 * Which tab the popup is about. As a toolbar popup it is the active tab of the current window.
 * Opened as a page of its own (keyboard users, tests) it takes `?tab=<id>`, because then the
 * active tab is the popup itself.
 */
import browser from '../shared/browser';

export async function findTargetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
