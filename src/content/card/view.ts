/** Builds what one card shows for one mention element, from the analysis and the markup. */
import type { DocumentAnalysis, Entity } from '../../core/types';
import { clipMarked, markParts } from '../../core/entities/card-text';
import { readMention } from '../highlight/markup';
import type { CardView, RelatedEntity } from './Card';
import { entityMentions, isShownType, mentionKey } from './mentions';
import type { CardDataSource } from './types';

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

export function buildView(source: CardDataSource, el: HTMLElement, doc: Document): CardView | null {
  const m = readMention(el);
  if (!m) return null;
  const analysis = source.analysis();
  const entity = entityById(analysis, m.entityId);
  if (!entity) return null;

  const mentions = entityMentions(source, entity.id);
  const key = mentionKey(el);
  const position = mentions.findIndex((x) => mentionKey(x) === key);

  const sentence = sentenceOf(analysis, entity);
  // Only entities the reader can move to: shown, and highlighted somewhere.
  const related = relatedOf(analysis, entity, (other) => isShownType(doc, other.type) && source.mentionElements(other.id).length > 0);
  return { entity, position, total: mentions.length, sentence, related };
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

/**
 * A card for the warm-up render, from the analysis alone: the shown entity with the fewest
 * mentions. Reading the page's mention elements (buildView) took most of a 37 ms warm-up on a
 * 1 MB article; the warm-up only needs the card's code and styles exercised.
 */
export function warmUpView(analysis: DocumentAnalysis, doc: Document): CardView | null {
  let entity: Entity | undefined;
  for (const e of analysis.entities) {
    if (e.mentions.length > 0 && isShownType(doc, e.type) && (!entity || e.mentions.length < entity.mentions.length)) entity = e;
  }
  if (!entity) return null;
  const related = relatedOf(analysis, entity, () => true); // no element reads: the warm-up only renders
  return { entity, position: 0, total: entity.mentions.length, sentence: sentenceOf(analysis, entity), related };
}
