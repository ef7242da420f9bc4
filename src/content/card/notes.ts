/**
 * The page card's notes: an entity's notes from every article, asked of the background (the
 * content script never opens the database), and followed live through onNotesChanged. A new note
 * records this page (its normalised key, address and title) and the entity's stable key.
 */
import { entityKey } from '../../core/notes/entity-key';
import { LIMITS, newNoteId, type EntityNote } from '../../core/notes/model';
import type { Entity } from '../../core/types';
import { sendToBackground } from '../../shared/messaging';
import { onNotesChanged } from '../../shared/notes-changes';
import { notesText } from '../../ui/card/notes-text';
import type { EntityNotesPort } from '../../ui/card/notes-port';
import type { EntityNotesSource } from './types';
import { thisPage } from '../notes/this-page';

const isEntityNote = (n: { kind: string }): n is EntityNote => n.kind === 'entity';

/** One port per entity key, kept for the page's life, so re-rendering a card does not reload its notes. */
export function entityNotesSource(doc: Document): EntityNotesSource {
  const ports = new Map<string, EntityNotesPort>();
  const text = notesText();
  return (entity: Entity) => {
    const key = entityKey(entity);
    if (!key) return undefined;
    let port = ports.get(key);
    if (port) return port;
    port = {
      key,
      text,
      list: async () => (await sendToBackground('notes/byEntities', { keys: [key] })).filter(isEntityNote).filter((n) => n.entity.key === key),
      subscribe(onChange) {
        const ctl = new AbortController();
        onNotesChanged((change) => {
          if (change.all || change.entityKeys.includes(key)) onChange();
        }, ctl.signal);
        return () => ctl.abort();
      },
      save(body, previous) {
        const now = Date.now();
        const note: EntityNote = previous
          ? { ...previous, text: body, updated: Math.max(now, previous.updated) }
          : {
              kind: 'entity',
              id: newNoteId(),
              page: thisPage(doc),
              text: body,
              tags: [],
              color: null,
              created: now,
              updated: now,
              entity: { key, name: entity.name.slice(0, LIMITS.entityName), type: entity.type },
            };
        return sendToBackground('notes/save', { note }) as Promise<EntityNote>;
      },
      async remove(id) {
        const { deleted } = await sendToBackground('notes/delete', { id });
        return deleted && isEntityNote(deleted) ? deleted : null;
      },
      async restore(note) {
        await sendToBackground('notes/save', { note });
      },
    };
    ports.set(key, port);
    return port;
  };
}
