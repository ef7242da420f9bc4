/**
 * Watches the page for text changes we should follow (lazy-loaded paragraphs, a re-rendered
 * paragraph, a late-rendered article) and calls `run` coalesced and rate-limited:
 *  - our own mutations never count: the annotator handles the page's pending records and stops
 *    observing around each of its DOM changes (`suspend`/`resume`), so they make no records at all
 *    (on a 1 MB article, creating and then dropping ~100k records was ~15% of highlighting), and
 *    records about our elements are ignored;
 *  - bursts coalesce: the first relevant change arms one timer, later ones ride along;
 *  - a page that never stops mutating cannot make us loop: the gap between runs that did real
 *    work doubles while changes keep coming (up to MAX_GAP_MS) and relaxes once the page is
 *    quiet; blocks that keep changing are held back until quiet (settle.ts), so runs stay cheap.
 */
import { ATTR_UI, MENTION_TAG } from '../highlight/markup';

const DEBOUNCE_MS = 150;
export const BASE_GAP_MS = 400;
const MAX_GAP_MS = 8000;
/** A run starting within the gap plus this of the previous one means "the page keeps changing". */
const BUSY_SLACK_MS = 1000;

function isOurs(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.localName === MENTION_TAG || el.localName.startsWith('archyde-') || el.hasAttribute(ATTR_UI);
}

function relevant(r: MutationRecord): boolean {
  if (r.type === 'characterData') return !r.target.parentElement?.closest(`[${ATTR_UI}]`);
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.some((n) => !isOurs(n) && (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE));
}

export interface ChangeWatcher {
  observe(target: Node): void;
  disconnect(): void;
  /** Handles records queued but not delivered yet and stops observing (call before our own mutations). */
  suspend(): void;
  /** Observes again what was observed before `suspend` (call right after our own mutations). */
  resume(): void;
  /** Asks for a run as if the page had changed (e.g. a block went stale mid-run). */
  poke(): void;
  /** Time spent in our observer callbacks, ms. */
  readonly busyMs: number;
  /**
   * How many batches of the page's change records have been handled (any change, relevant or
   * not). Unchanged between two moments (after `suspend`, which handles pending records), the
   * observed subtrees' nodes and text are as they were: our own changes make no records.
   */
  readonly changes: number;
}

/** `run` resolves true when it did real work (ran the analyzer): only then does the gap grow. */
export function createChangeWatcher(run: () => Promise<boolean>, signal: AbortSignal): ChangeWatcher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let gap = BASE_GAP_MS;
  let lastRunEnd = -Infinity;
  let busyMs = 0;
  let changes = 0;

  const fire = async () => {
    timer = null;
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    const busy = started - lastRunEnd < gap + BUSY_SLACK_MS;
    let worked = true;
    try {
      worked = await run();
    } finally {
      running = false;
      if (worked) gap = busy ? Math.min(gap * 2, MAX_GAP_MS) : BASE_GAP_MS;
      lastRunEnd = performance.now();
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  function schedule(): void {
    if (timer !== null || signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    const wait = Math.max(DEBOUNCE_MS, lastRunEnd + gap - performance.now());
    timer = setTimeout(() => void fire(), wait);
  }

  const handle = (records: MutationRecord[]) => {
    if (records.length === 0) return;
    changes++;
    const t0 = performance.now();
    if (records.some(relevant)) schedule();
    busyMs += performance.now() - t0;
  };

  const mo = new MutationObserver(handle);
  signal.addEventListener('abort', () => {
    mo.disconnect();
    if (timer !== null) clearTimeout(timer);
  });

  const targets = new Set<Node>();
  const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  return {
    observe: (target) => {
      targets.add(target);
      mo.observe(target, OPTIONS);
    },
    disconnect: () => {
      targets.clear();
      mo.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    suspend: () => {
      handle(mo.takeRecords());
      mo.disconnect();
    },
    resume: () => {
      if (signal.aborted) return;
      for (const t of targets) mo.observe(t, OPTIONS);
    },
    poke: schedule,
    get busyMs() {
      return busyMs;
    },
    get changes() {
      return changes;
    },
  };
}
