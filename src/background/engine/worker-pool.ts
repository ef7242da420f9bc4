/**
 * Engine workers, for a context that can start dedicated workers (Firefox's background page,
 * Chromium's offscreen document). Each run has a time budget: a run that outlives it is stopped
 * by terminating its worker (the only way to stop a synchronous pass), and fails with a clear
 * error; the next run starts a fresh worker. Idle workers are terminated to free their model.
 */
import type { AnalyzeReply } from '../../shared/messages';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** Script of the engine worker, relative to the extension's root (built from ./worker.ts). */
export const WORKER_SCRIPT = 'engine-worker.js';

interface Slot {
  worker: Worker;
  busy: boolean;
  idleTimer?: ReturnType<typeof setTimeout>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(
    private readonly scriptUrl: string,
    /** Workers kept at most; the caller's queue runs no more than this many at once. */
    private readonly size: number,
    private readonly idleMs = 30_000,
  ) {}

  /** The engine's reply for `text`, or an error once `budgetMs` has passed. */
  run(text: string, budgetMs: number): Promise<AnalyzeReply> {
    const slot = this.slots.find((s) => !s.busy) ?? this.spawn();
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    const id = this.nextId++;
    return new Promise<AnalyzeReply>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        slot.worker.removeEventListener('message', onMessage);
        slot.worker.removeEventListener('error', onError);
      };
      const onMessage = (e: MessageEvent<WorkerReply>): void => {
        if (e.data.id !== id) return;
        done();
        this.release(slot);
        if (e.data.ok) resolve(e.data.value);
        else reject(new Error(e.data.error));
      };
      const onError = (e: ErrorEvent): void => {
        done();
        this.discard(slot);
        reject(new Error(`analysis failed in its worker: ${e.message || 'worker error'}`));
      };
      const timer = setTimeout(() => {
        done();
        this.discard(slot);
        reject(new Error(`analysis stopped after ${Math.round(budgetMs / 1000)} s: the text (${text.length} chars) takes too long to analyse`));
      }, budgetMs);
      slot.worker.addEventListener('message', onMessage);
      slot.worker.addEventListener('error', onError);
      slot.worker.postMessage({ id, text } satisfies WorkerRequest);
    });
  }

  private spawn(): Slot {
    if (this.slots.length >= this.size) throw new Error(`engine workers: all ${this.size} are busy`);
    const slot: Slot = { worker: new Worker(this.scriptUrl), busy: false };
    this.slots.push(slot);
    return slot;
  }

  private release(slot: Slot): void {
    slot.busy = false;
    slot.idleTimer = setTimeout(() => this.discard(slot), this.idleMs);
  }

  private discard(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    slot.worker.terminate();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
