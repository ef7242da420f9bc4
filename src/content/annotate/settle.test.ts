import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUIET_MS, SettleFilter } from './settle.ts';

const el = (name: string) => ({ name }) as unknown as Element;

test('new blocks and same-text re-reads pass; a changed block is held until quiet', () => {
  const ac = new AbortController();
  let settled = 0;
  const f = new SettleFilter(() => settled++, ac.signal);
  const a = el('a');
  const b = el('b');
  const ids = (xs: { element: Element }[]) => xs.map((x) => (x.element as unknown as { name: string }).name);
  assert.deepEqual(
    ids(
      f.filter(
        [
          { element: a, text: 'one' },
          { element: b, text: 'x' },
        ],
        0,
      ),
    ),
    ['a', 'b'],
  );
  assert.deepEqual(
    ids(
      f.filter(
        [
          { element: a, text: 'one' },
          { element: b, text: 'y' },
        ],
        100,
      ),
    ),
    ['a'],
  );
  assert.deepEqual(
    ids(
      f.filter(
        [
          { element: a, text: 'one' },
          { element: b, text: 'z' },
        ],
        100 + QUIET_MS - 1,
      ),
    ),
    ['a'],
  );
  // unchanged since the last read and quiet long enough: through again
  assert.deepEqual(
    ids(
      f.filter(
        [
          { element: a, text: 'one' },
          { element: b, text: 'z' },
        ],
        100 + 2 * QUIET_MS,
      ),
    ),
    ['a', 'b'],
  );
  ac.abort(); // clears the settle timer
  assert.equal(settled, 0);
});
