/**
 * Answers the popup's requests about the article: its entities with what each one's context card
 * shows (built by the same view model as the page's card, src/ui/card/view.ts), and "Show in page",
 * which moves the reader to one of an entity's mentions the way the card's Previous/Next do.
 * Returns nothing to the page: runtime messages from the extension are invisible to page scripts.
 */
import { handle } from '../shared/messaging';
import { onAbort } from '../shared/on-abort';
import type { ContentRequests, EntityCard } from '../shared/messages';
import type { Entity } from '../core/types';
import { entityView } from '../ui/card/view';
import { Navigator } from './card/navigate';
import { entityMentions, isShownType, partsOf } from './card/mentions';
import type { CardDataSource } from './card/types';

export function registerPopupHandlers(source: CardDataSource, signal: AbortSignal, doc: Document = document): void {
  const nav = new Navigator(doc);
  signal.addEventListener('abort', () => nav.clear(), { once: true });

  const entities = (): { entities: EntityCard[] } => {
    const analysis = source.analysis();
    // Counted once per entity: the card's co-mentions ask again for the same entities.
    const highlighted = new Map<string, number>();
    const count = (id: string): number => {
      let n = highlighted.get(id);
      if (n === undefined) highlighted.set(id, (n = entityMentions(source, id).length));
      return n;
    };
    const usable = (other: Entity): boolean => isShownType(doc, other.type) && count(other.id) > 0;
    const out: EntityCard[] = [];
    for (const entity of analysis.entities) {
      if (entity.mentions.length === 0 || !isShownType(doc, entity.type)) continue;
      const { sentence, related } = entityView(analysis, entity, -1, 0, usable);
      out.push({ entity, total: count(entity.id), sentence, related });
    }
    return { entities: out };
  };

  onAbort(
    signal,
    handle<ContentRequests>({
      'page/entities': entities,
      'page/reveal': ({ entityId, index }) => {
        const list = entityMentions(source, entityId);
        const el = list[index];
        if (!el) throw new Error(list.length === 0 ? 'This entity is not highlighted on the page.' : `No mention ${index + 1} of ${list.length}.`);
        nav.goTo(el, partsOf(source, el));
        return { index, total: list.length };
      },
    }),
  );
}
