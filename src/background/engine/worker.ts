/**
 * Entry of the engine worker (dist/engine-worker.js): a dedicated worker that runs the engine
 * on long texts, so that a slow analysis neither blocks the background's other requests nor
 * outlives its time budget (the host terminates the worker). See
 * docs/decisions/0100-background-analysis-isolation.md.
 */
import { loadEngine, runEngine, MODEL_PATH, type Engine } from './engine';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

let loading: Promise<Engine> | null = null;

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
  location: { href: string };
};

scope.onmessage = (e) => {
  const { id, text } = e.data;
  const wasLoaded = loading !== null;
  const t0 = performance.now();
  loading ??= loadEngine(new URL(MODEL_PATH, new URL('/', scope.location.href)).href);
  loading.then(
    (engine) => scope.postMessage({ id, ok: true, value: runEngine(engine, text, wasLoaded ? 0 : performance.now() - t0) }),
    (err: unknown) => {
      loading = null;
      scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
    },
  );
};
