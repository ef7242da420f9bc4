/**
 * A key for an entity that is the same on every article that names it, so a note on
 * "Xi Jinping" today shows on tomorrow's article too. Entity ids (`e3`) are renumbered per
 * analysis; the key comes from what the engine settles on for the whole article instead: the
 * entity's canonical name (the longest, fullest form of its cluster, so "Xi", "Mr. Xi" and
 * "Xi Jinping" in one article are one entity named "Xi Jinping") and its type (so "Georgia" the
 * country and a person called Georgia never share notes).
 *
 * Folding: compatibility forms and diacritics (NFKD, marks removed: "Erdoğan" = "Erdogan"), case,
 * dots inside abbreviations ("U.S." = "US"), other punctuation and whitespace runs, a possessive
 * ending, a leading "the", and leading titles ("President", "Mr.") that the engine usually strips
 * already but a name typed or imported elsewhere may carry.
 */
import type { Entity, EntityType } from '../types.ts';

/** The fields of an Entity the key depends on. */
export type KeyedEntity = Pick<Entity, 'name' | 'type'>;

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'premier',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'rev',
  'reverend',
  'father',
  'sheikh',
  'general',
  'gen',
  'col',
  'colonel',
  'capt',
  'captain',
  'lt',
  'sgt',
  'adm',
  'admiral',
  'chairman',
  'chairwoman',
  'ceo',
]);
const LONGEST_TITLE_WORDS = 2;

/** Folds a name: same output for names a reader would call the same spelling. */
export function foldEntityName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]s\b/gu, '') // possessive: "Putin's"
    .replace(/['’ʼ`´.]/gu, '') // inside abbreviations and names: "U.S.", "O'Brien"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let start = 0;
  // Titles come off the front only while a name remains ("President" alone stays "president").
  for (let again = true; again && words.length - start > 1;) {
    again = false;
    if (words[start] === 'the') {
      start++;
      again = true;
      continue;
    }
    for (let n = Math.min(LONGEST_TITLE_WORDS, words.length - start - 1); n >= 1; n--) {
      if (TITLES.has(words.slice(start, start + n).join(' '))) {
        start += n;
        again = true;
        break;
      }
    }
  }
  return words.slice(start).join(' ');
}

/** "PERSON:xi jinping". Empty names have no key (null). */
export function entityKey(entity: KeyedEntity): string | null {
  const name = foldEntityName(entity.name);
  return name ? `${entity.type}:${name}` : null;
}

const KEY = /^(PERSON|ORG|PLACE|MISC|DATE):(.+)$/;

/** The type and folded name of a key, or null when it is not one. */
export function parseEntityKey(key: string): { type: EntityType; name: string } | null {
  const m = KEY.exec(key);
  return m ? { type: m[1] as EntityType, name: m[2]! } : null;
}
