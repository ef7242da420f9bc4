/** The add-note context menu item and where its clicks go, apart from the browser API (unit-tested). */
import type { Menus, Tabs } from 'webextension-polyfill';
import { wantedMatches } from '../shared/sites';

export const ADD_NOTE_MENU_ID = 'add-note-to-selection';

/**
 * The item's properties, shown on selected text wherever the content script runs: the manifest's
 * hosts (`builtIn`) and the sites the reader enabled, that is the `granted` host patterns the
 * content script is registered for (shared/sites.ts wantedMatches).
 */
export function addNoteMenuItem(builtIn: readonly string[], granted: readonly string[], title: string): Menus.CreateCreatePropertiesType {
  return { id: ADD_NOTE_MENU_ID, title, contexts: ['selection'], documentUrlPatterns: [...builtIn, ...wantedMatches(granted, builtIn)] };
}

/** Where a click on the item sends the page command: the clicked tab and frame, or null when it is not ours or has no tab. */
export function addNoteTarget(
  info: Pick<Menus.OnClickData, 'menuItemId' | 'frameId'>,
  tab: Pick<Tabs.Tab, 'id'> | undefined,
): { tabId: number; frameId: number } | null {
  if (info.menuItemId !== ADD_NOTE_MENU_ID || tab?.id === undefined || tab.id < 0) return null;
  return { tabId: tab.id, frameId: info.frameId ?? 0 };
}
