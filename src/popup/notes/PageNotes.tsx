/**
 * The page's notes in the popup: selection notes placed in the text (with "Show in page"), the
 * detached ones (always listed, with their quotes), those the page has not placed yet, page notes
 * and entity notes; add a page note, edit, delete with Undo, export the page's notes. Every write
 * goes to the background; the list follows changes from any tab.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Note } from '../../core/notes/model';
import { sendToBackground, sendToTab } from '../../shared/messaging';
import { t } from '../../shared/i18n';
import { useUndo } from '../../ui/notes/use-undo';
import { editedNote, newPageNote, type Draft } from './draft';
import { groupPageNotes } from './groups';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { ExportPage } from './ExportPage';
import { usePageNotes } from './use-page-notes';
import { errorText } from '../../shared/error-text';

const EMPTY_DRAFT: Draft = { text: '', tags: '', color: null };

function Group({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ComponentChildren }) {
  return (
    <section class="note-group" data-group={id} aria-labelledby={`pn-group-${id}`}>
      <h3 id={`pn-group-${id}`}>{title}</h3>
      {hint && <p class="muted hint">{hint}</p>}
      <ul class="pnote-list">{children}</ul>
    </section>
  );
}

export function PageNotes({ tabId }: { tabId: number | null }) {
  const { load, refresh } = usePageNotes(tabId);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const undo = useUndo<Note>();
  /** A control to focus once it is rendered (the one pressed is replaced or removed). */
  const focusNext = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const lastFocused = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const selector = focusNext.current;
    const target = selector ? document.querySelector<HTMLElement>(selector) : null;
    if (target) {
      focusNext.current = null;
      target.focus();
    } else if (lastFocused.current && !lastFocused.current.isConnected && document.activeElement === document.body) {
      // A change from another tab removed the focused control: focus stays in the section.
      heading.current?.focus();
    }
  });

  const groups = useMemo(() => (load.kind === 'ready' ? groupPageNotes(load.notes, load.placement) : null), [load]);

  if (load.kind === 'loading') return null;
  const page = load.kind === 'ready' ? load.page : null;

  const save = async (note: Note, then: string): Promise<void> => {
    await sendToBackground('notes/save', { note });
    setEditing(null);
    focusNext.current = then;
    refresh();
  };
  const remove = async (note: Note): Promise<void> => {
    setStatus(null);
    try {
      const { deleted } = await sendToBackground('notes/delete', { id: note.id });
      if (editing === note.id) setEditing(null);
      if (deleted) {
        undo.offer(deleted);
        focusNext.current = '.note-undo button';
      }
      refresh();
    } catch (err) {
      setStatus({ text: t('popupNotesDeleteFailed', errorText(err)), error: true });
    }
  };
  const restore = async (): Promise<void> => {
    const note = undo.item;
    if (!note) return;
    undo.hold();
    try {
      await sendToBackground('notes/save', { note });
      undo.dismiss();
      focusNext.current = `[data-note-id="${note.id}"] .pnote-edit`;
      refresh();
    } catch (err) {
      setStatus({ text: t('popupNotesSaveFailed', errorText(err)), error: true });
    }
  };
  const reveal = (note: Note): void => {
    if (tabId === null) return;
    sendToTab(tabId, 'page/revealNote', { id: note.id }).then(
      () => setStatus({ text: t('popupNotesRevealed'), error: false }),
      (err: unknown) => setStatus({ text: t('popupNotesRevealFailed', errorText(err)), error: true }),
    );
  };

  const item = (note: Note, revealable = false) => (
    <NoteItem
      key={note.id}
      note={note}
      editing={editing === note.id}
      onEdit={() => {
        setStatus(null);
        setEditing(note.id);
      }}
      onCancel={() => {
        setEditing(null);
        focusNext.current = `[data-note-id="${note.id}"] .pnote-edit`;
      }}
      onSave={(draft) => save(editedNote(note, draft, Date.now()), `[data-note-id="${note.id}"] .pnote-edit`)}
      onDelete={() => void remove(note)}
      onReveal={revealable ? () => reveal(note) : undefined}
    />
  );

  return (
    <section class="page-notes" aria-labelledby="pn-title" data-state={load.kind} onFocusIn={(e) => (lastFocused.current = e.target as HTMLElement)}>
      <h2 id="pn-title" ref={heading} tabIndex={-1}>
        {t('popupNotesTitle')}
      </h2>
      {load.kind === 'unavailable' && <p class="muted">{t('popupNotesUnavailable')}</p>}
      {load.kind === 'failed' && (
        <p class="note-error" role="alert">
          {t('popupNotesLoadFailed', load.error)}
        </p>
      )}
      {load.kind === 'ready' && groups && (
        <>
          {load.error && (
            <p class="note-error" role="alert">
              {t('popupNotesLoadFailed', load.error)}
            </p>
          )}
          {load.notes.length === 0 && <p class="muted pnote-empty">{t('popupNotesEmpty')}</p>}
          {groups.placed.length > 0 && (
            <Group id="placed" title={t('popupNotesPlaced')}>
              {groups.placed.map((n) => item(n, true))}
            </Group>
          )}
          {groups.detached.length > 0 && (
            <Group id="detached" title={t('popupNotesDetached')} hint={t('popupNotesDetachedHint')}>
              {groups.detached.map((n) => item(n))}
            </Group>
          )}
          {groups.unplaced.length > 0 && (
            <Group id="unplaced" title={t('popupNotesUnplaced')} hint={t('popupNotesUnplacedHint')}>
              {groups.unplaced.map((n) => item(n))}
            </Group>
          )}
          {groups.page.length > 0 && (
            <Group id="page" title={t('popupNotesPageGroup')}>
              {groups.page.map((n) => item(n))}
            </Group>
          )}
          {groups.entity.length > 0 && (
            <Group id="entity" title={t('popupNotesEntityGroup')}>
              {groups.entity.map((n) => item(n))}
            </Group>
          )}
          {undo.item && (
            <p class="note-undo" role="status">
              {t('popupNotesDeleted')}{' '}
              <button type="button" ref={undo.ref} onClick={() => void restore()} {...undo.buttonProps}>
                {t('popupNotesUndo')}
              </button>
            </p>
          )}
          <p class={status?.error ? 'note-error pnote-status' : 'muted pnote-status'} role={status?.error ? 'alert' : 'status'}>
            {status?.text ?? ''}
          </p>
          {editing === 'new' && page ? (
            <NoteEditor
              id="pn-new"
              initial={EMPTY_DRAFT}
              onSave={(draft) => save(newPageNote(page, draft, Date.now()), '.pnote-add')}
              onCancel={() => {
                setEditing(null);
                focusNext.current = '.pnote-add';
              }}
            />
          ) : (
            <button
              type="button"
              class="pnote-add"
              onClick={() => {
                setStatus(null);
                setEditing('new');
              }}
            >
              {t('popupNotesAdd')}
            </button>
          )}
          {load.notes.length > 0 && <ExportPage pageKey={load.page.key} />}
        </>
      )}
    </section>
  );
}
