/**
 * A note's text as the reader wrote it: text children (preact escapes them), line breaks kept by
 * the stylesheet, and http(s) addresses as links that open in a new tab. Nothing in a note is
 * ever parsed as markup. Used by the card and by the popup's list of the page's notes.
 */
import { linkify } from '../../core/notes/linkify';

export function NoteText({ text }: { text: string }) {
  return (
    <p class="note-text">
      {linkify(text).map((run, i) =>
        run.kind === 'link' ? (
          <a key={i} href={run.href} target="_blank" rel="noopener noreferrer">
            {run.text}
          </a>
        ) : (
          run.text
        ),
      )}
    </p>
  );
}
