/** What one annotation pass reports, for the popup, the benchmarks and the e2e tests. */

/**
 * Where the page's annotation stands: `idle` before any analysis (or no article yet), `done` once
 * the last analysis was applied, `failed` when the last attempt to analyse the article failed
 * (its `error` says why; the next change of the page, or a reload, tries again).
 */
type AnnotationState = 'idle' | 'done' | 'failed';

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
