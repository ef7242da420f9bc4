/**
 * The "Add note to selection" context menu item. It is shown for a text selection on the pages our
 * content script runs on, and a click sends the `add-note` page command to the tab and frame the
 * selection is in (the content script there opens the note editor on it).
 *
 * Chromium keeps context menu items across service-worker and browser restarts, and Firefox keeps
 * those of an event page too, so the item is created when the extension is installed or updated;
 * on browser start-up it is created again (after removing what is there), which is a no-op where
 * the browser kept it and repairs it where it did not. It is shown on the sites the reader enabled
 * too, so it is created again whenever the granted host permissions change (src/background/sites.ts).
 */
import type { Menus, Tabs } from 'webextension-polyfill';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToTab } from '../shared/messaging';
import { builtInPatterns, grantedPatterns } from '../shared/site-access';
import { addNoteMenuItem, addNoteTarget } from './context-menu-item';

async function installOnce(): Promise<void> {
  const item = addNoteMenuItem(builtInPatterns(), await grantedPatterns(), t('durabMenuAddNote'));
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve, reject) => {
    browser.contextMenus.create(item, () => {
      const err = browser.runtime.lastError;
      if (err) reject(new Error(err.message));
      else resolve();
    });
  });
}

let queue: Promise<void> = Promise.resolve();

/**
 * Creates the item for the sites the content script runs on now, replacing any this extension
 * already had. Calls run one after another (a start-up and a grant can come together), each
 * reading the permissions afresh, so the last one leaves the item for the latest sites.
 */
export function installContextMenu(): Promise<void> {
  const next = queue.then(installOnce, installOnce);
  queue = next.catch(() => undefined);
  return next;
}

export async function onContextMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  const target = addNoteTarget(info, tab);
  if (!target) return;
  try {
    await sendToTab(target.tabId, 'page/command', { command: 'add-note' }, { frameId: target.frameId });
  } catch {
    // No content script in that frame (a page we do not run on, or not yet started): nothing to act on.
  }
}
