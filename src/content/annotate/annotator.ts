/**
 * The page-side pipeline: find the article, analyse its whole text once, highlight block by
 * block in short slices, then follow the page's changes (see observer.ts). One instance per
 * page; aborting `signal` undoes everything it did.
 */
import type { DocumentAnalysis } from '../../core/types';
import { decodeAnalysis } from '../../shared/analysis-wire';
import type { PageAnalyzer } from '../model/background-analyzer';
import { findArticle, type FoundArticle } from '../article/find';
import { readTextBlocks, type TextBlock } from '../article/blocks';
import { ATTR_HIGHLIGHTS, ATTR_SHOWN_TYPES } from '../highlight/markup';
import { BlockHighlights } from './apply';
import { createChangeWatcher } from './observer';
import { joinArticle, planBlocks } from './plan';
import { afterPaint, FIRST_SLICE_MS, FIRST_TASK_MS, SLICE_MS, Slicer } from './scheduler';
import { SettleFilter } from './settle';
import { MAX_ANALYSED_CHARS } from '../../shared/limits';
import { emptyResult, type AnnotationResult, type AnnotatorStats } from './result';

export type { AnnotationResult, AnnotatorStats } from './result';

export interface AnnotatorOptions {
  doc: Document;
  /** Runs the entity engine over the article text (in the background, see model/background-analyzer.ts). */
  analyze: PageAnalyzer;
  signal: AbortSignal;
  /** When the content script started (performance.now()); first-paint timing counts from here. */
  startedAt?: number;
  /**
   * Resolves once the reader's settings are applied. A pass may read the article and have it
   * analysed before that, but wraps nothing until then (a site the reader switched off gets no
   * highlight, not even briefly).
   */
  ready?: Promise<unknown>;
}

export interface Annotator {
  annotate(): Promise<AnnotationResult>;
  removeAll(): void;
  setVisible(on: boolean): void;
  analysis(): DocumentAnalysis;
  mentionElements(entityId: string): HTMLElement[];
  onChange(cb: (result: AnnotationResult) => void): () => void;
  stats(): AnnotatorStats;
}

/** More text than this is not highlighted within one frame anyway (a news article is 3-15k chars). */
const ONE_FRAME_CHARS = 50_000;
/**
 * An article container with fewer elements than this (a news article has tens to a few hundred)
 * is read and sent within its whole first slice, however long the script's evaluation took (see
 * FIRST_TASK_MS). Counting is cheap where measuring the text is not: 0-1 ms for the 1 MB page's
 * 4,000 elements in both browsers, against 24-28 ms for its textContent in Chromium (10-16 in Firefox).
 */
const SMALL_ARTICLE_ELEMENTS = 500;
/** Less article text than this is not an article yet (e.g. rendered later by script). */
const MIN_ARTICLE_CHARS = 200;

/** The article's blocks up to MAX_ANALYSED_CHARS, whole blocks only, read in `slicer`'s slices. */
async function readArticle(body: Element, headline: Element | null, slicer: Slicer): Promise<TextBlock[]> {
  const blocks = await readTextBlocks(body, headline, MAX_ANALYSED_CHARS, slicer.breathe);
  let total = 0;
  const out: TextBlock[] = [];
  for (const b of blocks) {
    total += b.text.length + 2;
    if (total > MAX_ANALYSED_CHARS && out.length > 0) break; // also drops a block the reader cut short
    out.push(b);
  }
  return out;
}

export function createAnnotator({ doc, analyze, signal, startedAt = performance.now(), ready = Promise.resolve() }: AnnotatorOptions): Annotator {
  let article: FoundArticle | null = null;
  let current: DocumentAnalysis = { mentions: [], entities: [] };
  let result: AnnotationResult = emptyResult();
  let active = false; // between annotate() and removeAll()
  let runs = 0;
  let runBusyMs = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let pending: Promise<AnnotationResult> | null = null;
  const listeners = new Set<(r: AnnotationResult) => void>();

  // The last request, reused when the same text is asked for again (a pass repeated before its reply).
  let lastRequest: { text: string; reply: ReturnType<PageAnalyzer> } | null = null;
  const request: PageAnalyzer = (text, hooks) => {
    if (lastRequest?.text === text) {
      hooks.sent();
      return lastRequest.reply;
    }
    const reply = analyze(text, hooks);
    const mine = { text, reply };
    lastRequest = mine;
    reply.catch(() => {
      if (lastRequest === mine) lastRequest = null; // a failed request may be retried
    });
    return reply;
  };

  let analysedText: string | null = null; // the text `current` was computed from
  let analysedNow = false; // the last pass ran the analyzer (the watcher backs off only after real work)
  const watcher = createChangeWatcher(async () => {
    analysedNow = false;
    await serial(() => (article ? update(false) : locate(false)));
    return analysedNow;
  }, signal);
  const settle = new SettleFilter(() => watcher.poke(), signal);
  // Mention elements by entity, for the cards; rebuilt lazily after any change we make, because a
  // long article has tens of thousands of elements and cards ask for one entity's at a time.
  let byEntity: Map<string, HTMLElement[]> | null = null;
  let mutating = 0;
  /**
   * Keeps the watcher suspended until the returned release is called; nested holds suspend it
   * once. Highlighting holds it for a whole slice rather than per block (each resume re-observes
   * the article subtree) and releases it before every pause, so the page's own changes are seen.
   */
  const holdWatcher = (): (() => void) => {
    if (mutating++ === 0) watcher.suspend();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--mutating === 0) watcher.resume();
    };
  };
  const mutate = <T>(fn: () => T): T => {
    const release = holdWatcher();
    byEntity = null;
    try {
      return fn();
    } finally {
      release();
    }
  };
  const highlights = new BlockHighlights(mutate);

  /**
   * Runs never overlap: a change-triggered run waits for the one in progress. With none in
   * progress, a run starts synchronously: the first pass's read and request then run in the
   * microtasks of the content script's first task, ahead of the rest of its start-up, which
   * session.ts puts in the next task.
   */
  let queued = 0; // runs started or waiting
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = (): Promise<T> => {
      try {
        return fn();
      } catch (err) {
        return Promise.reject(err);
      }
    };
    const next = (queued++ === 0 ? run() : queue.then(run, run)).finally(() => queued--);
    queue = next.catch(() => undefined);
    return next;
  }

  let firstSliceMs = 0; // the first pass's first slice (reported in the timings)
  let inScriptTask = true; // until the first pass starts: it runs in the content script's first task
  /** Finds the article and reads it once; when there is none yet, watches the document for it. */
  async function locate(first: boolean): Promise<AnnotationResult> {
    if (!active || signal.aborted) return result;
    const found = findArticle(doc);
    // A static list: a live one (getElementsByTagName) would be kept up to date through all our insertions.
    const small = first && found.body.querySelectorAll('*').length < SMALL_ARTICLE_ELEMENTS;
    // One clock reading for the pass's start and the first task's bound, so the timings report
    // exactly the start the bound was computed from.
    const t0 = performance.now();
    const sinceStart = inScriptTask ? t0 - startedAt : 0;
    inScriptTask = false;
    const sliceMs = !first ? SLICE_MS : small ? FIRST_SLICE_MS : Math.max(SLICE_MS, Math.min(FIRST_SLICE_MS, FIRST_TASK_MS - sinceStart));
    if (first) firstSliceMs = sliceMs;
    const slicer = new Slicer(sliceMs);
    // Watched before reading: a change while the read pauses asks for another pass.
    watcher.disconnect();
    watcher.observe(found.body);
    if (found.headline && !found.body.contains(found.headline)) watcher.observe(found.headline);
    const changes = watcher.changes;
    const blocks = found.method === 'body' ? [] : await readArticle(found.body, found.headline, slicer);
    if (!active || signal.aborted) return done(slicer, result);
    const chars = blocks.reduce((n, b) => n + b.text.length, 0);
    if (found.method === 'body' || chars < MIN_ARTICLE_CHARS || !found.body.isConnected) {
      watcher.disconnect();
      if (doc.body) watcher.observe(doc.body);
      result = { ...result, found: false, method: found.method };
      return done(slicer, result);
    }
    article = found;
    return update(first, { blocks, slicer, t0, changes });
  }

  /** Ends a pass's slicing, counting its busy time. */
  function done(slicer: Slicer, r: AnnotationResult): AnnotationResult {
    slicer.end();
    runBusyMs += slicer.busyMs;
    return r;
  }

  let settingsReady = false;
  void ready.then(() => (settingsReady = true), () => undefined);

  /**
   * One pass: re-read (unless `read` brings the blocks just read by `locate`), re-analyse the whole
   * text, reconcile block by block. All page-side work runs in the slicer's slices.
   */
  async function update(first: boolean, read?: { blocks: TextBlock[]; slicer: Slicer; t0: number; changes: number }): Promise<AnnotationResult> {
    if (!active || signal.aborted || !article) return result;
    if (!article.body.isConnected) {
      highlights.dropExcept(new Set());
      article = null;
      return locate(first);
    }
    const sliceMs = first ? FIRST_SLICE_MS : SLICE_MS;
    const slicer = read?.slicer ?? new Slicer(sliceMs);
    const t0 = read?.t0 ?? performance.now();
    const changesAtRead = read?.changes ?? watcher.changes; // see reconcile's `asRead`
    const all = read?.blocks ?? (await readArticle(article.body, article.headline, slicer));
    if (!active || signal.aborted) return done(slicer, result);
    if (!article.body.isConnected) {
      done(slicer, result);
      return update(first); // removed while we read: find it again
    }
    const blocks = settle.filter(all);
    const joined = await joinArticle(blocks, slicer.breathe);
    if (!active || signal.aborted) return done(slicer, result);
    const tRead = performance.now();
    const fresh = joined.text !== analysedText; // unchanged text: the last analysis still holds
    let modelLoadMs = result.timings.modelLoadMs;
    let engineMs = result.timings.engineMs;
    let tReply = tRead;
    if (fresh) {
      // The page's thread is free while the background analyses; a long text is sent in slices.
      const reply = await request(joined.text, { pause: slicer.breathe, sent: () => slicer.end() });
      if (!active || signal.aborted) return done(slicer, result);
      tReply = performance.now();
      // The long first slice is for an article that can be done before the next frame; after a
      // long article's reply (itself a task of deserialising) it would only add to that task.
      slicer.begin(joined.text.length > ONE_FRAME_CHARS ? SLICE_MS : sliceMs);
      const analysis = await decodeAnalysis(reply.analysis, joined.text, slicer.breathe);
      if (!active || signal.aborted) return done(slicer, result);
      current = analysis;
      modelLoadMs += reply.modelLoadMs;
      engineMs = reply.analysisMs;
      analysedText = joined.text;
      analysedNow = true;
      runs++;
    }
    if (!settingsReady) {
      slicer.end();
      await ready;
      if (!active || signal.aborted) return done(slicer, result);
      slicer.begin(sliceMs);
    }
    const plans = await planBlocks(blocks, joined, current, slicer.breathe);
    if (!active || signal.aborted) return done(slicer, result);
    highlights.dropExcept(new Set(blocks.map((b) => b.element)));
    let touched = 0;
    let release = holdWatcher();
    try {
      for (const plan of plans) {
        if (!active || signal.aborted) break;
        const outcome = highlights.reconcile(plan, fresh, watcher.changes === changesAtRead);
        if (outcome === 'wrapped') touched++;
        if (outcome === 'stale') watcher.poke();
        const pause = slicer.breathe();
        if (pause) {
          release();
          await pause;
          release = holdWatcher();
        }
      }
    } finally {
      release();
    }
    done(slicer, result);
    const t2 = performance.now();
    const painted = first ? await afterPaint() : false;
    result = {
      found: true,
      method: article.method,
      blocks: blocks.length,
      mentions: current.mentions.length,
      entities: current.entities.length,
      elements: highlights.count(),
      touchedBlocks: touched,
      timings: {
        ...result.timings,
        modelLoadMs,
        engineMs,
        scriptStartedAt: startedAt,
        startMs: first ? t0 - startedAt : result.timings.startMs,
        readMs: tRead - t0,
        // Round trip to the background, without the model load it may have included.
        analysisMs: fresh ? tReply - tRead - (modelLoadMs - result.timings.modelLoadMs) : result.timings.analysisMs,
        highlightMs: t2 - tReply,
        paintedMs: first ? (painted ? performance.now() - startedAt : -1) : result.timings.paintedMs,
        firstSliceMs,
        longestSliceMs: slicer.longest,
        slices: slicer.slices,
      },
    };
    for (const cb of listeners) cb(result);
    return result;
  }

  // The reader's shown types decide which mentions are tab stops: follow them as they change.
  const typesWatch = new MutationObserver(() => highlights.refresh());
  typesWatch.observe(doc.documentElement, { attributes: true, attributeFilter: [ATTR_SHOWN_TYPES] });

  signal.addEventListener('abort', () => {
    typesWatch.disconnect();
    active = false;
    watcher.disconnect();
    highlights.removeAll();
    doc.documentElement.removeAttribute(ATTR_HIGHLIGHTS);
  });

  return {
    annotate() {
      if (signal.aborted) return Promise.resolve(result);
      if (active && pending) return pending; // the first pass is still running: share it
      active = true;
      pending = serial(() => (article ? update(true) : locate(true)));
      return pending;
    },
    removeAll() {
      active = false;
      pending = null;
      watcher.disconnect();
      highlights.removeAll();
      article = null;
      result = { ...result, elements: 0 };
      for (const cb of listeners) cb(result);
    },
    setVisible(on) {
      if (on) doc.documentElement.setAttribute(ATTR_HIGHLIGHTS, 'on');
      else doc.documentElement.removeAttribute(ATTR_HIGHLIGHTS);
      highlights.setVisible(on);
    },
    analysis: () => current,
    mentionElements(entityId) {
      byEntity ??= highlights.byEntity();
      // The page may remove elements behind our back: only connected ones count.
      return (byEntity.get(entityId) ?? []).filter((el) => el.isConnected);
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    stats: () => ({ runs, busyMs: runBusyMs + watcher.busyMs }),
  };
}
