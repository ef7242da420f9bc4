import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch, type AnyHandler } from './dispatch.ts';
import { contentScriptHosts, type SelfIdentity, type Sender } from './senders.ts';
import { MAX_UPLOAD_PARTS } from './background.ts';
import { MAX_ANALYSED_CHARS } from '../limits.ts';
import { PART_CHARS } from '../text-parts.ts';
import type { Result } from '../messages.ts';

const MANIFEST = { content_scripts: [{ matches: ['https://www.archyde.com/*', 'https://archyde.com/*'] }] };
const SELF: SelfIdentity = { id: 'our-id', baseUrl: 'chrome-extension://our-id/', contentHosts: () => contentScriptHosts(MANIFEST) };
const POPUP: Sender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const BACKGROUND: Sender = { id: 'our-id', url: 'chrome-extension://our-id/background.js' };
const ARTICLE: Sender = { id: 'our-id', url: 'https://www.archyde.com/news/x/', tab: { id: 7 }, frameId: 0 };
const FOREIGN: Sender = { id: 'our-id', url: 'https://news.example.org/x/', tab: { id: 8 }, frameId: 0 };
const OTHER_EXTENSION: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

/** A listener like the background's: every bg/ request answered with the payload it received. */
function backgroundListener(): { calls: unknown[]; handlers: Record<string, AnyHandler> } {
  const calls: unknown[] = [];
  const echo: AnyHandler = (payload) => {
    calls.push(payload);
    return payload;
  };
  return { calls, handlers: { 'bg/analyze': echo, 'bg/upload': echo, 'bg/settings': echo, 'bg/activity': echo } };
}

async function ask(message: unknown, sender: Sender = ARTICLE, handlers = backgroundListener().handlers): Promise<Result<unknown> | undefined> {
  return dispatch(message, sender, handlers, SELF);
}

async function errorOf(message: unknown, sender?: Sender): Promise<string> {
  const reply = await ask(message, sender);
  assert.ok(reply && !reply.ok, `expected an error for ${JSON.stringify(message)?.slice(0, 200)}`);
  return reply.error;
}

test('handle: valid requests reach their handler with the validated payload', async () => {
  const { calls, handlers } = backgroundListener();
  const valid: unknown[] = [
    { type: 'bg/analyze', payload: { text: 'Xi Jinping met Vladimir Putin.' } },
    { type: 'bg/analyze', payload: { text: 'x'.repeat(MAX_ANALYSED_CHARS) } },
    { type: 'bg/analyze', payload: { upload: 'lq3k8x-2', parts: MAX_UPLOAD_PARTS } },
    { type: 'bg/upload', payload: { upload: 'lq3k8x-2', index: 0, part: 'x'.repeat(PART_CHARS) } },
    { type: 'bg/settings', payload: null },
  ];
  for (const m of valid) assert.deepEqual(await ask(m, ARTICLE, handlers), { ok: true, value: (m as { payload: unknown }).payload });
  for (const sender of [POPUP, BACKGROUND]) assert.equal((await ask(valid[0], sender, handlers))?.ok, true, 'extension pages may ask the background');
  assert.equal(calls.length, valid.length + 2);
});

test('handle: oversized, malformed, unknown and null requests each get a clear error, and no handler runs', async () => {
  const { calls } = backgroundListener();
  const cases: [unknown, string][] = [
    // oversized
    [{ type: 'bg/analyze', payload: { text: 'x'.repeat(10_500_000) } }, `bg/analyze: payload.text: too long (10500000 > ${MAX_ANALYSED_CHARS} chars)`],
    [
      { type: 'bg/upload', payload: { upload: 'a', index: 0, part: 'x'.repeat(4_000_000) } },
      `bg/upload: payload.part: too long (4000000 > ${PART_CHARS} chars)`,
    ],
    [{ type: 'bg/upload', payload: { upload: 'a', index: 200, part: 'x' } }, `bg/upload: payload.index: out of range (200 > ${MAX_UPLOAD_PARTS - 1})`],
    [{ type: 'bg/analyze', payload: { upload: 'a', parts: 5000 } }, `bg/analyze: payload.parts: out of range (5000 > ${MAX_UPLOAD_PARTS})`],
    [{ type: 'bg/upload', payload: { upload: 'u'.repeat(65), index: 0, part: 'x' } }, 'bg/upload: payload.upload: too long (65 > 64 chars)'],
    // wrong shape
    [{ type: 'bg/analyze', payload: null }, 'bg/analyze: payload: expected Object, got null'],
    [{ type: 'bg/analyze' }, 'bg/analyze: payload: expected Object, got undefined'],
    [{ type: 'bg/analyze', payload: 'text' }, 'bg/analyze: payload: expected Object, got "text"'],
    [{ type: 'bg/analyze', payload: { text: 42 } }, 'bg/analyze: payload.text: expected string, got 42'],
    [{ type: 'bg/analyze', payload: {} }, 'bg/analyze: payload.text: missing'],
    [{ type: 'bg/analyze', payload: { text: 'x', extra: 1 } }, 'bg/analyze: payload.extra: unexpected key'],
    [{ type: 'bg/analyze', payload: { upload: 'a', parts: 1.5 } }, 'bg/analyze: payload.parts: not an integer (1.5)'],
    [{ type: 'bg/upload', payload: { upload: '', index: 0, part: 'x' } }, 'bg/upload: payload.upload: too short (0 < 1 chars)'],
    [{ type: 'bg/upload', payload: { upload: 'a', index: -1, part: 'x' } }, 'bg/upload: payload.index: out of range (-1 < 0)'],
    [{ type: 'bg/upload', payload: { upload: 'a', index: '0', part: 'x' } }, 'bg/upload: payload.index: expected number, got "0"'],
    [{ type: 'bg/settings', payload: { all: true } }, 'bg/settings: payload: expected null, got Object'],
    // malformed messages
    [null, 'malformed message (expected an object { type, payload })'],
    ['bg/analyze', 'malformed message (expected an object { type, payload })'],
    [[{ type: 'bg/analyze' }], 'malformed message (expected an object { type, payload })'],
    [{ payload: { text: 'x' } }, 'malformed message (its type is not a string)'],
    [{ type: 7 }, 'malformed message (its type is not a string)'],
    // unknown types
    [{ type: 'bg/x', payload: null }, "unknown request type 'bg/x'"],
    [{ type: 'bg/ping', payload: null }, "unknown request type 'bg/ping'"],
    [{ type: 'bg/__proto__', payload: null }, "unknown request type 'bg/__proto__'"],
    [{ type: 'bg/constructor', payload: null }, "unknown request type 'bg/constructor'"],
    [{ type: 'evil/x', payload: null }, "unknown request type 'evil/x'"],
    [{ type: `bg/${'x'.repeat(1000)}`, payload: null }, `unknown request type 'bg/${'x'.repeat(77)}…'`],
  ];
  let refused = 0;
  for (const [message, expected] of cases) {
    assert.equal(await errorOf(message), expected);
    refused++;
  }
  assert.equal(refused, 27);
  assert.equal(calls.length, 0, 'no handler ran');
});

test('handle: the background answers only this extension: its pages, and content scripts on the hosts we run on', async () => {
  const { calls, handlers } = backgroundListener();
  const analyze = { type: 'bg/analyze', payload: { text: 'Xi Jinping' } };
  const refusals: [Sender | undefined, RegExp][] = [
    [FOREIGN, /^bg\/analyze: sender not allowed \(a page we do not run on: https:\/\/news\.example\.org\/x\/\)$/],
    [{ ...ARTICLE, url: 'http://www.archyde.com/news/x/' }, /a page we do not run on/],
    [{ ...ARTICLE, url: 'https://www.archyde.com.evil.test/' }, /a page we do not run on/],
    [{ ...ARTICLE, url: undefined }, /a page we do not run on: no URL/],
    [OTHER_EXTENSION, /^bg\/analyze: sender not allowed \(not this extension: "someone-else"\)$/],
    [{ ...ARTICLE, id: undefined }, /not this extension/],
    [{ id: 'our-id', url: 'https://www.archyde.com/x/' }, /neither an extension page nor a content script/],
    [undefined, /not this extension/],
  ];
  for (const [sender, expected] of refusals) {
    const reply = await dispatch(analyze, sender, handlers, SELF);
    assert.ok(reply && !reply.ok);
    assert.match(reply.error, expected);
  }
  assert.equal(calls.length, 0);
  assert.equal((await dispatch(analyze, { ...ARTICLE, url: 'https://archyde.com/a/' }, handlers, SELF))?.ok, true);
  assert.equal(
    (await dispatch(analyze, { id: 'our-id', origin: 'chrome-extension://our-id' }, handlers, SELF))?.ok,
    true,
    'a worker of ours known by its origin only',
  );
  assert.equal((await dispatch(analyze, { id: 'our-id', origin: 'https://www.archyde.com' }, handlers, SELF))?.ok, false);
});

test('handle: content-side requests are answered only for the extension, never for a content script or another extension', async () => {
  const calls: unknown[] = [];
  const handlers: Record<string, AnyHandler> = {
    'page/status': () => ({ active: true }),
    'page/highlights': (p) => {
      calls.push(p);
      return p;
    },
  };
  const on = { type: 'page/highlights', payload: { on: true } };
  assert.deepEqual(await dispatch(on, POPUP, handlers, SELF), { ok: true, value: { on: true } });
  assert.deepEqual(await dispatch(on, BACKGROUND, handlers, SELF), { ok: true, value: { on: true } });
  for (const sender of [ARTICLE, FOREIGN, OTHER_EXTENSION]) {
    const reply = await dispatch(on, sender, handlers, SELF);
    assert.ok(reply && !reply.ok);
    assert.match(reply.error, /^page\/highlights: sender not allowed/);
  }
  const bad = await dispatch({ type: 'page/highlights', payload: { on: 'yes' } }, POPUP, handlers, SELF);
  assert.deepEqual(bad, { ok: false, error: 'page/highlights: payload.on: expected boolean, got "yes"' });
  const command = await dispatch({ type: 'page/command', payload: { command: 'rm -rf' } }, POPUP, { 'page/command': () => null }, SELF);
  assert.deepEqual(command, { ok: false, error: 'page/command: payload.command: expected ("toggle-highlights" | "add-note"), got "rm -rf"' });
  assert.equal(calls.length, 2);
});

test("handle: a known type another listener handles, or another context's family, is left for others", async () => {
  const cardOnly: Record<string, AnyHandler> = { 'page/card': () => 'card' };
  assert.equal(dispatch({ type: 'page/status', payload: null }, POPUP, cardOnly, SELF), undefined);
  assert.equal(dispatch({ type: 'page/status', payload: null }, ARTICLE, backgroundListener().handlers, SELF), undefined);
  assert.deepEqual(await dispatch({ type: 'page/nope', payload: null }, POPUP, cardOnly, SELF), { ok: false, error: "unknown request type 'page/nope'" });
});

test('handle: a handler that throws answers its message as the error', async () => {
  const reply = await dispatch(
    { type: 'bg/settings', payload: null },
    POPUP,
    {
      'bg/settings': () => {
        throw new Error('storage unavailable');
      },
    },
    SELF,
  );
  assert.deepEqual(reply, { ok: false, error: 'storage unavailable' });
  const rejected = await dispatch({ type: 'bg/settings', payload: null }, POPUP, { 'bg/settings': () => Promise.reject(new Error('later')) }, SELF);
  assert.deepEqual(rejected, { ok: false, error: 'later' });
});

test('handle: a content script on a site the reader enabled is answered; one on a site not enabled, or when the sites cannot be read, is not', async () => {
  const { calls, handlers } = backgroundListener();
  const analyze = { type: 'bg/analyze', payload: { text: 'Xi Jinping' } };
  const ENABLED: Sender = { id: 'our-id', url: 'https://news.example.net/world/x/', tab: { id: 9 }, frameId: 0 };
  let asked = 0;
  const withSites = (hosts: () => Promise<readonly string[]>): SelfIdentity => ({
    ...SELF,
    enabledHosts: () => {
      asked++;
      return hosts();
    },
  });
  const enabled = withSites(async () => ['https://news.example.net/*']);
  assert.equal((await dispatch(analyze, ENABLED, handlers, enabled))?.ok, true);
  assert.equal((await dispatch(analyze, ARTICLE, handlers, enabled))?.ok, true);
  assert.equal(asked, 1, 'the manifest hosts are enough for archyde.com: the enabled sites are read only for other pages');
  for (const [self, sender] of [
    [enabled, FOREIGN],
    [enabled, { ...ENABLED, url: 'http://news.example.net/world/x/' }],
    [withSites(async () => []), ENABLED],
    [withSites(() => Promise.reject(new Error('no scripting API'))), ENABLED],
    [SELF, ENABLED],
  ] as [SelfIdentity, Sender][]) {
    const reply = await dispatch(analyze, sender, handlers, self);
    assert.ok(reply && !reply.ok);
    assert.match(reply.error, /^bg\/analyze: sender not allowed \(a page we do not run on: /);
  }
  // Extension-only families never consult the enabled sites.
  const reply = await dispatch({ type: 'page/status', payload: null }, ENABLED, { 'page/status': () => ({}) }, enabled);
  assert.ok(reply && !reply.ok);
  assert.match(reply.error, /only the extension's own pages/);
  assert.equal(calls.length, 2);
});
