/**
 * Keeps the content script registered for every site the reader enabled, and the add-note context
 * menu item shown on them (context-menu.ts). A registration persists
 * across sessions, but permissions can change while the background is asleep (chrome://extensions,
 * about:addons) and an update may drop dynamic registrations, so it is worked out again from the
 * granted permissions on every event that can change either. Its listeners must be added
 * synchronously at start-up, so the event that wakes the background finds them.
 */
import browser from '../shared/browser';
import { syncRegistration } from '../shared/site-access';
import { installContextMenu } from './context-menu';

function sync(): void {
  syncRegistration().catch((err: unknown) => console.error('Archyde Annotator: could not register the content script for enabled sites:', err));
  installContextMenu().catch((err: unknown) => console.error('Archyde Annotator: could not create the add-note menu item:', err));
}

/** Call synchronously at the background's top level. */
export function keepSitesRegistered(): void {
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
