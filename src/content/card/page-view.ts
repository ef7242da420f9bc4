/** Builds the card for a mention element on the page: the entity's view plus where the mention sits among its others. */
import type { DocumentAnalysis, Entity } from '../../core/types';
import { readMention } from '../highlight/markup';
import type { CardView } from '../../ui/card/Card';
import { entityById, entityView } from '../../ui/card/view';
import { entityMentions, isShownType, mentionKey } from './mentions';
import type { CardDataSource } from './types';

export function buildView(source: CardDataSource, el: HTMLElement, doc: Document): CardView | null {
  const m = readMention(el);
  if (!m) return null;
  const analysis = source.analysis();
  const entity = entityById(analysis, m.entityId);
  if (!entity) return null;

  const mentions = entityMentions(source, entity.id);
  const key = mentionKey(el);
  const position = mentions.findIndex((x) => mentionKey(x) === key);
  // Only entities the reader can move to: shown, and highlighted somewhere.
  const usable = (other: Entity) => isShownType(doc, other.type) && source.mentionElements(other.id).length > 0;
  return entityView(analysis, entity, position, mentions.length, usable);
}

/**
 * A card for the warm-up render, from the analysis alone: the shown entity with the fewest
 * mentions. The warm-up only needs the card's code and styles exercised, so it reads no
 * mention elements (buildView's reads dominate its cost on a long article).
 */
export function warmUpView(analysis: DocumentAnalysis, doc: Document): CardView | null {
  let entity: Entity | undefined;
  for (const e of analysis.entities) {
    if (e.mentions.length > 0 && isShownType(doc, e.type) && (!entity || e.mentions.length < entity.mentions.length)) entity = e;
  }
  if (!entity) return null;
  return entityView(analysis, entity, 0, entity.mentions.length, () => true); // no element reads: the warm-up only renders
}
