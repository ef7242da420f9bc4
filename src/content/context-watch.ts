/**
 * Detects "Extension context invalidated": after the extension is disabled, updated or removed,
 * Chromium leaves old content scripts running with a dead `runtime` whose `id` reads undefined.
 * We poll that property rather than hold a port open, because an open port would wake the
 * background service worker again every time it is stopped for idling.
 */
import browser from '../shared/browser';

const CHECK_EVERY_MS = 2000;

function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function watchExtensionContext(onInvalidated: () => void, signal: AbortSignal): void {
  const timer = setInterval(() => {
    if (!extensionContextAlive()) onInvalidated();
  }, CHECK_EVERY_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
