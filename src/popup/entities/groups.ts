/** The popup's entity list: grouped by type, most mentioned first, filtered by name or any other form. */
import type { EntityType } from '../../core/types';
import { otherForms } from '../../core/entities/card-text';
import type { EntityCard } from '../../shared/messages';

/** The order groups are listed in; dates come last and only when the reader shows them (the content sends only shown types). */
const GROUP_ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'];

export interface EntityGroup {
  type: EntityType;
  cards: EntityCard[];
}

/** Lower case, accents and runs of space folded, so "mr  xi" finds "Mr. Xi" and "sao paulo" "São Paulo". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.]+/g, ' ')
    .trim();
}

/** Whether `card`'s name or one of its other forms in the article contains `query` (already folded). */
function matches(card: EntityCard, query: string): boolean {
  if (!query) return true;
  const { entity } = card;
  return [entity.name, ...entity.aliases, ...entity.titledForms].some((form) => fold(form).includes(query));
}

/** The forms shown under an entry's name, the card's own "also in this article as" list. */
export function aliasesOf(card: EntityCard): string[] {
  return otherForms(card.entity);
}

export function groupEntities(cards: readonly EntityCard[], query: string): EntityGroup[] {
  const q = fold(query);
  const byType = new Map<EntityType, EntityCard[]>();
  for (const card of cards) {
    if (!matches(card, q)) continue;
    const list = byType.get(card.entity.type) ?? [];
    list.push(card);
    byType.set(card.entity.type, list);
  }
  const groups: EntityGroup[] = [];
  for (const type of GROUP_ORDER) {
    const list = byType.get(type);
    if (!list) continue;
    list.sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.entity.name.localeCompare(b.entity.name));
    groups.push({ type, cards: list });
  }
  return groups;
}
