/**
 * One content-script instance on one page: starts, answers the popup, and tears down
 * completely when the extension is disabled, updated or removed while the page stays open.
 * Every change made to the page is registered with the teardown so that it has an exact undo.
 */
import browser from '../shared/browser';
import { handle } from '../shared/messaging';
import { onAbort } from '../shared/on-abort';
import type { ContentRequests } from '../shared/messages';
import { watchExtensionContext } from './context-watch';
import { startSession } from './session';
import { sweepStaleMarkup } from './stale-markup';

/** Attribute on <html> that says the content script runs here (and which version). */
export const ROOT_MARK = 'data-archyde-annotator';
/** Event a newer instance dispatches so an older, orphaned one steps aside. */
const TAKEOVER_EVENT = 'archyde-annotator:takeover';

/** `startedAt`: performance.now() when the script began running (first-paint timing counts from it). */
export function startContentScript(startedAt: number = performance.now()): void {
  const teardown = new AbortController();
  const { signal } = teardown;
  const version = browser.runtime.getManifest().version;

  // An older copy from before an extension update may still be on the page: ask it to leave first.
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  document.addEventListener(TAKEOVER_EVENT, () => teardown.abort(), { signal, once: true });
  // Whatever is still marked up now belongs to an instance that could not clean up (Firefox).
  sweepStaleMarkup(document, ROOT_MARK);

  const root = document.documentElement;
  const previousMark = root.getAttribute(ROOT_MARK);
  root.setAttribute(ROOT_MARK, version);
  signal.addEventListener('abort', () => {
    if (previousMark === null) root.removeAttribute(ROOT_MARK);
    else root.setAttribute(ROOT_MARK, previousMark);
  });

  onAbort(
    signal,
    handle<ContentRequests>({
      'page/status': () => ({ active: true, url: location.href, version }),
    }),
  );

  startSession(signal, startedAt);

  watchExtensionContext(() => teardown.abort(), signal);
}
