/**
 * Runs tasks at most `concurrency` at a time, taking turns between keys (tabs): a tab that asks
 * for many analyses waits behind its own requests, never in front of another tab's. A key may
 * have at most `perKey` tasks running or waiting; one more is refused with a clear error.
 */
export class FairQueue {
  /** Waiting tasks by key, in the order the keys first had one waiting. */
  private readonly waiting = new Map<string, (() => void)[]>();
  /** When each key last had a task started (a counter); the key served longest ago goes next. */
  private readonly served = new Map<string, number>();
  private starts = 0;
  private readonly counts = new Map<string, number>();
  private running = 0;

  constructor(
    private readonly concurrency: number,
    private readonly perKey: number,
  ) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.perKey) return Promise.reject(new Error(`too many analyses in progress for this tab (${this.perKey}); try again when one is done`));
    this.counts.set(key, count + 1);
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.running++;
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            const left = (this.counts.get(key) ?? 1) - 1;
            if (left > 0) this.counts.set(key, left);
            else {
              this.counts.delete(key);
              this.served.delete(key);
            }
            this.next();
          });
      };
      const queue = this.waiting.get(key);
      if (queue) queue.push(start);
      else this.waiting.set(key, [start]);
      this.next();
    });
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for their turn. */
  get pending(): number {
    let n = 0;
    for (const q of this.waiting.values()) n += q.length;
    return n;
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.size > 0) {
      let key = '';
      let oldest = Infinity;
      for (const k of this.waiting.keys()) {
        const at = this.served.get(k) ?? -1;
        if (at < oldest) [key, oldest] = [k, at];
      }
      const queue = this.waiting.get(key)!;
      const start = queue.shift()!;
      if (queue.length === 0) this.waiting.delete(key);
      this.served.set(key, this.starts++);
      start();
    }
  }
}
