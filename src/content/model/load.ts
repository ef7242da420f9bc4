/**
 * Loads the entity model from the extension package, lazily and once per page. The bytes come
 * from models/ (a web_accessible_resource for Archyde pages, so the content script may fetch it);
 * nothing is downloaded from the network.
 */
import browser from '../../shared/browser';
import { createAnalyzer, type Analyzer } from '../../core/analyze';
import { loadTagger } from '../../core/ner/index';

export const MODEL_PATH = 'models/ner.bin';

let cached: Promise<Analyzer> | null = null;

async function load(): Promise<Analyzer> {
  const res = await fetch(browser.runtime.getURL(MODEL_PATH));
  if (!res.ok) throw new Error(`model: HTTP ${res.status} for ${MODEL_PATH}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return createAnalyzer(loadTagger(bytes));
}

/** The page's analyzer; the first call loads the model, later calls share it. A failed load may be retried. */
export function loadAnalyzer(): Promise<Analyzer> {
  if (!cached) {
    cached = load();
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
