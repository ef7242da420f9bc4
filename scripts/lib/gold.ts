// Gold data for the seed article and the product-type mapping of OntoNotes labels.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../src/core/types.ts';

interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  canonical: string;
}

const MAP: Record<string, EntityType> = {
  PERSON: 'PERSON',
  ORG: 'ORG',
  GPE: 'PLACE',
  LOC: 'PLACE',
  NORP: 'MISC',
  EVENT: 'MISC',
  FAC: 'MISC',
  WORK_OF_ART: 'MISC',
  DATE: 'DATE',
};

export const SHARED = process.env.SHARED_DIR ?? new URL('../../../shared/', import.meta.url).pathname;

export function loadSeed(): { text: string; gold: Array<{ start: number; end: number; type: EntityType; text: string }> } {
  const text = readFileSync(`${SHARED}/seed/archyde-xi-putin.txt`, 'utf8');
  const raw = JSON.parse(readFileSync(`${SHARED}/gold/archyde-xi-putin.gold.json`, 'utf8')) as GoldMention[];
  const gold = raw.flatMap((g) => (MAP[g.type] ? [{ start: g.start, end: g.end, type: MAP[g.type]!, text: g.text }] : []));
  return { text, gold };
}
