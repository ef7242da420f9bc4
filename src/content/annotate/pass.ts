/**
 * One annotation pass over the page: find the article (once), read it, have the whole text
 * analysed, plan every block's highlights, apply them block by block. All page-side work runs in
 * a Slicer's short slices. The pass keeps what later passes build on: the article, the analysis
 * and the text it was made from (an unchanged text is not sent again), and the last result.
 * When to run a pass is the annotator's business (annotator.ts).
 */
import type { DocumentAnalysis } from '../../core/types';
import { decodeAnalysis } from '../../shared/analysis-wire';
import type { AnalyzeReply } from '../../shared/messages';
import type { PageAnalyzer } from '../model/background-analyzer';
import { findArticle, type FoundArticle } from '../article/find';
import type { TextBlock } from '../article/blocks';
import type { BlockHighlights } from './apply';
import type { ChangeWatcher } from './observer';
import { joinArticle, planBlocks } from './plan';
import { applyPlans } from './apply-plans';
import { isSmallArticle, MIN_ARTICLE_CHARS, readArticle } from './read';
import { firstSliceBudget, FIRST_SLICE_MS, SLICE_MS, Slicer } from './scheduler';
import type { SettleFilter } from './settle';
import type { TimingRecorder } from './timings';
import type { WatcherHold } from './watcher-hold';
import { describeFailure } from './failure';
import { emptyResult, type AnnotationResult } from './result';

/** More text than this is not highlighted within one frame anyway (a news article is 3-15k chars). */
const ONE_FRAME_CHARS = 50_000;

export interface PassDeps {
  doc: Document;
  request: PageAnalyzer;
  highlights: BlockHighlights;
  watcher: ChangeWatcher;
  hold: WatcherHold;
  settle: SettleFilter;
  timings: TimingRecorder;
  /** False once highlights are switched off or the script is going away: the pass stops where it is. */
  live(): boolean;
  /**
   * Resolves once the reader's settings are applied. A pass may read the article and have it
   * analysed before that, but wraps nothing until then (a site the reader switched off gets no
   * highlight, not even briefly).
   */
  ready: Promise<unknown>;
  /** Called with the article's body before highlights are applied to it (the palette follows its background, tone-watch.ts). */
  beforeApply?(body: Element): void;
}

/** What a pass read, handed from finding the article to the rest of the pass. */
interface Read {
  blocks: TextBlock[];
  slicer: Slicer;
  start: number;
  /** The watcher's change count when reading began (see BlockHighlights.reconcile's `asRead`). */
  changes: number;
}

export class ArticlePasses {
  private article: FoundArticle | null = null;
  private analysis: DocumentAnalysis = { mentions: [], entities: [] };
  /** The text `analysis` was computed from. */
  private analysedText: string | null = null;
  private settingsReady = false;
  /** Until the first pass starts: it runs in the content script's first task. */
  private inScriptTask = true;
  /** The last pass asked the background for an analysis (the watcher backs off only after real work). */
  requested = false;
  /** The last pass applied highlights or failed: its result is news for the annotator's listeners. */
  concluded = false;
  result: AnnotationResult = emptyResult();

  constructor(private readonly deps: PassDeps) {
    void deps.ready.then(
      () => (this.settingsReady = true),
      () => undefined,
    );
  }

  current(): DocumentAnalysis {
    return this.analysis;
  }

  /** Runs one pass; `first` for the pass that switches highlights on (its first slice is longer). */
  async run(first: boolean): Promise<AnnotationResult> {
    this.requested = false;
    this.concluded = false;
    this.deps.timings.passes++;
    try {
      return await (this.article ? this.update(first) : this.locate(first));
    } catch (err) {
      return this.fail(err); // any failure is the page's recorded state, never only a rejected promise
    }
  }

  /** Highlights were removed: the next pass finds the article again. */
  forget(): void {
    this.article = null;
    this.result = { ...this.result, elements: 0 };
  }

  private fail(err: unknown): AnnotationResult {
    this.result = { ...this.result, state: 'failed', error: describeFailure(err) };
    this.concluded = true;
    return this.result;
  }

  /** Ends a pass's slicing (counting its busy time) and returns `r`. */
  private done(slicer: Slicer, r: AnnotationResult): AnnotationResult {
    this.deps.timings.endSlicing(slicer);
    return r;
  }

  /** Finds the article and reads it once; when there is none yet, watches the document for it. */
  private async locate(first: boolean): Promise<AnnotationResult> {
    const { doc, watcher, timings, live } = this.deps;
    if (!live()) return this.result;
    const found = findArticle(doc);
    const small = first && isSmallArticle(found.body);
    // One clock reading for the pass's start and the first task's bound, so the timings report
    // exactly the start the bound was computed from.
    const start = performance.now();
    const sinceStart = this.inScriptTask ? start - timings.startedAt : 0;
    this.inScriptTask = false;
    const sliceMs = !first ? SLICE_MS : firstSliceBudget(small, sinceStart);
    if (first) timings.firstSlice(sliceMs);
    const slicer = new Slicer(sliceMs);
    // Watched before reading: a change while the read pauses asks for another pass.
    watcher.disconnect();
    watcher.observe(found.body);
    if (found.headline && !found.body.contains(found.headline)) watcher.observe(found.headline);
    const changes = watcher.changes;
    const blocks = found.method === 'body' ? [] : await readArticle(found.body, found.headline, slicer);
    if (!live()) return this.done(slicer, this.result);
    const chars = blocks.reduce((n, b) => n + b.text.length, 0);
    if (found.method === 'body' || chars < MIN_ARTICLE_CHARS || !found.body.isConnected) {
      watcher.disconnect();
      if (doc.body) watcher.observe(doc.body);
      this.result = { ...this.result, found: false, method: found.method };
      return this.done(slicer, this.result);
    }
    this.article = found;
    return this.update(first, { blocks, slicer, start, changes });
  }

  /**
   * Re-reads the article (unless `read` brings the blocks `locate` just read), has the whole text
   * analysed again when it changed, and reconciles block by block.
   */
  private async update(first: boolean, read?: Read): Promise<AnnotationResult> {
    const { request, highlights, watcher, settle, timings, live } = this.deps;
    const article = this.article;
    if (!live() || !article) return this.result;
    if (!article.body.isConnected) {
      highlights.dropExcept(new Set());
      this.article = null;
      return this.locate(first);
    }
    const sliceMs = first ? FIRST_SLICE_MS : SLICE_MS;
    const slicer = read?.slicer ?? new Slicer(sliceMs);
    const start = read?.start ?? performance.now();
    const changesAtRead = read?.changes ?? watcher.changes;
    const all = read?.blocks ?? (await readArticle(article.body, article.headline, slicer));
    if (!live()) return this.done(slicer, this.result);
    if (!article.body.isConnected) {
      this.done(slicer, this.result);
      return this.update(first); // removed while we read: find it again
    }
    const blocks = settle.filter(all);
    const joined = await joinArticle(blocks, slicer.breathe);
    if (!live()) return this.done(slicer, this.result);
    const tRead = performance.now();
    const fresh = joined.text !== this.analysedText; // unchanged text: the last analysis still holds
    let reply: AnalyzeReply | undefined;
    let tReply = tRead;
    if (fresh) {
      this.requested = true;
      try {
        // The page's thread is free while the background analyses; a long text is sent in slices.
        reply = await request(joined.text, { pause: slicer.breathe, sent: () => slicer.end() });
        if (!live()) return this.done(slicer, this.result);
        tReply = performance.now();
        // The long first slice is for an article that can be done before the next frame; after a
        // long article's reply (itself a task of deserialising) it would only add to that task.
        slicer.begin(joined.text.length > ONE_FRAME_CHARS ? SLICE_MS : sliceMs);
        const analysis = await decodeAnalysis(reply.analysis, joined.text, slicer.breathe);
        if (!live()) return this.done(slicer, this.result);
        this.analysis = analysis;
        this.analysedText = joined.text;
        timings.runs++;
      } catch (err) {
        this.done(slicer, this.result);
        return this.fail(err);
      }
    }
    if (!this.settingsReady) {
      slicer.end();
      await this.deps.ready;
      if (!live()) return this.done(slicer, this.result);
      slicer.begin(sliceMs);
    }
    const plans = await planBlocks(blocks, joined, this.analysis, slicer.breathe);
    if (!live()) return this.done(slicer, this.result);
    highlights.dropExcept(new Set(blocks.map((b) => b.element)));
    this.deps.beforeApply?.(article.body);
    const touched = await applyPlans(plans, this.deps, slicer, fresh, changesAtRead);
    this.done(slicer, this.result);
    timings.pass(first, { start, read: tRead, reply: tReply, applied: performance.now() }, slicer, reply);
    this.result = {
      state: 'done',
      error: null,
      found: true,
      method: article.method,
      blocks: blocks.length,
      mentions: this.analysis.mentions.length,
      entities: this.analysis.entities.length,
      elements: highlights.count(),
      touchedBlocks: touched,
    };
    this.concluded = true;
    return this.result;
  }
}
