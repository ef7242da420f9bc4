/**
 * The entity engine loaded from the model file's bytes, and one run of it as the page's reply.
 * Browser-API-free, so the same code runs in the background itself and in an engine worker.
 */
import { createAnalyzer, type Analyzer } from '../../core/analyze';
import { loadTagger, type Tagger } from '../../core/ner/index';
import type { AnalyzeReply } from '../../shared/messages';
import { encodeAnalysis } from '../../shared/analysis-wire';

/** Inside the extension package; fetched relative to the extension's root. */
export const MODEL_PATH = 'models/ner.bin';

export interface Engine {
  run: Analyzer;
  tagger: Tagger['kind'];
}

/** Fetches the model from `url` and builds the engine. */
export async function loadEngine(url: string): Promise<Engine> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`model: HTTP ${res.status} for ${MODEL_PATH}`);
  // The WebAssembly tagger needs 'wasm-unsafe-eval' in the manifest's CSP; without it this falls back to JavaScript.
  const tagger = loadTagger(new Uint8Array(await res.arrayBuffer()));
  return { run: createAnalyzer(tagger), tagger: tagger.kind };
}

/** Runs `engine` over `text`; `modelLoadMs` is what loading cost this request (0 when it was loaded already). */
export function runEngine(engine: Engine, text: string, modelLoadMs: number): AnalyzeReply {
  const t0 = performance.now();
  const analysis = engine.run(text);
  const analysisMs = performance.now() - t0;
  return { analysis: encodeAnalysis(analysis), modelLoadMs, analysisMs, tagger: engine.tagger };
}
