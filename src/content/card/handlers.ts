/**
 * Answers the extension-only 'page/card' request with what the card shows. Tests and diagnostics
 * read the card this way because its shadow root is closed: nothing of it is exposed to the page,
 * and runtime messages from the extension are invisible to page scripts.
 */
import { handle } from '../../shared/messaging';
import type { ContentRequests } from '../../shared/messages';
import type { CardController } from './types';

export function registerCardHandlers(controller: CardController, signal: AbortSignal): void {
  const stop = handle<ContentRequests>({ 'page/card': () => controller.snapshot() });
  signal.addEventListener(
    'abort',
    () => {
      try {
        stop();
      } catch {
        // The extension context is gone, and its listeners with it.
      }
    },
    { once: true },
  );
}
