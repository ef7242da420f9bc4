// The popup's groups of a page's notes: placed in text order, detached kept with their quotes,
// unknown placement while the page has not said, page and entity notes newest first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityNote, noteId, pageNote, selectionNote } from '../../core/notes/testing.ts';
import { groupPageNotes, placementOutstanding } from './groups.ts';

const TEXT = 'Leaders met in Xi’an. The summit ended with a declaration on trade and energy.';
const late = selectionNote(1, TEXT, 'declaration');
const early = selectionNote(2, TEXT, 'Leaders met');
const lost = selectionNote(3, TEXT, 'trade');
const fresh = selectionNote(4, TEXT, 'energy');
const notes = [late, early, lost, fresh, pageNote(5), pageNote(6), entityNote(7, 'Xi Jinping')];
const ids = (list: { id: string }[]) => list.map((n) => n.id);

test('placed notes in text order, detached apart, a note the page has not placed yet as unknown', () => {
  const g = groupPageNotes(notes, { pending: false, anchored: [late.id, early.id], detached: [lost.id] });
  assert.deepEqual(ids(g.placed), [early.id, late.id]);
  assert.deepEqual(ids(g.detached), [lost.id]);
  assert.deepEqual(ids(g.unplaced), [fresh.id]);
  assert.deepEqual(ids(g.page), [noteId(6), noteId(5)]);
  assert.deepEqual(ids(g.entity), [noteId(7)]);
  assert.equal(placementOutstanding(g, { pending: false, anchored: [], detached: [] }), true);
});

test('while the page is pending, or cannot answer, no selection note is called placed or detached', () => {
  for (const placement of [{ pending: true, anchored: [late.id], detached: [lost.id] }, null]) {
    const g = groupPageNotes(notes, placement);
    assert.deepEqual(g.placed, []);
    assert.deepEqual(g.detached, []);
    assert.deepEqual(ids(g.unplaced), [early.id, late.id, lost.id, fresh.id]);
  }
  assert.equal(placementOutstanding(groupPageNotes(notes, null), null), false, 'a page that cannot answer is not asked again');
  const pending = { pending: true, anchored: [], detached: [] };
  assert.equal(placementOutstanding(groupPageNotes(notes, pending), pending), true);
  assert.equal(placementOutstanding(groupPageNotes([pageNote(5)], pending), pending), false, 'no selection note, nothing to wait for');
});

test('nothing is outstanding once every selection note is placed or detached', () => {
  const placement = { pending: false, anchored: [late.id, early.id, fresh.id], detached: [lost.id] };
  assert.equal(placementOutstanding(groupPageNotes(notes, placement), placement), false);
});
