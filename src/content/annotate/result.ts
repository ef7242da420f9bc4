/** What one annotation pass reports, for the popup, the benchmarks and the e2e tests. */

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

/**
 * Where the page's annotation stands: `idle` before any analysis (or no article yet), `done` once
 * the last analysis was applied, `failed` when the last attempt to analyse the article failed
 * (its `error` says why; the next change of the page, or a reload, tries again).
 */
export type AnnotationState = 'idle' | 'done' | 'failed';

export interface AnnotationResult {
  state: AnnotationState;
  /** Why the last analysis failed, as a sentence for the reader; null unless `state` is `failed`. */
  error: string | null;
  /** An article was found (false: none yet; the document is being watched for one). */
  found: boolean;
  method: string;
  blocks: number;
  mentions: number;
  entities: number;
  /** Mention elements on the page. */
  elements: number;
  /** Blocks wrapped or re-wrapped by the last pass. */
  touchedBlocks: number;
}

export interface AnnotatorStats {
  /** Passes so far, each a read of the article (a pass whose text is unchanged or held back asks for no analysis). */
  passes: number;
  /** Analyzer runs so far. */
  runs: number;
  /** Synchronous time spent on this page by the annotator (passes and observer callbacks), ms. */
  busyMs: number;
}

export function emptyResult(): AnnotationResult {
  return {
    state: 'idle',
    error: null,
    found: false,
    method: 'none',
    blocks: 0,
    mentions: 0,
    entities: 0,
    elements: 0,
    touchedBlocks: 0,
  };
}
