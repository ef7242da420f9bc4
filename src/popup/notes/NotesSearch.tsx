/**
 * Search over all the reader's notes (text, quote, tags, page title; the background's index).
 * Each result names its page, with a link that opens it in a new tab, and shows the quote and the
 * text as text; a page address that is not http(s) (an import may hold any) is not made a link.
 * Results follow the typing (a short pause first) and note changes in any tab.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../../core/notes/model';
import { sendToBackground } from '../../shared/messaging';
import { onNotesChanged } from '../../shared/notes-changes';
import { t } from '../../shared/i18n';
import { httpHref } from '../../core/notes/linkify';
import { NoteText } from '../../ui/notes/NoteText';
import { NoteMeta, NoteQuote } from './NoteItem';
import { errorText } from '../../shared/error-text';

/** Pause after the last key before searching, ms. */
const TYPING_PAUSE_MS = 150;
const MAX_RESULTS = 50;

/** `query`: what the shown results answer (tests and tools read it from the status line). */
type Results = { kind: 'idle' } | { kind: 'done'; query: string; notes: Note[] } | { kind: 'failed'; error: string };

function Result({ note }: { note: Note }) {
  const href = httpHref(note.page.url);
  const title = note.page.title.trim() || note.page.url;
  return (
    <li class="search-result" data-note-id={note.id}>
      {href ? (
        <a class="search-page" href={href} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span class="search-page">{title}</span>
      )}
      <NoteQuote note={note} />
      {note.text && <NoteText text={note.text} />}
      <NoteMeta note={note} />
    </li>
  );
}

export function NotesSearch() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ kind: 'idle' });
  const asked = useRef(0);
  const rerun = useRef<() => void>(() => undefined);

  useEffect(() => {
    const ctl = new AbortController();
    const q = query.trim();
    const run = (): void => {
      const n = ++asked.current;
      if (!q) return setResults({ kind: 'idle' });
      sendToBackground('notes/search', { query: q, limit: MAX_RESULTS }).then(
        (notes) => n === asked.current && !ctl.signal.aborted && setResults({ kind: 'done', query: q, notes }),
        (err: unknown) => n === asked.current && !ctl.signal.aborted && setResults({ kind: 'failed', error: errorText(err) }),
      );
    };
    rerun.current = run;
    const timer = setTimeout(run, TYPING_PAUSE_MS);
    return () => {
      ctl.abort();
      clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => {
    // The background builds its search index on the first search after it restarts (seconds at
    // thousands of notes): asked to start now, it is built by the time the reader has typed.
    sendToBackground('notes/warmSearch', null).catch(() => undefined); // a failed build is reported by the search itself
  }, []);

  useEffect(() => {
    const ctl = new AbortController();
    onNotesChanged(() => rerun.current(), ctl.signal);
    return () => ctl.abort();
  }, []);

  return (
    <section class="notes-search" aria-labelledby="ns-title">
      <h2 id="ns-title">{t('popupNotesSearchTitle')}</h2>
      <form role="search" class="filter" aria-labelledby="ns-title" onSubmit={(e) => e.preventDefault()}>
        <label for="ns-query">{t('popupNotesSearchLabel')}</label>
        <input
          id="ns-query"
          type="search"
          autocomplete="off"
          maxLength={500}
          value={query}
          aria-describedby="ns-status"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      <p
        id="ns-status"
        data-query={results.kind === 'done' ? results.query : ''}
        class={results.kind === 'failed' ? 'note-error' : 'muted'}
        role={results.kind === 'failed' ? 'alert' : 'status'}
      >
        {results.kind === 'failed'
          ? t('popupNotesSearchFailed', results.error)
          : results.kind === 'done'
            ? results.notes.length === 0
              ? t('popupNotesSearchNone')
              : results.notes.length === 1
                ? t('popupNotesSearchOne')
                : t('popupNotesSearchMany', results.notes.length)
            : ''}
      </p>
      {results.kind === 'done' && results.notes.length > 0 && (
        <ul class="search-results">
          {results.notes.map((n) => (
            <Result key={n.id} note={n} />
          ))}
        </ul>
      )}
    </section>
  );
}
