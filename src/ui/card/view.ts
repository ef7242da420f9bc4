/** What one card shows for one entity, from the analysis alone (the page's card and the popup build it alike). */
import type { DocumentAnalysis, Entity } from '../../core/types';
import { clipMarked, markParts } from '../../core/entities/card-text';
import type { CardView, RelatedEntity } from './Card';

const RELATED_MAX = 5;
/** Page Previews caps its extract at 525 characters; a card next to the text can be shorter. */
const SENTENCE_MAX = 320;

const indexes = new WeakMap<DocumentAnalysis, Map<string, Entity>>();

/** Entity by id; the index is rebuilt only when the analysis object changes. */
export function entityById(analysis: DocumentAnalysis, id: string): Entity | undefined {
  let map = indexes.get(analysis);
  if (!map) {
    map = new Map(analysis.entities.map((e) => [e.id, e]));
    indexes.set(analysis, map);
  }
  return map.get(id);
}

/**
 * The card of `entity`, at mention `position` of `total` navigable ones; `usable` says which
 * co-mentioned entities the reader can move to.
 */
export function entityView(analysis: DocumentAnalysis, entity: Entity, position: number, total: number, usable: (other: Entity) => boolean): CardView {
  return { entity, position, total, sentence: sentenceOf(analysis, entity), related: relatedOf(analysis, entity, usable) };
}

/** Up to RELATED_MAX entities co-mentioned with `entity` that `usable` accepts, in the analysis's order. */
function relatedOf(analysis: DocumentAnalysis, entity: Entity, usable: (other: Entity) => boolean): RelatedEntity[] {
  const related: RelatedEntity[] = [];
  for (const id of entity.coMentioned) {
    if (related.length >= RELATED_MAX) break;
    const other = entityById(analysis, id);
    if (!other || other.id === entity.id || !usable(other)) continue;
    related.push({ id, name: other.name, type: other.type });
  }
  return related;
}

/** The article's first sentence about `entity`, its name marked, clipped for the card. */
function sentenceOf(analysis: DocumentAnalysis, entity: Entity): CardView['sentence'] {
  if (!entity.firstSentence) return null;
  const first = analysis.mentions[entity.mentions[0] ?? -1]?.text;
  const needles = [...(first ? [first] : []), entity.name, ...entity.aliases];
  const parts = markParts(entity.firstSentence, needles) ?? { before: entity.firstSentence, mark: '', after: '' };
  return clipMarked(parts, SENTENCE_MAX);
}
