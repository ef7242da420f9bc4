/**
 * How every open context learns that notes changed: the background writes a small change
 * record to `storage.local` after each write it acknowledged, and content scripts, the popup
 * and the options page follow `storage.onChanged`. The page world cannot see extension
 * storage, so nothing of the notes reaches the page through this channel; only keys travel,
 * and each context asks the background again for what it shows.
 */
import browser from './browser';

export interface NotesChange {
  /** Date.now() of the write (two identical changes still fire: storage skips equal values). */
  at: number;
  /** Page keys whose notes changed. */
  pageKeys: string[];
  /** Entity keys whose entity notes changed. */
  entityKeys: string[];
  /** Many or all notes changed (import, delete all): refresh everything. */
  all: boolean;
}

const KEY = 'notesChange';

export function announceNotesChange(change: Omit<NotesChange, 'at'>): Promise<void> {
  return browser.storage.local.set({ [KEY]: { ...change, at: Date.now() } });
}

/** Calls `cb` for each change until `signal` aborts. */
export function onNotesChanged(cb: (change: NotesChange) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const value = area === 'local' ? (changes[KEY]?.newValue as NotesChange | undefined) : undefined;
    if (value && Array.isArray(value.pageKeys) && Array.isArray(value.entityKeys)) cb(value);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
