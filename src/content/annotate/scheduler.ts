/**
 * Cooperative chunking: work runs in slices of at most SLICE_MS, then yields to the event loop so
 * the page stays responsive (no long task from us).
 *
 * We yield with a plain task (a MessageChannel message: setTimeout(0) is clamped to 4 ms when
 * chained), which queues behind the page's own timers and lets a frame render. scheduler.yield()
 * would keep our place ahead of the page's timers, but on a 1 MB article each frame after our
 * insertions costs the browser 15-40 ms (layout and pre-paint of the whole document), so the
 * page's timers would wait through several of them (55-80 ms in bench:page). With a plain task
 * after every slice they wait one slice plus one frame.
 *
 * That frame's layout grows with what the slice inserted: on the 1 MB page (2 busy cores) 8 ms
 * slices leave gaps of 46-60 ms, 4 ms slices mostly under 45 ms, for 20-40% more total time
 * (more frames).
 */
import { afterNextFrame } from '../frame';

export const SLICE_MS = 4;
/** The first pass's first slice (see Slicer). */
export const FIRST_SLICE_MS = 24;
/**
 * The content script's first task (its evaluation, then the first pass's first slice) ends this
 * long after the script started, at the latest, on a long article: on a 1 MB article a full first
 * slice after the evaluation makes that task 40-49 ms (DevTools trace). A news article gets its
 * whole first slice (see read.ts's SMALL_ARTICLE_ELEMENTS): in Firefox the evaluation alone
 * takes 15-25 ms (the extension API's first use in a page), and a read cut short after 4-10 ms
 * would send the request only after the page's load and first paint, 15-20 ms later.
 */
export const FIRST_TASK_MS = 28;

/**
 * The first pass's first slice: the whole FIRST_SLICE_MS for a small (news) article, else what is
 * left of FIRST_TASK_MS `sinceStart` ms after the script started, but never less than a slice.
 */
export function firstSliceBudget(small: boolean, sinceStart: number): number {
  return small ? FIRST_SLICE_MS : Math.max(SLICE_MS, Math.min(FIRST_SLICE_MS, FIRST_TASK_MS - sinceStart));
}

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

export function yieldToEventLoop(): Promise<void> {
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves true after the next frame has been painted (rAF, then a task after it), or false after
 * `timeoutMs`: a background tab paints no frames, and nobody may wait on it forever.
 */
export function afterPaint(timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    afterNextFrame(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Tracks slices of one pass; `breathe()` yields when the current slice is used up. Records the
 * longest slice seen. A pass that waits on something else (the background's reply) ends its slice
 * and `begin`s a new one when it resumes.
 */
export class Slicer {
  private start = performance.now();
  private budget: number;
  private running = true;
  longest = 0;
  slices = 0;
  /** Sum of all slices, ms. */
  busyMs = 0;

  /**
   * `firstSliceMs`: a longer first slice, still far from a long task, lets a news article's
   * highlights go in before the next frame instead of being spread over two or three.
   */
  constructor(firstSliceMs = SLICE_MS) {
    this.budget = firstSliceMs;
  }

  expired(): boolean {
    return performance.now() - this.start >= this.budget;
  }

  /** A promise to await when the slice is used up, else undefined (carry on synchronously). */
  readonly breathe = (): Promise<void> | undefined => (this.expired() ? this.next() : undefined);

  /** Ends the current slice (recording its length) and starts the next after yielding. */
  async next(): Promise<void> {
    this.end();
    await yieldToEventLoop();
    this.begin();
  }

  /** Starts a slice (after a wait that was not ours). */
  begin(budget = SLICE_MS): void {
    this.budget = budget;
    this.start = performance.now();
    this.running = true;
  }

  end(): void {
    if (!this.running) return;
    this.running = false;
    const ms = performance.now() - this.start;
    this.longest = Math.max(this.longest, ms);
    this.busyMs += ms;
    this.slices++;
  }
}
