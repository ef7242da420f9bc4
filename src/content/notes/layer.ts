/**
 * Selection notes in the article: reads the article's text as the annotator does, places the
 * page's notes in it (marks + markers), follows the page's changes and note changes made in
 * other tabs or the popup, and lets the reader add, read, edit and delete notes. Everything it
 * adds to the page (one host element, our entries in the highlight registry) is undone when
 * `signal` aborts.
 */
import { describeSelection } from '../../core/notes/anchoring/describe';
import type { SelectionNote } from '../../core/notes/model';
import { onNotesChanged } from '../../shared/notes-changes';
import type { NoteLayerSnapshot } from '../../shared/page-reports';
import { createChangeWatcher } from '../annotate/observer';
import { RunQueue } from '../annotate/run-queue';
import { articleSelection, wireAddButton } from './add-button';
import { offsetsOf, readArticleText, type ArticleText } from './article-text';
import { createNotesHost } from './host';
import { wireMarkerTriggers, type OpenHow } from './marker-triggers';
import { NoteMarkers } from './markers';
import { NoteMarks } from './marks';
import { NotePanel, rangeAnchor } from './panel';
import { placeNotes, type Placing } from './place';
import type { NotePlacement } from './placement';
import { noteLayerSnapshot } from './snapshot';
import { SelectionNotesStore } from './store';
import { excerpt, noteText } from './text';

export interface SelectionNotesOptions {
  doc: Document;
  signal: AbortSignal;
  placement: NotePlacement;
  /** Calls back after every highlighting pass and removal (they split and merge text nodes). */
  onHighlightsChanged(cb: () => void): () => void;
  /** Resolves when the first highlighting pass is over: the notes' reading waits for it. */
  start: Promise<unknown>;
}

export interface SelectionNotes {
  /** The add-note command: the editor for the current selection in the article. */
  addNote(): Promise<void>;
  /** Scrolls to a placed note, flashes it and opens its card; throws when it is not placed. */
  reveal(id: string): void;
  snapshot(): NoteLayerSnapshot;
}

const MESSAGE_MS = 4000;

export function startSelectionNotes({ doc, signal, placement, onHighlightsChanged, start }: SelectionNotesOptions): SelectionNotes {
  const win = doc.defaultView!;
  const store = new SelectionNotesStore(doc);
  const host = createNotesHost(doc, noteText.add());
  const marks = new NoteMarks(win);
  const markers = new NoteMarkers(host.markers, doc, signal);
  const queue = new RunQueue();
  let notes: SelectionNote[] = [];
  let article: ArticleText | null = null;
  let placing: Placing = { placed: [], detached: [] };
  let messageTimer: ReturnType<typeof setTimeout> | undefined;
  /** The first read of the article has begun (changes before it have nothing to re-place). */
  let started = false;
  /** The page's notes have been read from the background at least once. */
  let loaded = false;

  const upsert = (note: SelectionNote) => {
    notes = [...notes.filter((n) => n.id !== note.id), note];
  };
  const panel = new NotePanel(host, {
    async remove(note) {
      await store.remove(note.id);
      notes = notes.filter((n) => n.id !== note.id);
      apply();
    },
    async restore(note) {
      await store.restore(note);
      upsert(note);
      apply();
    },
    edit: (note) => openEditor(note),
  });
  const triggers = wireMarkerTriggers(host, markers, panel, signal, (id, how) => openCard(id, how));

  /** Places every note in the text as last read, and shows the result. */
  function apply(): void {
    placing = placeNotes(article, notes);
    // Reported only once the notes are known: until then the popup is told the page is pending,
    // never that it has no notes.
    if (loaded)
      placement.set(
        placing.placed.map((p) => p.note.id),
        placing.detached,
      );
    marks.set(placing.placed.map((p) => ({ color: p.note.color, range: p.range })));
    markers.set(placing.placed.map((p) => ({ id: p.note.id, color: p.note.color, range: p.range, label: noteText.marker(excerpt(p.note.text)) })));
    // An open card follows its note: a fresher copy, or gone (deleted elsewhere).
    const view = panel.current();
    if (view?.kind === 'card') {
      const fresh = notes.find((n) => n.id === view.note.id);
      if (!fresh) panel.close();
      else if (fresh !== view.note) panel.refresh(fresh);
    }
  }

  /** Takes `next` as the article's text, places the notes in it; true when the text changed. */
  function adopt(next: ArticleText | null): boolean {
    const changed = next?.text !== article?.text;
    article = next;
    watcher.disconnect();
    for (const root of article?.roots ?? [doc.body ?? doc.documentElement]) watcher.observe(root);
    markers.watch(article?.roots ?? []);
    apply();
    return changed;
  }

  /** Reads the article again; true when its text changed. */
  async function reread(): Promise<boolean> {
    if (!started) return false; // the first read comes with the notes (below)
    if (!loaded) await load().catch(() => undefined); // the background could not answer before: ask again
    const next = await readArticleText(doc);
    return signal.aborted ? false : adopt(next);
  }

  const load = async (): Promise<void> => {
    notes = await store.list();
    loaded = true;
    if (!signal.aborted && article) apply();
  };

  // The page's changes (text edited, paragraphs added or replaced), coalesced and backed off like
  // the highlights' (annotate/observer.ts); a re-read that finds the same text only re-maps.
  const watcher = createChangeWatcher(() => queue.run(reread), signal);
  const offHighlights = onHighlightsChanged(() => void queue.run(reread));
  signal.addEventListener('abort', offHighlights, { once: true });

  // The page's notes are asked for at once, so the background answers while the first pass runs;
  // a change to them from then on (another tab, the popup) is read again after that first answer.
  const firstLoad = load().catch(() => undefined);
  onNotesChanged((change) => {
    if (change.all || change.pageKeys.includes(store.pageKey())) void queue.run(() => firstLoad.then(load).catch(() => undefined));
  }, signal);
  // The article is read after the first pass; the notes are placed once both are in.
  void start.then(() => {
    if (signal.aborted) return;
    void queue.run(async () => {
      const [, next] = await Promise.all([firstLoad, readArticleText(doc)]);
      started = true;
      if (!signal.aborted) adopt(next);
    });
  });

  const addButton = wireAddButton({ doc, host, signal, roots: () => article?.roots ?? null, onAdd: (r) => void begin(r) });

  function message(text: string): void {
    const back = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    panel.show({ kind: 'message', text }, null, back);
    clearTimeout(messageTimer);
    messageTimer = setTimeout(() => panel.current()?.kind === 'message' && panel.close(), MESSAGE_MS);
  }

  /** The editor for a new note on `range` (a selection in the article). */
  async function begin(range: Range): Promise<void> {
    // An editor already open keeps what the reader typed: it gets focus back instead.
    if (panel.current()?.kind === 'editor') return panel.focus();
    const r = range.cloneRange();
    const back = doc.activeElement instanceof HTMLElement && !host.isHost(doc.activeElement) ? doc.activeElement : null;
    // Read again first: highlighting may have split the text nodes since the last read.
    await queue.run(reread);
    const offsets = article && offsetsOf(article, r);
    let selectors = null;
    try {
      selectors = offsets && describeSelection(article!.text, offsets.start, offsets.end);
    } catch {
      selectors = null; // a quote over the size limit
    }
    if (!selectors) return message(noteText.selectFirst());
    const quote = selectors[0].exact;
    const target = { selectors };
    panel.show(
      {
        kind: 'editor',
        quote,
        note: null,
        initial: { text: '', tags: [], color: 'yellow' },
        save: async (fields) => {
          const saved = await store.save(fields, target);
          upsert(saved);
          apply();
          panel.close();
          const marker = markers.element(saved.id);
          if (marker) triggers.focusQuietly(marker);
        },
      },
      rangeAnchor(r, doc),
      back,
    );
  }

  function openEditor(note: SelectionNote): void {
    panel.show({
      kind: 'editor',
      quote: note.selectors[0].exact,
      note,
      initial: { text: note.text, tags: note.tags, color: note.color },
      save: async (fields) => {
        const saved = await store.save(fields, { previous: note });
        upsert(saved);
        apply();
        panel.show({ kind: 'card', note: saved, focus: true });
      },
    });
  }

  function openCard(id: string, how: OpenHow): void {
    const p = placing.placed.find((x) => x.note.id === id);
    // Never over an editor (what was typed would be lost); a hover does not take over an Undo offer either.
    if (!p || panel.current()?.kind === 'editor' || (panel.sticky() && how === 'hover')) return;
    triggers.setOpen(id);
    panel.show({ kind: 'card', note: p.note, focus: how === 'keyboard' }, rangeAnchor(p.range, doc), markers.element(id));
  }

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(messageTimer);
      panel.destroy();
      markers.destroy();
      marks.destroy();
      host.destroy();
    },
    { once: true },
  );

  return {
    async addNote() {
      addButton.hide();
      const range = articleSelection(doc, article?.roots ?? [doc.body ?? doc.documentElement]);
      if (!range) return message(noteText.selectFirst());
      await begin(range);
    },
    reveal(id) {
      if (!notes.some((n) => n.id === id)) throw new Error(noteText.notFound());
      const p = placing.placed.find((x) => x.note.id === id);
      if (!p) throw new Error(noteText.notPlaced());
      const rect = p.range.getBoundingClientRect();
      win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' });
      marks.flash(p.range);
      const marker = markers.element(id);
      if (marker) triggers.focusQuietly(marker);
      openCard(id, 'focus');
    },
    snapshot: () => noteLayerSnapshot(host, panel, marks, markers),
  };
}
