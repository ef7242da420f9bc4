/**
 * The extension-only requests about the page's selection notes: "Show in page" from the popup
 * (`page/revealNote`) and what the layer shows (`page/noteLayer`, tests and diagnostics). Runtime
 * messages from the extension are invisible to page scripts, and nothing here is answered to them.
 */
import { handle } from '../../shared/messaging';
import { onAbort } from '../../shared/on-abort';
import type { ContentRequests } from '../../shared/messages';
import type { SelectionNotes } from './layer';

export function registerNoteHandlers(notes: SelectionNotes, signal: AbortSignal): void {
  onAbort(
    signal,
    handle<ContentRequests>({
      'page/revealNote': ({ id }) => {
        notes.reveal(id);
        return null;
      },
      'page/noteLayer': () => notes.snapshot(),
    }),
  );
}
