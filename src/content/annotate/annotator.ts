/**
 * The page-side pipeline's front: when to run a pass (pass.ts) and what the rest of the content
 * script may ask. The first pass runs when highlights are switched on; later ones when the page
 * changes (observer.ts), one at a time (run-queue.ts). One instance per page; aborting `signal`
 * undoes everything it did.
 */
import type { DocumentAnalysis } from '../../core/types';
import type { PageAnalyzer } from '../model/background-analyzer';
import { onPageToneChange } from '../highlight/page-tone';
import { onShownTypesChange } from '../highlight/shown-types';
import { onTypeColorsChange } from '../highlight/type-colors';
import { watchTone } from '../highlight/tone-watch';
import { BlockHighlights } from './apply';
import { createChangeWatcher } from './observer';
import { ArticlePasses } from './pass';
import { reusingLastRequest } from './request-cache';
import { RunQueue } from './run-queue';
import { SettleFilter } from './settle';
import { TimingRecorder } from './timings';
import { WatcherHold } from './watcher-hold';
import type { AnnotationTimings } from '../../shared/page-reports';
import type { AnnotationResult, AnnotatorStats } from './result';

export interface AnnotatorOptions {
  doc: Document;
  /** Runs the entity engine over the article text (in the background, see model/background-analyzer.ts). */
  analyze: PageAnalyzer;
  signal: AbortSignal;
  /** When the content script started (performance.now()); first-paint timing counts from here. */
  startedAt?: number;
  /** Resolves once the reader's settings are applied: nothing is wrapped before (see PassDeps.ready). */
  ready?: Promise<unknown>;
}

export interface Annotator {
  /** Runs the first pass (or shares the one running); resolves when its highlights are applied or it failed. */
  annotate(): Promise<AnnotationResult>;
  removeAll(): void;
  setVisible(on: boolean): void;
  analysis(): DocumentAnalysis;
  mentionElements(entityId: string): HTMLElement[];
  /** Called after every pass that applied highlights or failed, and after removeAll. */
  onChange(cb: (result: AnnotationResult) => void): () => void;
  /** What the latest pass came to, "no article" included (the empty result before the first). */
  latest(): AnnotationResult;
  stats(): AnnotatorStats;
  timings(): AnnotationTimings;
}

export function createAnnotator({ doc, analyze, signal, startedAt = performance.now(), ready = Promise.resolve() }: AnnotatorOptions): Annotator {
  let active = false; // between annotate() and removeAll()
  let pending: Promise<AnnotationResult> | null = null;
  const listeners = new Set<(r: AnnotationResult) => void>();
  const queue = new RunQueue();
  const timings = new TimingRecorder(startedAt);

  const watcher = createChangeWatcher(
    () =>
      queue.run(() =>
        passes
          .run(false)
          .then(report)
          .then(() => passes.requested),
      ),
    signal,
  );
  // Mention elements by entity, for the cards; rebuilt lazily after any change we make, because a
  // long article has tens of thousands of elements and cards ask for one entity's at a time.
  let byEntity: Map<string, HTMLElement[]> | null = null;
  const hold = new WatcherHold(watcher, () => (byEntity = null));
  const highlights = new BlockHighlights(hold.mutate);
  const tone = watchTone(doc, signal);
  const passes = new ArticlePasses({
    doc,
    request: reusingLastRequest(analyze),
    highlights,
    watcher,
    hold,
    settle: new SettleFilter(() => watcher.poke(), signal),
    timings,
    live: () => active && !signal.aborted,
    ready,
    beforeApply: (body) => tone.follow(body),
  });

  /** Tells the listeners what a pass came to when it applied highlights or failed (not "no article yet", not "stopped"). */
  function report(r: AnnotationResult): AnnotationResult {
    if (passes.concluded) for (const cb of listeners) cb(r);
    return r;
  }

  // The reader's shown types decide which mentions are tab stops: follow them as they change.
  const offTypes = onShownTypesChange(doc, () => highlights.refresh());
  // And their colours, which our elements carry as custom properties (type-colors.ts).
  const offColours = onTypeColorsChange(doc, () => highlights.refresh());
  // And the page's tone decides their palette: a site switching to its dark theme repaints them.
  const offTone = onPageToneChange(doc, () => highlights.refresh());

  signal.addEventListener('abort', () => {
    offTypes();
    offColours();
    offTone();
    active = false;
    watcher.disconnect();
    highlights.removeAll();
  });

  return {
    annotate() {
      if (signal.aborted) return Promise.resolve(passes.result);
      if (active && pending) return pending; // the first pass is still running: share it
      active = true;
      pending = queue.run(() => passes.run(true).then(report));
      return pending;
    },
    removeAll() {
      active = false;
      pending = null;
      watcher.disconnect();
      highlights.removeAll();
      passes.forget();
      for (const cb of listeners) cb(passes.result);
    },
    setVisible(on) {
      highlights.setVisible(on);
    },
    analysis: () => passes.current(),
    mentionElements(entityId) {
      byEntity ??= highlights.byEntity();
      // The page may remove elements behind our back: only connected ones count.
      return (byEntity.get(entityId) ?? []).filter((el) => el.isConnected);
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    latest: () => passes.result,
    stats: () => ({ passes: timings.passes, runs: timings.runs, busyMs: timings.busyMs + watcher.busyMs }),
    timings: () => timings.snapshot(),
  };
}
