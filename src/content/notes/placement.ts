/**
 * Where the page's selection notes stand: placed in the text or detached. The notes layer updates
 * it after each placing; `page/notes` answers from it, so the popup lists the page's notes with
 * the page's own view of them (the popup cannot read the article's text).
 */
import { handle } from '../../shared/messaging';
import { onAbort } from '../../shared/on-abort';
import type { ContentRequests, PageNotesState } from '../../shared/messages';
import { thisPage } from './this-page';

export class NotePlacement {
  private pending = true;
  private anchored: string[] = [];
  private detached: string[] = [];

  /** Records one placing of every selection note of the page. */
  set(anchored: readonly string[], detached: readonly string[]): void {
    this.pending = false;
    this.anchored = [...anchored];
    this.detached = [...detached];
  }

  state(doc: Document): PageNotesState {
    return { page: thisPage(doc), pending: this.pending, anchored: [...this.anchored], detached: [...this.detached] };
  }
}

export function registerPlacementHandler(placement: NotePlacement, signal: AbortSignal, doc: Document = document): void {
  onAbort(signal, handle<ContentRequests>({ 'page/notes': () => placement.state(doc) }));
}
