/**
 * The page's notes for the popup: the page's identity and where its selection notes stand, from
 * the tab's content script (`page/notes`), and the notes themselves from the background
 * (`notes/byPage`). Follows note changes from any tab or page (src/shared/notes-changes.ts), and
 * asks the page again, a bounded number of times, while it has not placed every selection note.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../../core/notes/model';
import type { PageNotesState } from '../../shared/messages';
import { sendToBackground, sendToTab } from '../../shared/messaging';
import { onNotesChanged } from '../../shared/notes-changes';
import { groupPageNotes, placementOutstanding, type Placement } from './groups';
import { errorText } from '../../shared/error-text';

/** How often, and how many times after each change, the popup asks the page where its notes stand. */
const PLACEMENT_RETRY_MS = 500;
const PLACEMENT_RETRIES = 40;

export type PageNotesLoad =
  | { kind: 'loading' }
  /** No content script answers for the tab (not a page the annotator runs on, or an older version's). */
  | { kind: 'unavailable' }
  | { kind: 'failed'; error: string }
  /** `error`: the last refresh failed (the notes shown are the last ones read). */
  | { kind: 'ready'; page: PageNotesState['page']; notes: Note[]; placement: Placement | null; error: string | null };

export function usePageNotes(tabId: number | null): { load: PageNotesLoad; refresh(): void } {
  const [load, setLoad] = useState<PageNotesLoad>({ kind: 'loading' });
  const refresher = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (tabId === null) {
      setLoad({ kind: 'unavailable' });
      return;
    }
    const ctl = new AbortController();
    let page: PageNotesState['page'] | null = null;
    let notes: Note[] | null = null;
    let placement: Placement | null = null;
    let error: string | null = null;
    // Each kind of answer has its own count: an answer is used only if no later request of its
    // kind was made (a placement poll must not discard a notes read that was on its way).
    let placementAsked = 0;
    let notesAsked = 0;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const publish = (): void => {
      if (!page || ctl.signal.aborted) return;
      if (!notes) {
        if (error !== null) setLoad({ kind: 'failed', error });
        return;
      }
      setLoad({ kind: 'ready', page, notes, placement, error });
      clearTimeout(timer);
      if (placementOutstanding(groupPageNotes(notes, placement), placement) && polls++ < PLACEMENT_RETRIES) {
        timer = setTimeout(() => void refreshPlacement(), PLACEMENT_RETRY_MS);
      }
    };

    const refreshPlacement = async (): Promise<void> => {
      const n = ++placementAsked;
      const state = await sendToTab(tabId, 'page/notes', null).catch(() => null);
      if (n !== placementAsked) return;
      placement = state;
      publish();
    };
    const refreshNotes = async (): Promise<void> => {
      if (!page) return;
      const n = ++notesAsked;
      let list: Note[] | null = null;
      let failure: string | null = null;
      try {
        list = await sendToBackground('notes/byPage', { pageKey: page.key });
      } catch (err) {
        failure = errorText(err);
      }
      if (n !== notesAsked) return;
      if (list) notes = list;
      error = failure;
      publish();
    };
    const refreshAll = (): void => {
      polls = 0;
      void refreshPlacement();
      void refreshNotes();
    };

    void (async () => {
      const n = ++placementAsked;
      const state = await sendToTab(tabId, 'page/notes', null).catch(() => null);
      if (ctl.signal.aborted) return;
      if (!state) return setLoad({ kind: 'unavailable' });
      page = state.page;
      if (n === placementAsked) placement = state;
      await refreshNotes();
    })();

    onNotesChanged((change) => {
      if (page && (change.all || change.pageKeys.includes(page.key))) refreshAll();
    }, ctl.signal);
    refresher.current = refreshAll;

    return () => {
      ctl.abort();
      clearTimeout(timer);
      refresher.current = () => undefined;
    };
  }, [tabId]);

  return { load, refresh: () => refresher.current() };
}
