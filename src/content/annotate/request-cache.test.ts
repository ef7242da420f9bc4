import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reusingLastRequest } from './request-cache.ts';
import type { PageAnalyzer } from '../model/background-analyzer.ts';
import type { AnalyzeReply } from '../../shared/messages.ts';

/** Send hooks that count how often the caller was told its text is sent. */
const hooks = () => {
  const h = { sent: 0 };
  return { h, hooks: { pause: () => undefined, sent: () => void h.sent++ } };
};

test('the same text asked again shares the request; a failed one is asked again', async () => {
  const asked: string[] = [];
  let fail = true;
  const analyze: PageAnalyzer = (text, { sent }) => {
    asked.push(text);
    sent();
    return fail ? Promise.reject(new Error('no')) : Promise.resolve({ analysisMs: 1 } as unknown as AnalyzeReply);
  };
  const request = reusingLastRequest(analyze);
  const a = hooks();
  await assert.rejects(request('x', a.hooks));
  await Promise.resolve(); // the failure is forgotten in a rejection handler
  fail = false;
  const b = hooks();
  const first = request('x', b.hooks);
  const c = hooks();
  const again = request('x', c.hooks);
  assert.equal(again, first);
  assert.equal(c.h.sent, 1, 'a shared request still tells the caller its text is sent');
  await first;
  assert.deepEqual(asked, ['x', 'x']);
  await request('y', hooks().hooks);
  assert.deepEqual(asked, ['x', 'x', 'y']);
});
