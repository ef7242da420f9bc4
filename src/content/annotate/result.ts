/** What one annotation pass reports, for the popup, the benchmarks and the e2e tests. */
import type { AnnotationTimings } from '../../shared/page-reports';

export interface AnnotationResult {
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
  timings: AnnotationTimings;
}

export interface AnnotatorStats {
  /** Analyzer runs so far. */
  runs: number;
  /** Synchronous time spent on this page by the annotator (passes and observer callbacks), ms. */
  busyMs: number;
}

export function emptyResult(): AnnotationResult {
  return {
    found: false,
    method: 'none',
    blocks: 0,
    mentions: 0,
    entities: 0,
    elements: 0,
    touchedBlocks: 0,
    timings: { scriptStartedAt: 0, modelLoadMs: 0, startMs: 0, readMs: 0, analysisMs: 0, engineMs: 0, highlightMs: 0, paintedMs: 0, firstSliceMs: 0, longestSliceMs: 0, slices: 0 },
  };
}
