/**
 * What the content script reports about its page to the extension's other contexts (popup,
 * diagnostics, benchmarks, e2e tests): the annotation's timings and the context card's state.
 * They are part of the message protocol (messages.ts), so they live below the contexts.
 */

export interface AnnotationTimings {
  /** performance.now() when the content script started (the page's own clock: benchmarks compare it with page events). */
  scriptStartedAt: number;
  /** Fetching and parsing the model in the background, when this page's first analysis needed it, ms. */
  modelLoadMs: number;
  /** From the content script's start to the start of the first pass (settings, finding the article), ms. */
  startMs: number;
  /** Reading the article's blocks from the DOM, ms. */
  readMs: number;
  /** The analysis round trip to the background, without any model load, ms (the page's thread is free meanwhile). */
  analysisMs: number;
  /** Of that, the engine's own run in the background, ms. */
  engineMs: number;
  /** Wrapping mentions, from the end of analysis to the last slice, ms (includes yields). */
  highlightMs: number;
  /**
   * From the content script's start to the first frame painted with highlights, ms: 0 until that
   * frame is painted (recorded after the pass has finished), -1 when none came within a second
   * (a hidden tab paints no frames).
   */
  paintedMs: number;
  /**
   * The first pass's first slice, ms: the whole FIRST_SLICE_MS for a news article, else what is
   * left of FIRST_TASK_MS after the script's start (see scheduler.ts).
   */
  firstSliceMs: number;
  /** Longest synchronous highlighting slice, ms. */
  longestSliceMs: number;
  slices: number;
}

/** How a card was asked for: pointer dwell, focus on a mention, or a key command. */
export type OpenHow = 'hover' | 'focus' | 'keyboard';

export interface CardTimings {
  /** From the end of the intent delay (the frame that opens the card), or from focus, to the card painted. */
  lastOpenToPaintMs: number | null;
  /** The synchronous part of that: building the view and rendering it. */
  lastRenderMs: number | null;
}

/** What the user sees and where focus is; answers the extension-only 'page/card' request (tests, diagnostics). */
export interface CardSnapshot {
  open: boolean;
  how: OpenHow | null;
  entityId: string | null;
  /** The card's accessible name, "Xi Jinping, Person". */
  label: string | null;
  /** Visible text of the card, block by block. */
  text: string;
  /** Accessible names of the card's buttons, in tab order. */
  controls: string[];
  /** Accessible name of the card control that has focus, if focus is in the card. */
  focusedControl: string | null;
  /** Viewport rectangle of the card. */
  rect: { x: number; y: number; width: number; height: number } | null;
  /** Computed styles of the card name, to check that page CSS did not reach in. */
  nameStyle: { fontSize: string; color: string; display: string } | null;
  /** Milliseconds from the pointer entering the mention to the card opening (hover only). */
  dwellMs: number | null;
  /** Whether the card is painted (not hidden, computed visibility "visible"); false while merely prepared. */
  visible: boolean;
  /** Whether the card element holds rendered content (an open card, or one prepared during a dwell). */
  rendered: boolean;
  /** Text the live region last announced. */
  announced: string;
  timings: CardTimings;
  /** Links in the card (note text addresses), to check they open safely in a new tab. */
  links: { text: string; href: string; target: string; rel: string }[];
  /** Elements in the card that load or run something (img, iframe, object, embed, script): none ever should. */
  embedded: number;
  /** The text of the card's error line, if one shows. */
  error: string | null;
}

/**
 * What the selection notes layer shows and where focus is; answers the extension-only
 * 'page/noteLayer' request (tests, diagnostics). Nothing of it is exposed to the page.
 */
export interface NoteLayerSnapshot {
  /** The Add note button shows beside a selection. */
  addButton: boolean;
  /** What the note panel shows, if it is open. */
  panel: 'editor' | 'card' | 'deleted' | 'message' | null;
  /** The note the panel is about. */
  noteId: string | null;
  /** Visible text of the panel, block by block. */
  text: string;
  /** Values of the editor's fields, when it is open. */
  fields: { text: string; tags: string; color: string | null } | null;
  /** Accessible names of the panel's controls, in tab order. */
  controls: string[];
  /** Accessible name of the focused control of the layer (button, marker or panel control). */
  focused: string | null;
  /** The panel's error line, if one shows. */
  error: string | null;
  links: { text: string; href: string; target: string; rel: string }[];
  /** Elements in the panel that load or run something (img, iframe, object, embed, script): none ever should. */
  embedded: number;
  /** Painted passages by highlight name (archyde-annotator-note-<colour>): the text of each. */
  marks: Record<string, string[]>;
  /** The notes with a marker, in text order, and the marker's accessible name. */
  markers: { id: string; label: string }[];
}
