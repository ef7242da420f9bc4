/**
 * Cooperative chunking: work runs in slices of at most SLICE_MS, then yields to the event loop so
 * the page stays responsive (no long task from us).
 *
 * Between slices we yield with scheduler.yield() where the browser has it: its continuation keeps
 * our place ahead of other tasks (input and rendering still come first), so a long article is
 * done quickly. But it also outranks the page's own timers, which starved for the whole pass on a
 * 1 MB page (1.3 s in Chromium). So every FAIR_MS we yield with a plain task instead, which
 * queues behind the page's work (a MessageChannel task: setTimeout(0) is clamped to 4 ms when chained).
 */
export const SLICE_MS = 8;
/** The first pass's first slice (see Slicer). */
export const FIRST_SLICE_MS = 24;
const FAIR_MS = 50;

type YieldingScheduler = { yield?: () => Promise<void> };

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();
let lastPlainYield = 0;

function plainTask(): Promise<void> {
  lastPlainYield = performance.now();
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

export function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (!s || typeof s.yield !== 'function' || performance.now() - lastPlainYield >= FAIR_MS) return plainTask();
  return s.yield();
}

/**
 * Resolves true after the next frame has been painted (rAF, then a task after it), or false after
 * `timeoutMs`: a background tab paints no frames, and nobody may wait on it forever.
 */
export function afterPaint(timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve(true);
      }, 0),
    );
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
