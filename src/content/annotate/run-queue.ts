/**
 * Runs passes one at a time: a change-triggered pass waits for the one in progress. With none in
 * progress, a pass starts synchronously: the first pass's read and request then run in the
 * microtasks of the content script's first task, ahead of the rest of its start-up, which
 * session.ts puts in the next task.
 */
export class RunQueue {
  private tail: Promise<unknown> = Promise.resolve();
  /** Passes started or waiting. */
  private queued = 0;

  run<T>(fn: () => Promise<T>): Promise<T> {
    const start = (): Promise<T> => {
      try {
        return fn();
      } catch (err) {
        return Promise.reject(err);
      }
    };
    const next = (this.queued++ === 0 ? start() : this.tail.then(start, start)).finally(() => this.queued--);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
