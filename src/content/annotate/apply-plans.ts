/**
 * The last step of a pass: every block's highlights brought in line with its plan, in the pass's
 * slices. The change watcher is held for a whole slice and released before each pause, so the
 * page's own changes during the pauses are seen.
 */
import type { BlockHighlights } from './apply';
import type { ChangeWatcher } from './observer';
import type { BlockPlan } from './plan';
import type { Slicer } from './scheduler';
import type { WatcherHold } from './watcher-hold';

export interface ApplyDeps {
  highlights: BlockHighlights;
  watcher: ChangeWatcher;
  hold: WatcherHold;
  live(): boolean;
}

/**
 * `relabel`: the analysis was re-run (see BlockHighlights.reconcile). `changesAtRead`: the
 * watcher's change count when the blocks were read. Returns how many blocks were (re)wrapped.
 */
export async function applyPlans(plans: readonly BlockPlan[], deps: ApplyDeps, slicer: Slicer, relabel: boolean, changesAtRead: number): Promise<number> {
  const { highlights, watcher, hold, live } = deps;
  let touched = 0;
  let release = hold.hold();
  try {
    for (const plan of plans) {
      if (!live()) break;
      const outcome = highlights.reconcile(plan, relabel, watcher.changes === changesAtRead);
      if (outcome === 'wrapped') touched++;
      if (outcome === 'stale') watcher.poke();
      const pause = slicer.breathe();
      if (pause) {
        release();
        await pause;
        release = hold.hold();
      }
    }
  } finally {
    release();
  }
  return touched;
}
