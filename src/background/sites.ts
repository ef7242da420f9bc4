/**
 * Keeps the content script registered for every site the reader enabled. A registration persists
 * across sessions, but permissions can change while the background is asleep (chrome://extensions,
 * about:addons) and an update may drop dynamic registrations, so it is worked out again from the
 * granted permissions on every event that can change either. Its listeners must be added
 * synchronously at start-up, so the event that wakes the background finds them.
 */
import browser from '../shared/browser';
import { syncRegistration } from '../shared/site-access';

function sync(): void {
  syncRegistration().catch((err: unknown) => console.error('Archyde Annotator: could not register the content script for enabled sites:', err));
}

/** Call synchronously at the background's top level. */
export function keepSitesRegistered(): void {
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
