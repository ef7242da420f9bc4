/**
 * Cooperative chunking: work runs in slices of at most SLICE_MS, then yields to the event loop so
 * the page stays responsive (no long task from us). scheduler.yield() keeps our priority where
 * the browser has it; otherwise a macrotask (setTimeout 0) lets input and rendering in.
 */
export const SLICE_MS = 8;

type YieldingScheduler = { yield?: () => Promise<void> };

export function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
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

/** Tracks one slice; `expired()` says when to yield. Also records the longest slice seen. */
export class Slicer {
  private start = performance.now();
  longest = 0;
  slices = 0;
  /** Sum of all slices, ms. */
  busyMs = 0;

  expired(): boolean {
    return performance.now() - this.start >= SLICE_MS;
  }

  /** Ends the current slice (recording its length) and starts the next after yielding. */
  async next(): Promise<void> {
    this.end();
    await yieldToEventLoop();
    this.start = performance.now();
  }

  end(): void {
    const ms = performance.now() - this.start;
    this.longest = Math.max(this.longest, ms);
    this.busyMs += ms;
    this.slices++;
  }
}
