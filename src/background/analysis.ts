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
 */
import browser from '../shared/browser';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { loadTagger, type Tagger } from '../core/ner/index';
import type { AnalyzeReply } from '../shared/messages';
import { encodeAnalysis } from '../shared/analysis-wire';

export const MODEL_PATH = 'models/ner.bin';

interface Engine {
  run: Analyzer;
  tagger: Tagger['kind'];
}

let loading: Promise<Engine> | null = null;

async function load(): Promise<Engine> {
  const res = await fetch(browser.runtime.getURL(MODEL_PATH));
  if (!res.ok) throw new Error(`model: HTTP ${res.status} for ${MODEL_PATH}`);
  // The WebAssembly tagger needs 'wasm-unsafe-eval' in the manifest's CSP; without it this falls back to JavaScript.
  const tagger = loadTagger(new Uint8Array(await res.arrayBuffer()));
  return { run: createAnalyzer(tagger), tagger: tagger.kind };
}

function analyzer(): Promise<Engine> {
  if (!loading) {
    loading = load();
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
 * settles only after 10-20 calls (4-16 ms for calls 2-10, then ~4 ms); with 12 warm-up runs
 * instead of 4 the demo article's engine time in Chromium went from 11.3 to 8.0 ms (bench:page).
 */
const WARM_UP_RUNS = 12;
function warmUp(run: Analyzer, text: string): void {
  let left = WARM_UP_RUNS;
  const step = (): void => {
    if (left-- <= 0) return;
    run(text.slice(0, 20_000));
    setTimeout(step, 50);
  };
  setTimeout(step, 200);
}

export async function analyzeText(text: unknown): Promise<AnalyzeReply> {
  if (typeof text !== 'string') throw new Error('analyze: text must be a string');
  const wasLoaded = loading !== null;
  const t0 = performance.now();
  const { run, tagger } = await analyzer();
  const t1 = performance.now();
  const analysis = run(text);
  const analysisMs = performance.now() - t1;
  if (!wasLoaded) warmUp(run, text);
  return { analysis: encodeAnalysis(analysis), modelLoadMs: wasLoaded ? 0 : t1 - t0, analysisMs, tagger };
}
