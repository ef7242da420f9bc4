/**
 * The typed message protocol shared by every context.
 *
 * Each map lists the requests one context answers: the key is the message type,
 * `req` what the sender passes and `res` what comes back. Replies travel as
 * Result values because Error objects do not survive structured cloning in every browser.
 */
import type { NotesRequests } from './protocol/notes';
import type { AnnotationTimings, CardSnapshot, NoteLayerSnapshot } from './page-reports';
import type { Entity, EntityType } from '../core/types';
import type { MarkedText } from '../core/entities/card-text';

/** What the content script reports about the page it runs in. */
export interface PageStatus {
  /** The content script is running on this page. */
  active: true;
  url: string;
  /** Extension version that injected the script (differs from the background's after an update). */
  version: string;
}

/** Requests answered by the content script (sent with tabs.sendMessage); payload schemas in protocol/content.ts. */
export type ContentRequests = {
  'page/status': { req: null; res: PageStatus };
  /** A browser keyboard command, forwarded by the background to the active tab. */
  'page/command': { req: { command: PageCommand }; res: null };
  /** What the context card shows (tests, diagnostics); never exposed to the page. */
  'page/card': { req: null; res: CardSnapshot };
  /** Turn highlights on (annotate and show) or off (remove every element: the page's DOM as it was). */
  'page/highlights': { req: { on: boolean }; res: AnnotationSummary };
  /** The current annotation and the page's entities (popup, diagnostics, tests). */
  'page/annotation': { req: null; res: AnnotationSummary & { entityList: EntitySummary[] } };
  /** The article as the extension reads it: how it was found and its text blocks (diagnostics, tests). */
  'page/article': { req: null; res: { method: string; blocks: string[] } };
  /** The article's entities of the shown types, each with what its context card shows (the popup's list and cards). */
  'page/entities': { req: null; res: { entities: EntityCard[] } };
  /** Scroll to mention `index` of an entity's highlighted mentions and flash it (the popup's "Show in page"). */
  'page/reveal': { req: { entityId: string; index: number }; res: { index: number; total: number } };
  /** The page's identity for notes and where its selection notes stand (the popup's list of the page's notes). */
  'page/notes': { req: null; res: PageNotesState };
  /** Scroll to a selection note's place in the text, flash it and open it (the popup's "Show in page"). */
  'page/revealNote': { req: { id: string }; res: null };
  /** What the selection notes layer shows (tests, diagnostics); never exposed to the page. */
  'page/noteLayer': { req: null; res: NoteLayerSnapshot };
  /** Stop the content script and undo everything it did to the page (the popup's "Disable on this site"). */
  'page/stop': { req: null; res: null };
};

/** A page's notes as the content script sees them. */
export interface PageNotesState {
  /** The page as notes name it: key (src/core/notes/page-key.ts), address and title. */
  page: { key: string; url: string; title: string };
  /** True until the article's text has been read and the notes placed in it once. */
  pending: boolean;
  /** Ids of selection notes placed in the text. */
  anchored: string[];
  /** Ids of selection notes that could not be placed: kept, and listed with their quote. */
  detached: string[];
}

/**
 * One entity's context card as it travels to the popup: the fields of src/ui/card's CardView that
 * do not depend on where the card was opened. `total` is the mentions highlighted on the page.
 */
export interface EntityCard {
  entity: Entity;
  total: number;
  sentence: MarkedText | null;
  related: { id: string; name: string; type: EntityType }[];
}

/** The highlights on the page and how they were made (src/content/annotate). */
export interface AnnotationSummary {
  /** `failed`: the last attempt to analyse the article failed (the next change of the page, or a reload, tries again). */
  state: 'idle' | 'done' | 'failed';
  /** Why the last analysis failed, a sentence for the reader; null unless `state` is `failed`. */
  error: string | null;
  /** Highlights are on the page. */
  on: boolean;
  /** An article was found. */
  found: boolean;
  /** How the article was found, e.g. "archyde:.entry-content". */
  method: string;
  mentions: number;
  entities: number;
  /** Mention elements on the page. */
  elements: number;
  /** Passes over the article since the page loaded (each reads it; not every one asks for an analysis). */
  passes: number;
  /** Analyzer runs since the page loaded. */
  runs: number;
  /** Synchronous time the annotator has spent on this page, ms. */
  busyMs: number;
  timings: AnnotationTimings;
}

/** One entity of the page's analysis, as the popup lists it. */
interface EntitySummary {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

/** Keyboard commands declared in manifest.json "commands". */
export type PageCommand = 'toggle-highlights' | 'add-note';

/**
 * Requests answered by the background (sent with runtime.sendMessage). Each has a payload schema
 * in protocol/background.ts, checked before its handler runs (see protocol/index.ts).
 */
export type BackgroundRequests = {
  /** Run the entity engine over an article's text (the model lives in the background, see ARCHITECTURE.md). */
  'bg/analyze': { req: { text: string } | { upload: string; parts: number }; res: AnalyzeReply };
  /** One part of a long text, named later by `bg/analyze` (see src/shared/text-parts.ts). */
  'bg/upload': { req: { upload: string; index: number; part: string }; res: null };
  /** The reader's settings, for a content script starting up (see src/content/session.ts). */
  'bg/settings': { req: null; res: import('./settings-model').Settings };
  /** Long analyses (engine workers) running and waiting now (diagnostics, tests). */
  'bg/activity': { req: null; res: { running: number; waiting: number } };
};

/** Start of the error a `bg/analyze` of an upload fails with when parts are missing (the worker restarted): send it again. */
export const UPLOAD_INCOMPLETE = 'upload incomplete';

/** The engine's answer, with where its time went (for the benchmarks). */
export interface AnalyzeReply {
  /** Compact: the page decodes it in slices with the text it sent (see analysis-wire.ts). */
  analysis: import('./analysis-wire').WireAnalysis;
  /** Loading the model, when this request had to (0 when it was already loaded), ms. */
  modelLoadMs: number;
  /** Running the engine in the background, ms. */
  analysisMs: number;
  /** Which tagger implementation ran: the WebAssembly kernel, or JavaScript where it cannot. */
  tagger: 'wasm' | 'js';
}

export type RequestMap = Record<string, { req: unknown; res: unknown }>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers<M extends RequestMap> = {
  [K in keyof M]: (payload: M[K]['req'], sender: unknown) => M[K]['res'] | Promise<M[K]['res']>;
};

/** Everything the background answers: the engine's requests and the notes store's (protocol/notes.ts). */
export type BackgroundAnswers = BackgroundRequests & NotesRequests;
