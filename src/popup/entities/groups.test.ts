import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types';
import type { EntityCard } from '../../shared/messages';
import { aliasesOf, fold, groupEntities } from './groups.ts';

function card(id: string, name: string, type: Entity['type'], mentions: number, aliases: string[] = [], titledForms: string[] = []): EntityCard {
  const entity: Entity = {
    id,
    name,
    type,
    aliases: [name, ...aliases],
    title: null,
    titledForms,
    mentions: Array.from({ length: mentions }, (_, i) => i),
    firstSentence: null,
    quotes: [],
    coMentioned: [],
  };
  return { entity, total: mentions, sentence: null, related: [] };
}

const cards = [
  card('p1', 'Steve Tsang', 'PERSON', 2, ['Tsang']),
  card('p2', 'Xi Jinping', 'PERSON', 7, ['Xi'], ['Mr. Xi']),
  card('o1', 'Reuters', 'ORG', 3),
  card('d1', 'Monday', 'DATE', 1),
  card('l1', 'São Paulo', 'PLACE', 1),
];

test('groups follow people, organisations, places, other, dates; most mentioned first', () => {
  const groups = groupEntities(cards, '');
  assert.deepEqual(
    groups.map((g) => g.type),
    ['PERSON', 'ORG', 'PLACE', 'DATE'],
  );
  assert.deepEqual(
    groups[0]!.cards.map((c) => c.entity.name),
    ['Xi Jinping', 'Steve Tsang'],
  );
});

test('the filter matches the name or any other form, ignoring case, accents and dots', () => {
  assert.deepEqual(
    groupEntities(cards, 'mr xi').flatMap((g) => g.cards.map((c) => c.entity.id)),
    ['p2'],
  );
  assert.deepEqual(
    groupEntities(cards, 'TSANG').flatMap((g) => g.cards.map((c) => c.entity.id)),
    ['p1'],
  );
  assert.deepEqual(
    groupEntities(cards, 'sao').flatMap((g) => g.cards.map((c) => c.entity.id)),
    ['l1'],
  );
  assert.deepEqual(groupEntities(cards, 'nobody'), []);
});

test('aliases are the other forms, without the name itself', () => {
  assert.deepEqual(aliasesOf(cards[1]!), ['Xi', 'Mr. Xi']);
  assert.equal(fold('  Mr.  Xi '), 'mr xi');
});
