/**
 * Wraps the notes handlers so that every acknowledged write is announced to the open tabs and
 * extension pages (src/shared/notes-changes.ts). The announcement follows the write's
 * completion, so a context that refreshes on it reads the stored state.
 */
import type { Note } from '../../core/notes/model';
import type { Handlers } from '../../shared/messages';
import type { NotesRequests } from '../../shared/protocol/notes';
import type { NotesChange } from '../../shared/notes-changes';

type Announce = (change: Omit<NotesChange, 'at'>) => Promise<void>;

function keysOf(notes: readonly (Note | null)[]): Omit<NotesChange, 'at'> {
  const pageKeys = new Set<string>();
  const entityKeys = new Set<string>();
  for (const n of notes) {
    if (!n) continue;
    pageKeys.add(n.page.key);
    if (n.kind === 'entity') entityKeys.add(n.entity.key);
  }
  return { pageKeys: [...pageKeys], entityKeys: [...entityKeys], all: false };
}

export function announcingWrites(handlers: Handlers<NotesRequests>, announce: Announce): Handlers<NotesRequests> {
  // A failed announcement must not turn an acknowledged write into an error for its sender.
  const tell = (change: Omit<NotesChange, 'at'>): Promise<void> => announce(change).catch(() => undefined);
  return {
    ...handlers,
    'notes/save': async (payload, sender) => {
      const saved = await handlers['notes/save'](payload, sender);
      await tell(keysOf([saved]));
      return saved;
    },
    'notes/delete': async (payload, sender) => {
      const result = await handlers['notes/delete'](payload, sender);
      if (result.deleted) await tell(keysOf([result.deleted]));
      return result;
    },
    'notes/import': async (payload, sender) => {
      const summary = await handlers['notes/import'](payload, sender);
      await tell({ pageKeys: [], entityKeys: [], all: true });
      return summary;
    },
    'notes/clear': async (payload, sender) => {
      const result = await handlers['notes/clear'](payload, sender);
      await tell({ pageKeys: [], entityKeys: [], all: true });
      return result;
    },
  };
}
