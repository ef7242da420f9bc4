/**
 * Message handlers for the annotator: the popup (and the e2e tests) turn highlights on and off
 * and read what was found. Returns the function that removes the handlers.
 */
import { handle } from '../../shared/messaging';
import type { AnnotationSummary, ContentRequests } from '../../shared/messages';
import type { Annotator } from './annotator';
import type { AnnotationResult } from './result';
import { findArticle } from '../article/find';
import { collectTextBlocks } from '../article/blocks';

function summary(annotator: Annotator, r: AnnotationResult): AnnotationSummary {
  const { passes, runs, busyMs } = annotator.stats();
  return {
    state: r.state,
    error: r.error,
    on: r.elements > 0,
    found: r.found,
    method: r.method,
    mentions: r.mentions,
    entities: r.entities,
    elements: r.elements,
    passes,
    runs,
    busyMs,
    timings: annotator.timings(),
  };
}

export function registerAnnotationHandlers(annotator: Annotator): () => void {
  let last: AnnotationResult | null = null;
  const stop = annotator.onChange((r) => {
    last = r;
  });
  // Reading never starts a pass: highlights may be off for this site. Before any pass applied
  // highlights, the latest pass says whether it found no article (its method set, found false).
  const current = (): AnnotationResult => last ?? annotator.latest();
  const unhandle = handle<ContentRequests>({
    'page/highlights': async ({ on }) => {
      if (on) {
        annotator.setVisible(true); // first, so the new elements get their tab stops as they are made
        return summary(annotator, await annotator.annotate());
      }
      annotator.setVisible(false);
      annotator.removeAll();
      return summary(annotator, current());
    },
    'page/annotation': () => {
      const r = current();
      const analysis = annotator.analysis();
      return {
        ...summary(annotator, r),
        entityList: analysis.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length })),
      };
    },
    'page/article': () => {
      const found = findArticle(document);
      return { method: found.method, blocks: collectTextBlocks(found.body, found.headline).map((b) => b.text) };
    },
  });
  return () => {
    stop();
    unhandle();
  };
}
