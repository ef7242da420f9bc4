/**
 * Where a page's annotation time goes, for the benchmark (scripts/bench-page.ts) and the e2e
 * tests. Recording never holds up a pass: the first frame painted with highlights is awaited on
 * the side, and `paintedMs` is filled in when it comes.
 */
import type { AnnotationTimings } from '../../shared/page-reports';
import { afterPaint, type Slicer } from './scheduler';

/** Clock readings of one pass (performance.now()). */
export interface PassMarks {
  /** The pass started. */
  start: number;
  /** The article was read and joined. */
  read: number;
  /** The background's reply arrived (equal to `read` when the text was unchanged and not sent). */
  reply: number;
  /** The last highlight was applied. */
  applied: number;
}

/** What the background reported for a fresh analysis. */
export interface ReplyTimes {
  modelLoadMs: number;
  analysisMs: number;
}

export class TimingRecorder {
  private timings: AnnotationTimings;
  private paintWait = 0;
  /** Passes started so far (each reads the article; only some ask for an analysis). */
  passes = 0;
  /** Analyses received so far (counted by the pass as it takes one in). */
  runs = 0;
  /** Synchronous time of all passes' slices, ms. */
  busyMs = 0;

  /** `startedAt`: when the content script started (performance.now()); first-paint timing counts from here. */
  constructor(readonly startedAt: number) {
    this.timings = {
      scriptStartedAt: startedAt,
      modelLoadMs: 0,
      startMs: 0,
      readMs: 0,
      analysisMs: 0,
      engineMs: 0,
      highlightMs: 0,
      paintedMs: 0,
      firstSliceMs: 0,
      longestSliceMs: 0,
      slices: 0,
    };
  }

  /** The first pass's first slice budget (see scheduler.ts's FIRST_TASK_MS). */
  firstSlice(ms: number): void {
    this.timings.firstSliceMs = ms;
  }

  /** Ends a pass's slicing and counts its busy time. */
  endSlicing(slicer: Slicer): void {
    slicer.end();
    this.busyMs += slicer.busyMs;
  }

  /**
   * A pass that applied highlights. `reply` is absent when the text was unchanged (the previous
   * analysis still held). A first pass also has its first painted frame recorded, when it comes.
   */
  pass(first: boolean, marks: PassMarks, slicer: Slicer, reply?: ReplyTimes): void {
    const t = this.timings;
    if (reply) {
      t.modelLoadMs += reply.modelLoadMs;
      t.engineMs = reply.analysisMs;
      // Round trip to the background, without the model load it may have included.
      t.analysisMs = marks.reply - marks.read - reply.modelLoadMs;
    }
    if (first) t.startMs = marks.start - this.startedAt;
    t.readMs = marks.read - marks.start;
    t.highlightMs = marks.applied - marks.reply;
    t.longestSliceMs = slicer.longest;
    t.slices = slicer.slices;
    if (first) this.awaitPaint();
  }

  /** `paintedMs` is 0 until the frame is painted, -1 when none came (a hidden tab paints no frames). */
  private awaitPaint(): void {
    const wait = ++this.paintWait;
    this.timings.paintedMs = 0;
    void afterPaint().then((painted) => {
      if (wait === this.paintWait) this.timings.paintedMs = painted ? performance.now() - this.startedAt : -1;
    });
  }

  snapshot(): AnnotationTimings {
    return { ...this.timings };
  }
}
