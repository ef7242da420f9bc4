import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylinePersons, repairSpans } from './repair.ts';
import type { Candidate } from './candidate.ts';
import type { EntityType } from '../types.ts';

function spans(text: string, parts: Array<[string, EntityType]>): Candidate[] {
  let from = 0;
  return parts.map(([p, type]) => {
    const start = text.indexOf(p, from);
    from = start + p.length;
    return { start, end: start + p.length, type, score: 0.9, source: 'tagger' as const };
  });
}
const show = (text: string, cs: Candidate[]) => repairSpans(text, cs).map((c) => [text.slice(c.start, c.end), c.type]);

test('a name cut at a connector is joined', () => {
  const t = 'at the University of New South Wales in Sydney';
  assert.deepEqual(
    show(
      t,
      spans(t, [
        ['University of', 'ORG'],
        ['New South Wales', 'PLACE'],
        ['Sydney', 'PLACE'],
      ]),
    ),
    [
      ['University of New South Wales', 'ORG'],
      ['Sydney', 'PLACE'],
    ],
  );
});

test('a place heading a longer name becomes part of it', () => {
  const t = 'the opening of the Beijing Winter Olympics.';
  assert.deepEqual(
    show(
      t,
      spans(t, [
        ['Beijing', 'PLACE'],
        ['Olympics', 'MISC'],
      ]),
    ),
    [['Beijing Winter Olympics', 'MISC']],
  );
  const u = 'Panamanian Boxing Association';
  assert.deepEqual(
    show(
      u,
      spans(u, [
        ['Panamanian', 'MISC'],
        ['Boxing Association', 'ORG'],
      ]),
    ).length,
    2,
  );
});

test('trailing numerals of multi-word names, but not scores or table cells', () => {
  const t = 'the volume of Nord Stream 1. Power of Siberia 2, that';
  assert.deepEqual(
    show(
      t,
      spans(t, [
        ['Nord Stream', 'ORG'],
        ['Power of Siberia', 'ORG'],
      ]),
    ).map((x) => x[0]),
    ['Nord Stream 1', 'Power of Siberia 2'],
  );
  const s = 'Kansas City 1\nSomerset 83 and New York Mets 3 1 0';
  assert.deepEqual(
    show(
      s,
      spans(s, [
        ['Kansas City', 'ORG'],
        ['Somerset', 'ORG'],
        ['New York Mets', 'ORG'],
      ]),
    ).map((x) => x[0]),
    ['Kansas City', 'Somerset', 'New York Mets'],
  );
});

test('a department in parentheses after a job title is not a mention', () => {
  const t = 'Senior Lecturer (Politics and International Relations) at';
  assert.deepEqual(show(t, spans(t, [['Politics and International Relations', 'ORG']])), []);
});

test('bylines name people', () => {
  const t = '(Reporting by Jane Roe; Editing by Max Mustermann)\n(Guy Faulconbridge reporter, Yew Lun Tian reporter)';
  const out = bylinePersons(
    t,
    spans(t, [
      ['Jane Roe', 'ORG'],
      ['Max Mustermann', 'MISC'],
      ['Guy Faulconbridge', 'MISC'],
      ['Yew Lun Tian', 'PERSON'],
    ]),
  );
  assert.deepEqual(
    out.map((c) => c.type),
    ['PERSON', 'PERSON', 'PERSON', 'PERSON'],
  );
  const u = 'Microsoft spokesman said';
  assert.equal(bylinePersons(u, spans(u, [['Microsoft', 'ORG']]))[0]!.type, 'ORG');
});

test('an all-caps headline is not joined into one name', () => {
  const t = 'AUSTRIA DOMINATE SCOTLAND IN WORLD CUP QUALIFIER';
  assert.deepEqual(
    show(
      t,
      spans(t, [
        ['SCOTLAND', 'PLACE'],
        ['WORLD CUP', 'MISC'],
      ]),
    ).map((x) => x[0]),
    ['SCOTLAND', 'WORLD CUP'],
  );
});
