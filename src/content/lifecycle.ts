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
import { INSTANCE_ID } from './highlight/markup';
import { startSession } from './session';
import { sweepStaleMarkup } from './stale-markup';

/** Attribute on <html> that says the content script runs here; its value is the instance's random id and nothing else. */
const ROOT_MARK = 'data-archyde-annotator';

/**
 * Where a running instance leaves its stop function: a property of the content script's own global
 * object, which in both browsers belongs to the extension's isolated world (Chromium) or sandbox
 * (Firefox). No page script can reach it, call it or see that it exists. A second copy injected into
 * the same world finds the first here and stops it; a copy in another world cannot, and does not
 * need to: the only way an older instance outlives its extension is Chromium's orphaned content
 * script, which stops itself once it sees its extension context is gone (context-watch.ts).
 */
const RUNNING = '__archydeAnnotatorRunning';

interface Running {
  stop(): void;
}

/** `startedAt`: performance.now() when the script began running (first-paint timing counts from it). */
export function startContentScript(startedAt: number = performance.now()): void {
  const teardown = new AbortController();
  const { signal } = teardown;
  const version = browser.runtime.getManifest().version;

  const world = globalThis as unknown as Record<string, Running | undefined>;
  try {
    world[RUNNING]?.stop();
  } catch {
    // An earlier copy that fails to stop must not keep this one from starting; the sweep follows.
  }
  const self: Running = { stop: () => teardown.abort() };
  Object.defineProperty(world, RUNNING, { value: self, configurable: true, writable: true, enumerable: false });
  signal.addEventListener('abort', () => {
    if (world[RUNNING] === self) delete world[RUNNING];
  });

  // What is still marked up now belongs to an instance that could not clean up (Firefox).
  sweepStaleMarkup(document, ROOT_MARK);

  const root = document.documentElement;
  root.setAttribute(ROOT_MARK, INSTANCE_ID);
  signal.addEventListener('abort', () => {
    if (root.getAttribute(ROOT_MARK) === INSTANCE_ID) root.removeAttribute(ROOT_MARK);
  });

  onAbort(
    signal,
    handle<ContentRequests>({
      'page/status': () => ({ active: true, url: location.href, version }),
      // After the reply: the teardown removes this very listener.
      'page/stop': () => {
        setTimeout(() => teardown.abort(), 0);
        return null;
      },
    }),
  );

  startSession(signal, startedAt);

  watchExtensionContext(() => teardown.abort(), signal);
}
