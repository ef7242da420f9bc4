/**
 * What the content script does on an article, wired together: the annotator (find, analyse,
 * highlight), the context cards on its highlights, the reader's settings (per-site switch and
 * shown types, followed live) and the keyboard command. Everything is undone when `signal` aborts.
 */
import { handle, sendToBackground } from '../shared/messaging';
import { onAbort } from '../shared/on-abort';
import type { ContentRequests } from '../shared/messages';
import { highlightsOn, loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { createAnnotator, type Annotator } from './annotate/annotator';
import { afterPaint, yieldToEventLoop } from './annotate/scheduler';
import { registerAnnotationHandlers } from './annotate/messages';
import { entityNotesSource, mountCards, registerCardHandlers } from './card';
import { resetShownTypes, setShownTypes } from './highlight/shown-types';
import { resetTypeColors, setTypeColors } from './highlight/type-colors';
import { backgroundAnalyzer } from './model/background-analyzer';
import { registerPopupHandlers } from './popup-requests';
import { setHoverDelay } from './card/triggers';
import { NotePlacement, registerPlacementHandler } from './notes/placement';
import { startSelectionNotes } from './notes/layer';
import { registerNoteHandlers } from './notes/handlers';

/**
 * The reader's shown types decide which mentions are painted and are tab stops. They are kept in
 * the content script's world (shown-types.ts), never on the page's DOM, where any page could read
 * and change them. Their colours are kept there too (type-colors.ts) and written only as custom
 * properties on our own elements, which tell a page no more than the paint it can already see.
 * Unchanged settings (the re-read after subscribing to changes) touch nothing: the annotator
 * re-applies every mention's attributes only when the types or the colours change.
 */
function applyShownTypes(settings: Settings): void {
  setShownTypes(document, settings.shownTypes);
  setTypeColors(document, settings.typeColors);
}

export function startSession(signal: AbortSignal, startedAt: number): void {
  // The first pass starts at once: the article is read and analysed while the settings load,
  // and no highlight is added until they say highlights are on (`ready`).
  let settingsApplied!: () => void;
  const ready = new Promise<void>((resolve) => (settingsApplied = resolve));
  const annotator = createAnnotator({ doc: document, analyze: backgroundAnalyzer, signal, startedAt, ready });
  // The first settings come through the background, whose messaging the page uses anyway: the
  // content script's first call into the storage API costs 11-19 ms in Firefox, which highlights
  // would wait for. Asked first, they are read while the engine runs.
  const firstSettings = sendToBackground('bg/settings', null).catch(() => loadSettings());
  const firstPass = annotator.annotate().catch(() => undefined);
  onAbort(signal, registerAnnotationHandlers(annotator));
  // The first pass reads the article and sends it to the background in this task's microtasks;
  // everything else waits for the next task, so that request goes first (mounting the cards and
  // loading the settings take 6-18 ms in Firefox).
  void yieldToEventLoop().then(() => {
    if (!signal.aborted) startTheRest(signal, annotator, { settingsApplied, firstSettings, firstPass });
  });
}

/** Live settings changes are followed from the end of the first pass, or after this long on a long article. */
const FOLLOW_CHANGES_AFTER_MS = 500;

interface Start {
  settingsApplied: () => void;
  firstSettings: Promise<Settings>;
  firstPass: Promise<unknown>;
}

function startTheRest(signal: AbortSignal, annotator: Annotator, { settingsApplied, firstSettings, firstPass }: Start): void {
  const cards = mountCards(annotator, { signal, notes: entityNotesSource(document) });
  registerCardHandlers(cards, signal);
  registerPopupHandlers(annotator, signal);
  const placement = new NotePlacement();
  registerPlacementHandler(placement, signal);
  // Selection notes do not depend on highlights (they stay marked when highlights are off); they
  // read the article once the first pass is over, so the two never compete for the first frames.
  const notes = startSelectionNotes({
    doc: document,
    signal,
    placement,
    onHighlightsChanged: (cb) => annotator.onChange(cb),
    start: firstPass.then(() => afterPaint(FOLLOW_CHANGES_AFTER_MS)),
  });
  registerNoteHandlers(notes, signal);

  let shown = false;
  const show = (on: boolean): void => {
    shown = on;
    if (on) {
      annotator.setVisible(true);
      void annotator.annotate().catch(() => undefined);
    } else {
      cards.close();
      annotator.setVisible(false);
      annotator.removeAll();
    }
  };

  onAbort(
    signal,
    handle<ContentRequests>({
      'page/command': ({ command }) => {
        // The keyboard command toggles this page only; the popup's switch is the lasting, per-site one.
        if (command === 'toggle-highlights') show(!shown);
        else if (command === 'add-note') void notes.addNote();
        return null;
      },
    }),
  );

  signal.addEventListener('abort', () => {
    resetShownTypes(document);
    resetTypeColors(document);
  });
  let applied = false; // the first settings decide either way: the first pass is already running
  const follow = (settings: Settings): void => {
    if (signal.aborted) return;
    applyShownTypes(settings);
    setHoverDelay(settings.hoverDelayMs);
    const on = highlightsOn(settings, location.hostname);
    if (!applied || on !== shown) show(on);
    applied = true;
  };
  firstSettings.then(follow, () => show(true)).finally(() => settingsApplied());
  // Following changes (the popup's switch, the options page) is the content script's first use of
  // the storage API, so it starts once the first pass's highlights are painted (or a frame could
  // not come: a hidden tab); the settings are read again then, in case they changed in between.
  let following = false;
  const followChanges = (): void => {
    if (following || signal.aborted) return;
    following = true;
    onSettingsChanged(follow, signal);
    const reread = (): Promise<void> => loadSettings().then(follow, () => undefined);
    void firstSettings.then(reread, reread); // after the first settings, so they cannot overwrite these
  };
  const timer = setTimeout(followChanges, FOLLOW_CHANGES_AFTER_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  void firstPass
    .then(() => afterPaint(FOLLOW_CHANGES_AFTER_MS))
    .then(() => {
      clearTimeout(timer);
      followChanges();
    });
}
