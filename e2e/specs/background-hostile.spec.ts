// Hostile callers of the background and the content script: forged, oversized, malformed and
// unknown requests get clear errors; uploads are bounded; a pathological long text runs apart
// from everything else, so it holds up neither short requests nor another tab.
import { test, expect } from '../harness/fixture';
import { demoPage, serve } from '../harness/routes';
import { openAnnotated } from '../harness/annotated-page';
import { BackgroundMessenger, repeat, type RawReply } from '../harness/background-messenger';
import { MAX_ANALYSED_CHARS } from '../../src/shared/limits';
import { PART_CHARS } from '../../src/shared/text-parts';
import { MAX_UPLOAD_PARTS } from '../../src/shared/protocol/background';
import type { ContentRequests } from '../../src/shared/messages';

const errorOf = (r: RawReply): string => (r && 'error' in r ? r.error : `no error: ${JSON.stringify(r)}`);

// Mixed punctuation and capitalised tokens, about 1.9M chars: in each paragraph a long run of
// sentence punctuation that a space does not follow (what made the sentence pattern backtrack),
// then capitalised names glued together by punctuation, the engine's costliest text per character
// even when every pattern is linear (about 8 µs/char in Node, against 1 for news text).
const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];
const GLUE = [',', ';', ':', '!', '?', '.'];
function hostileParagraph(i: number): string {
  const names: string[] = [];
  for (let j = 0, n = 0; n < 65_000; j++) {
    const token = `${NAMES[(i + j) % NAMES.length]!}${GLUE[j % GLUE.length]!}${j % 3 === 0 ? ' ' : ''}`;
    names.push(token);
    n += token.length;
  }
  return `Alpha${i} Bravo said.${'.!?…'.repeat(7_500)}${names.join('')}`;
}
const hostileText = (paragraphs: number): string[] => Array.from({ length: paragraphs }, (_, i) => hostileParagraph(i));
const HOSTILE_PARAGRAPHS = 20;

const HOSTILE_URL = 'https://www.archyde.com/hostile-punctuation/';
serve(
  HOSTILE_URL,
  '<!doctype html><html><head><meta charset="utf-8"><title>Punctuation | Archyde</title></head><body><main><article class="post">' +
    '<h1 class="entry-title">Alpha Bravo and Charlie Delta</h1><div class="entry-content">' +
    hostileText(HOSTILE_PARAGRAPHS)
      .map((p) => `<p>${p}</p>`)
      .join('\n') +
    '</div></article></main></body></html>',
);

test('forged, oversized, malformed and unknown requests to the background each get a clear error, and it keeps working', async ({ ext, tabs }) => {
  const bg = await BackgroundMessenger.open(ext);
  tabs.push(bg.page);
  const cases: [unknown, string | RegExp][] = [
    [{ type: 'bg/analyze', payload: { text: repeat('x', 10_500_000) } }, `bg/analyze: payload.text: too long (10500000 > ${MAX_ANALYSED_CHARS} chars)`],
    [
      { type: 'bg/upload', payload: { upload: 'big', index: 0, part: repeat('x', 4_000_000) } },
      `bg/upload: payload.part: too long (4000000 > ${PART_CHARS} chars)`,
    ],
    [{ type: 'bg/upload', payload: { upload: 'many', index: 199, part: 'x' } }, `bg/upload: payload.index: out of range (199 > ${MAX_UPLOAD_PARTS - 1})`],
    [{ type: 'bg/analyze', payload: { upload: 'many', parts: 200 } }, `bg/analyze: payload.parts: out of range (200 > ${MAX_UPLOAD_PARTS})`],
    [{ type: 'bg/analyze', payload: null }, 'bg/analyze: payload: expected Object, got null'],
    [{ type: 'bg/analyze' }, 'bg/analyze: payload: expected Object, got undefined'],
    [{ type: 'bg/analyze', payload: { text: 42 } }, 'bg/analyze: payload.text: expected string, got 42'],
    [{ type: 'bg/analyze', payload: { text: 'x', script: 'alert(1)' } }, 'bg/analyze: payload.script: unexpected key'],
    [{ type: 'bg/settings', payload: { all: true } }, 'bg/settings: payload: expected null, got Object'],
    [{ type: 'bg/x', payload: null }, "unknown request type 'bg/x'"],
    [{ type: 'bg/ping', payload: null }, "unknown request type 'bg/ping'"],
    [{ type: 'bg/__proto__', payload: null }, "unknown request type 'bg/__proto__'"],
    [{ type: 'evil/steal', payload: null }, "unknown request type 'evil/steal'"],
    [{ payload: { text: 'x' } }, 'malformed message (its type is not a string)'],
    ['bg/analyze', 'malformed message (expected an object { type, payload })'],
    [[1, 2, 3], 'malformed message (expected an object { type, payload })'],
  ];
  const replies = await bg.sendAll(cases.map(([m]) => m));
  let clear = 0;
  for (const [i, [, expected]] of cases.entries()) {
    const error = errorOf(replies[i]);
    if (typeof expected === 'string') expect(error).toBe(expected);
    else expect(error).toMatch(expected);
    clear++;
  }
  expect(clear).toBe(16);
  // Still answering, with the engine.
  const ok = await bg.send({ type: 'bg/analyze', payload: { text: 'Chinese President Xi Jinping met Vladimir Putin in Moscow.' } });
  expect(ok).toMatchObject({ ok: true, value: { tagger: 'wasm' } });
});

test('uploads are bounded: uploads in progress per tab, text per upload, and an upload is used once', async ({ ext, tabs }) => {
  const bg = await BackgroundMessenger.open(ext);
  tabs.push(bg.page);
  const part = (upload: string, index: number, chars = 10) => ({ type: 'bg/upload', payload: { upload, index, part: repeat('y', chars) } });
  const started = await bg.sendAll(['u1', 'u2', 'u3', 'u4', 'u5'].map((u) => part(u, 0)));
  expect(started.slice(0, 4)).toEqual([
    { ok: true, value: null },
    { ok: true, value: null },
    { ok: true, value: null },
    { ok: true, value: null },
  ]);
  expect(errorOf(started[4])).toBe('upload: too many uploads in progress from this sender (4)');
  // An upload taken frees its place; taking it again finds nothing.
  expect(await bg.send({ type: 'bg/analyze', payload: { upload: 'u1', parts: 1 } })).toMatchObject({ ok: true });
  expect(errorOf(await bg.send({ type: 'bg/analyze', payload: { upload: 'u1', parts: 1 } }))).toBe('upload incomplete: 0 of 1 parts');
  for (const u of ['u2', 'u3', 'u4']) await bg.send({ type: 'bg/analyze', payload: { upload: u, parts: 1 } });
  // The assembled text has the page's cap: the part that takes it over fails and the upload is dropped.
  const full = Math.floor(MAX_ANALYSED_CHARS / PART_CHARS);
  const parts = await bg.sendAll(Array.from({ length: full + 1 }, (_, i) => part('long', i, PART_CHARS)));
  expect(parts.slice(0, full).every((r) => r && 'ok' in r && r.ok)).toBe(true);
  expect(errorOf(parts[full])).toBe(`upload: text too long (more than ${MAX_ANALYSED_CHARS} chars)`);
  expect(errorOf(await bg.send({ type: 'bg/analyze', payload: { upload: 'long', parts: full + 1 } }))).toMatch(/^upload incomplete: 0 of/);
});

test('the content script answers only well-formed requests, with clear errors otherwise', async ({ ext, tabs }) => {
  const page = demoPage();
  const { m } = await openAnnotated(ext, tabs, page.url);
  type Send = (url: string, type: string, payload: unknown) => Promise<unknown>;
  const send = m.send.bind(m) as unknown as Send;
  await expect(send(page.url, 'page/highlights', { on: 'yes' })).rejects.toThrow('page/highlights: payload.on: expected boolean, got "yes"');
  await expect(send(page.url, 'page/command', { command: 'uninstall' })).rejects.toThrow(
    'page/command: payload.command: expected ("toggle-highlights" | "add-note"), got "uninstall"',
  );
  await expect(send(page.url, 'page/highlights', null)).rejects.toThrow('page/highlights: payload: expected Object, got null');
  await expect(send(page.url, 'page/nope', null)).rejects.toThrow("unknown request type 'page/nope'");
  const summary = (await m.send(page.url, 'page/annotation', null)) as ContentRequests['page/annotation']['res'];
  expect(summary.elements).toBeGreaterThan(0); // nothing above changed the page
});

test("the page's own scripts can reach neither the background nor the content script", async ({ ext, tabs }) => {
  const { tab } = await openAnnotated(ext, tabs, demoPage().url);
  const reach = await tab.evaluate(async () => {
    const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
    return { runtime: typeof g.chrome?.runtime?.sendMessage, browser: typeof g.browser };
  });
  expect(reach).toEqual({ runtime: 'undefined', browser: 'undefined' });
});

test('a text over the inline limit (run in an engine worker) is analysed with the WebAssembly tagger', async ({ ext, tabs }) => {
  const bg = await BackgroundMessenger.open(ext);
  tabs.push(bg.page);
  const sentence = 'Chinese President Xi Jinping met Vladimir Putin in Moscow, officials in Beijing said. ';
  const reply = await bg.send({ type: 'bg/analyze', payload: { text: repeat(sentence, Math.ceil(200_000 / sentence.length)) } });
  expect(reply).toMatchObject({ ok: true, value: { tagger: 'wasm' } });
  expect((reply as { value: { entities: number } }).value.entities).toBeGreaterThanOrEqual(3);
});

test('a pathological long text runs apart: short requests are answered while it runs, and it ends analysed or with a clear error', async ({ ext, tabs }) => {
  test.setTimeout(120_000);
  const bg = await BackgroundMessenger.open(ext);
  tabs.push(bg.page);
  const paragraphs = hostileText(HOSTILE_PARAGRAPHS);
  const outcome = await bg.page.evaluate(async (texts: string[]) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string } | undefined> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const order: string[] = [];
    const long = api.runtime.sendMessage({ type: 'bg/analyze', payload: { text: texts.join('\n\n') } }).then((r) => {
      order.push('long');
      return r;
    });
    const shorts: boolean[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await api.runtime.sendMessage({ type: 'bg/analyze', payload: { text: `Xi Jinping met Vladimir Putin in Moscow on day ${i}.` } });
      shorts.push(r?.ok === true);
      order.push('short');
    }
    const longReply = await long;
    return { order, shorts, long: longReply ? { ok: longReply.ok, error: longReply.error ?? null } : null };
  }, paragraphs);
  expect(outcome.shorts).toEqual([true, true, true]);
  expect(outcome.order.slice(0, 3)).toEqual(['short', 'short', 'short']); // answered while the long one ran
  expect(outcome.long).not.toBeNull();
  if (!outcome.long!.ok) expect(outcome.long!.error).toMatch(/^analysis stopped after \d+ s: the text \(\d+ chars\) takes too long to analyse$/);
  test.info().annotations.push({ type: 'pathological text', description: outcome.long!.ok ? 'analysed' : outcome.long!.error! });
});

test('a hostile tab and a normal tab opened together: the normal tab is highlighted while the hostile one is not done', async ({ ext, tabs }) => {
  test.setTimeout(120_000);
  const bg = await BackgroundMessenger.open(ext);
  tabs.push(bg.page);
  const hostile = await ext.open(HOSTILE_URL);
  tabs.push(hostile);
  // The hostile tab's text has reached the background and its analysis is running before the normal tab opens.
  const activity = async () => {
    const r = await bg.send({ type: 'bg/activity', payload: null });
    return r && 'ok' in r && r.ok ? (r.value as { running: number; waiting: number }) : null;
  };
  const deadline = Date.now() + 60_000;
  while (((await activity())?.running ?? 0) < 1) {
    if (Date.now() > deadline) throw new Error("the hostile tab's analysis never started");
    await new Promise((r) => setTimeout(r, 100));
  }
  const page = demoPage();
  const { m, summary } = await openAnnotated(ext, tabs, page.url, 60_000);
  expect(summary.elements).toBeGreaterThan(0);
  // When the normal tab is highlighted, the hostile tab's analysis is still running, or it has
  // failed (its pass then has no highlights); it has not been analysed first.
  const hostileNow = await m.send(HOSTILE_URL, 'page/annotation', null);
  expect(hostileNow.runs).toBe(0);
  expect(hostileNow.elements).toBe(0);
  test.info().annotations.push({ type: 'hostile analysis when the normal tab was highlighted', description: JSON.stringify(await activity()) });
  // And the background still answers the normal tab.
  const again = await m.send(page.url, 'page/highlights', { on: true });
  expect(again.elements).toBeGreaterThan(0);
});
