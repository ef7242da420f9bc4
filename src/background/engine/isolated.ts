/**
 * Runs the engine outside the background's own thread, in a dedicated worker with a time budget.
 * Firefox's background is an event page, which can start workers itself. Chromium's is a service
 * worker, which cannot, so there the workers live in an offscreen document, started on the first
 * long text and closed again when long texts stop coming.
 */
import browser from '../../shared/browser';
import type { AnalyzeReply, Result } from '../../shared/messages';
import type { OffscreenRequests } from '../../shared/protocol/offscreen';
import { ISOLATED_CONCURRENCY } from './limits';
import { WorkerPool, WORKER_SCRIPT } from './worker-pool';

const OFFSCREEN_URL = 'offscreen.html';
/** The offscreen document is closed when no long text came for this long. */
const OFFSCREEN_IDLE_MS = 60_000;
/** Extra wait for the offscreen document's answer beyond the run's budget, which it enforces itself. */
const OFFSCREEN_GRACE_MS = 10_000;

interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface RuntimeWithContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}
const chromeApi = (globalThis as { chrome?: { offscreen?: OffscreenApi; runtime?: RuntimeWithContexts } }).chrome;

let pool: WorkerPool | null = null;
let opening: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight = 0;

/** The engine's reply for `text`, run in a worker and stopped with a clear error after `budgetMs`. */
export function runIsolated(text: string, budgetMs: number): Promise<AnalyzeReply> {
  if (typeof Worker === 'function') {
    pool ??= new WorkerPool(browser.runtime.getURL(WORKER_SCRIPT), ISOLATED_CONCURRENCY);
    return pool.run(text, budgetMs);
  }
  if (chromeApi?.offscreen) return viaOffscreen(chromeApi.offscreen, text, budgetMs);
  throw new Error('analysis: this browser can start no engine worker for a long text');
}

async function viaOffscreen(api: OffscreenApi, text: string, budgetMs: number): Promise<AnalyzeReply> {
  inFlight++;
  clearTimeout(idleTimer);
  try {
    await openOffscreen(api);
    const payload: OffscreenRequests['offscreen/analyze']['req'] = { text, budgetMs };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`analysis: no answer from the engine's host after ${Math.round(budgetMs / 1000)} s`)),
        budgetMs + OFFSCREEN_GRACE_MS,
      );
    });
    const reply = browser.runtime.sendMessage({ type: 'offscreen/analyze', payload }) as Promise<Result<AnalyzeReply> | undefined>;
    const result = await Promise.race([reply, late]).finally(() => clearTimeout(timer));
    if (!result) throw new Error("analysis: the engine's host did not answer");
    if (!result.ok) throw new Error(result.error);
    return result.value;
  } finally {
    if (--inFlight === 0) idleTimer = setTimeout(() => void closeOffscreen(api), OFFSCREEN_IDLE_MS);
  }
}

function openOffscreen(api: OffscreenApi): Promise<void> {
  opening ??= (async () => {
    // After the service worker restarts, the document it opened before may still be there.
    const existing = (await chromeApi?.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
    if (existing.length === 0) {
      await api.createDocument({
        url: OFFSCREEN_URL,
        reasons: ['WORKERS'],
        justification: 'Runs the entity engine on long articles in a worker, so one cannot hold up the others.',
      });
    }
  })().catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

async function closeOffscreen(api: OffscreenApi): Promise<void> {
  if (inFlight > 0 || !opening) return;
  opening = null;
  await api.closeDocument().catch(() => undefined);
}
