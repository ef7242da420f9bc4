/**
 * Answers the extension-only 'page/card' request with what the card shows. Tests and diagnostics
 * read the card this way because its shadow root is closed: nothing of it is exposed to the page,
 * and runtime messages from the extension are invisible to page scripts.
 */
import { handle } from '../../shared/messaging';
import { onAbort } from '../../shared/on-abort';
import type { ContentRequests } from '../../shared/messages';
import type { CardController } from './types';

export function registerCardHandlers(controller: CardController, signal: AbortSignal): void {
  onAbort(signal, handle<ContentRequests>({ 'page/card': () => controller.snapshot() }));
}
