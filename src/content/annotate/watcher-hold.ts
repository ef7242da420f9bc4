/**
 * Our own DOM changes happen with the change watcher suspended, so they make no mutation records
 * (see observer.ts). Nested holds suspend it once. Highlighting holds it for a whole slice rather
 * than per block (each resume re-observes the article subtree) and releases it before every
 * pause, so the page's own changes are seen.
 */
import type { ChangeWatcher } from './observer';
import type { Mutate } from './apply';

export class WatcherHold {
  private depth = 0;

  /** `onMutate` runs before each of our changes (e.g. to drop what was derived from the DOM). */
  constructor(
    private readonly watcher: ChangeWatcher,
    private readonly onMutate: () => void,
  ) {}

  /** Suspends the watcher until the returned release is called (calling it again does nothing). */
  hold(): () => void {
    if (this.depth++ === 0) this.watcher.suspend();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--this.depth === 0) this.watcher.resume();
    };
  }

  readonly mutate: Mutate = (fn) => {
    const release = this.hold();
    this.onMutate();
    try {
      return fn();
    } finally {
      release();
    }
  };
}
