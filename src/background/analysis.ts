/**
 * The entity engine, run in the background rather than in each page.
 *
 * Why here: the engine is one synchronous pass over the article (about 1 µs per character once
 * the JIT is warm, several times that on a cold first call), and in a content script that pass
 * is a long task on the page's main thread, in every tab, with its own copy of the model and a
 * cold JIT on every page load. In the background it runs off the page's thread, the model is
 * loaded once for all tabs, the code stays warm between articles, and the model file needs no
 * web_accessible_resources entry (pages cannot probe for the extension through it).
 * The loaded model is a cache of a file in the package, so a stopped service worker loses nothing.
 *
 * Bounded work per request: a news-sized text runs here at once; a longer one runs in an engine
 * worker with a time budget, taking turns between tabs, so a slow or hostile long text holds up
 * neither the short ones nor another tab's long one (docs/decisions/0100-background-analysis-isolation.md).
 */
import browser from '../shared/browser';
import type { AnalyzeReply } from '../shared/messages';
import { MAX_ANALYSED_CHARS } from '../shared/limits';
import { loadEngine, runEngine, MODEL_PATH, type Engine } from './engine/engine';
import { runIsolated } from './engine/isolated';
import { budgetMs, INLINE_MAX_CHARS, ISOLATED_CONCURRENCY, ISOLATED_PER_TAB } from './engine/limits';
import { FairQueue } from './fair-queue';

let loading: Promise<Engine> | null = null;

function analyzer(): Promise<Engine> {
  if (!loading) {
    loading = loadEngine(browser.runtime.getURL(MODEL_PATH));
    loading.catch(() => {
      loading = null; // a failed load may be retried by the next request
    });
  }
  return loading;
}

/**
 * The first run after loading is several times slower than later ones: V8 compiles the engine's
 * hot code as it goes. Re-running it on the text it just saw, while nothing waits, pays that
 * cost once here instead of on the reader's next articles. In Node the seed article's run time
 * settles only after 10-20 calls (4-16 ms for calls 2-10, then ~4 ms), hence 12 runs rather than
 * a few (the measurement is in docs/decisions/0005-tried-and-dropped-start-up-experiments.md).
 */
const WARM_UP_RUNS = 12;
function warmUp(engine: Engine, text: string): void {
  let left = WARM_UP_RUNS;
  const step = (): void => {
    if (left-- <= 0) return;
    engine.run(text.slice(0, 20_000));
    setTimeout(step, 50);
  };
  setTimeout(step, 200);
}

/** Runs the engine in the background's own thread (news-sized texts). */
async function analyzeHere(text: string): Promise<AnalyzeReply> {
  const wasLoaded = loading !== null;
  const t0 = performance.now();
  const engine = await analyzer();
  const reply = runEngine(engine, text, wasLoaded ? 0 : performance.now() - t0);
  if (!wasLoaded) warmUp(engine, text);
  return reply;
}

const longTexts = new FairQueue(ISOLATED_CONCURRENCY, ISOLATED_PER_TAB);

/** Long analyses running and waiting now. */
export function analysisActivity(): { running: number; waiting: number } {
  return { running: longTexts.active, waiting: longTexts.pending };
}

/** The engine's reply for `text`, sent by `sender` (a tab's frame, or an extension page). */
export function analyzeText(text: string, sender: string): Promise<AnalyzeReply> {
  if (text.length > MAX_ANALYSED_CHARS) return Promise.reject(new Error(`analysis: text too long (${text.length} > ${MAX_ANALYSED_CHARS} chars)`));
  if (text.length <= INLINE_MAX_CHARS) return analyzeHere(text);
  return longTexts.run(sender, () => runIsolated(text, budgetMs(text.length)));
}
