/**
 * The popup's notes on the demo article, in the real extension with its real IndexedDB: a page
 * note added from the keyboard, edited, deleted and brought back with Undo, kept when the popup
 * opens again; markup in a note stays text; a selection note saved for a passage of the article
 * shows with its quote, in the group the page's own placement says; changes from elsewhere show
 * at once; search over all notes by text and by tag; the page's export holds the page's notes only.
 */
import { test, expect } from '../harness/fixture';
import { demoPage } from '../harness/routes';
import { openPopupFor, seriousAxeViolations } from '../harness/popup';
import { openAnnotated } from '../harness/annotated-page';
import { askBackground, captureDownloads, downloads, openOptions } from '../harness/options-page';
import { describeSelection } from '../../src/core/notes/anchoring/describe';
import type { Note, PageNote, SelectionNote } from '../../src/core/notes/model';
import type { ExtensionBrowser, TabDriver } from '../harness/types';

const HOSTILE = '<img src=x onerror=alert(1)>';
const OTHER_PAGE = { key: 'archyde.com/other-article', url: 'https://www.archyde.com/other-article/', title: 'Monsoon arrives early' };

interface Listed {
  id: string;
  kind: string;
  group: string;
  quote: string | null;
  text: string | null;
  tags: string[];
  color: string | null;
  reveal: boolean;
}

/** The notes the popup lists, in order, with what each shows. */
const listed = (popup: TabDriver): Promise<Listed[]> =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.page-notes li.pnote')].map((li) => ({
      id: li.dataset.noteId ?? '',
      kind: li.dataset.kind ?? '',
      group: li.closest<HTMLElement>('.note-group')?.dataset.group ?? '',
      quote: li.querySelector('.note-quote')?.textContent ?? null,
      text: li.querySelector('.note-text')?.textContent ?? null,
      tags: [...li.querySelectorAll('.note-tags li')].map((t) => t.textContent ?? ''),
      color: li.querySelector('.note-color')?.textContent ?? null,
      reveal: li.querySelector('.pnote-reveal') !== null,
    })),
  );

/** Sets a field's value as typing would (one input event), for text the keyboard driver cannot type. */
const fill = (tab: TabDriver, selector: string, value: string) =>
  tab.evaluate(
    (a: { selector: string; value: string }) => {
      const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(a.selector);
      if (!el) throw new Error(`no ${a.selector}`);
      el.value = a.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );

const focus = (tab: TabDriver, selector: string) =>
  tab.evaluate((s: string) => {
    const el = document.querySelector<HTMLElement>(s);
    if (!el) throw new Error(`no ${s}`);
    el.focus();
  }, selector);

const focused = (tab: TabDriver) => tab.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent ?? ''}`);

/** Waits for `fn` in the popup; on timeout, fails with what the notes section shows. */
async function until<A>(popup: TabDriver, fn: (arg: A) => unknown, arg?: A): Promise<void> {
  try {
    await popup.waitFor(fn, arg as A);
  } catch (err) {
    const html = await popup.evaluate(() => document.querySelector('.page-notes')?.outerHTML ?? 'no .page-notes');
    throw new Error(`${String(err)}\nThe popup's notes: ${html}`);
  }
}

async function openPopup(ext: ExtensionBrowser, tabs: TabDriver[], url: string): Promise<TabDriver> {
  const popup = await openPopupFor(ext, url);
  tabs.push(popup);
  await popup.waitFor(() => document.querySelector('.page-notes')?.getAttribute('data-state') === 'ready');
  // Counts alert() calls, which markup in a note would make if it ever ran.
  await popup.evaluate(() => {
    const w = window as unknown as { __alerts: number };
    w.__alerts = 0;
    window.alert = () => void w.__alerts++;
  });
  return popup;
}

const pageNote = (id: string, page: Note['page'], text: string, tags: string[]): PageNote => {
  const now = Date.now();
  return { kind: 'page', id, page, text, tags, color: null, created: now, updated: now };
};

test('page notes in the popup: add from the keyboard, edit, delete and undo, kept, inert, live; a selection note with its quote', async ({ ext, tabs }) => {
  const demo = demoPage();
  const { tab: article, m } = await openAnnotated(ext, tabs, demo.url);
  const state = await m.send(demo.url, 'page/notes', null);
  const page = state.page;
  await askBackground(m.tab, 'notes/clear', { confirm: true });

  let popup = await openPopup(ext, tabs, demo.url);
  expect(await popup.evaluate(() => document.querySelector('.pnote-empty')?.textContent)).toBe('No notes on this page yet.');

  // Add a page note from the keyboard: Enter on "Add a page note" opens the form with focus in the field.
  await focus(popup, '.pnote-add');
  await popup.press('Enter');
  await popup.waitFor(() => document.activeElement?.tagName === 'TEXTAREA');
  for (const c of 'Hi') await popup.press(c);
  await fill(popup, 'textarea', 'Hi, see https://example.org/a.\nSecond line');
  await fill(popup, '#pn-new-tags', 'summit,  trade , summit');
  await popup.click('input[name="pn-new-color"][value="green"]');
  await focus(popup, 'textarea');
  await popup.press('Control+Enter');
  await until(popup, () => document.querySelectorAll('.page-notes li.pnote').length === 1);
  let [shown] = await listed(popup);
  expect(shown).toMatchObject({
    kind: 'page',
    group: 'page',
    text: 'Hi, see https://example.org/a.\nSecond line',
    tags: ['#summit', '#trade'],
    color: 'Green',
  });
  expect(
    await popup.evaluate(() =>
      [...document.querySelectorAll('.page-notes .note-text a')].map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
    ),
  ).toEqual([['https://example.org/a', '_blank', 'noopener noreferrer']]);
  // Saving gives focus back to the button that opened the form.
  expect(await focused(popup)).toBe('button:Add a page note');
  let stored = await askBackground<Note[]>(m.tab, 'notes/byPage', { pageKey: page.key });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ id: shown!.id, kind: 'page', page, tags: ['summit', 'trade'], color: 'green' });
  expect(await seriousAxeViolations(popup)).toEqual([]);

  // Edit: Esc closes the form, focus back on Edit; the form is filled with the note; markup typed into it stays text.
  await popup.click(`[data-note-id="${shown!.id}"] .pnote-edit`);
  await popup.waitFor(() => document.activeElement?.tagName === 'TEXTAREA');
  await popup.press('Escape');
  await popup.waitFor(() => !document.querySelector('.note-editor'));
  expect(await focused(popup)).toBe(`button:Edit the note “Hi, see https://example.org/a. Second li…”`);
  await popup.press('Enter');
  await popup.waitFor(() => document.activeElement?.tagName === 'TEXTAREA');
  expect(await popup.evaluate(() => document.querySelector('textarea')!.value)).toBe('Hi, see https://example.org/a.\nSecond line');
  expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[id$="-tags"]')!.value)).toBe('summit, trade');
  await fill(popup, 'textarea', HOSTILE);
  await popup.click('.note-editor button[type=submit]');
  await popup.waitFor((t: string) => document.querySelector('.page-notes .note-text')?.textContent === t, HOSTILE);
  expect(await popup.evaluate(() => document.querySelectorAll('img:not(header img)').length)).toBe(0);
  stored = await askBackground<Note[]>(m.tab, 'notes/byPage', { pageKey: page.key });
  expect(stored.map((n) => n.text)).toEqual([HOSTILE]);
  const edited = stored[0]!;

  // Delete: the note goes, Undo takes focus; Enter on it stores the very same note again.
  await popup.click(`[data-note-id="${edited.id}"] .pnote-delete`);
  await popup.waitFor(() => document.querySelectorAll('.page-notes li.pnote').length === 0);
  await popup.waitFor(() => document.activeElement?.textContent === 'Undo');
  expect(await askBackground<Note[]>(m.tab, 'notes/byPage', { pageKey: page.key })).toEqual([]);
  await popup.press('Enter');
  await popup.waitFor(() => document.querySelectorAll('.page-notes li.pnote').length === 1 && !document.querySelector('.note-undo'));
  expect(await askBackground<Note[]>(m.tab, 'notes/byPage', { pageKey: page.key })).toEqual([edited]);
  expect(await popup.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);

  // Kept: after a reload of the article, the popup opened again lists it.
  await popup.close();
  await article.goto(demo.url);
  await expect.poll(async () => (await m.send(demo.url, 'page/notes', null).catch(() => null))?.page.key, { timeout: 20_000 }).toBe(page.key);
  popup = await openPopup(ext, tabs, demo.url);
  await popup.waitFor(() => document.querySelectorAll('.page-notes li.pnote').length === 1);
  [shown] = await listed(popup);
  expect(shown).toMatchObject({ id: edited.id, text: HOSTILE });

  // Live: notes written elsewhere (here by another extension page) show without reopening the popup.
  const blocks = (await m.send(demo.url, 'page/article', null)).blocks;
  const text = blocks.join('\n\n');
  const quote = demo.bodyParagraphs[0]!.split(/(?<=\.) /)[0]!;
  const at = text.indexOf(quote);
  expect(at).toBeGreaterThan(0);
  const now = Date.now();
  const onPassage: SelectionNote = {
    kind: 'selection',
    id: '00000000-0000-4000-8000-00000000a001',
    page,
    selectors: describeSelection(text, at, at + quote.length)!,
    text: 'On the opening sentence',
    tags: [],
    color: 'yellow',
    created: now,
    updated: now,
  };
  const lost: SelectionNote = {
    ...onPassage,
    id: '00000000-0000-4000-8000-00000000a002',
    text: 'On a sentence the article no longer has',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'A sentence that was never in this article at all', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 3, end: 3 + 'A sentence that was never in this article at all'.length },
    ],
  };
  await askBackground(m.tab, 'notes/save', { note: onPassage });
  await askBackground(m.tab, 'notes/save', { note: lost });
  await popup.waitFor(() => document.querySelectorAll('.page-notes li.pnote[data-kind=selection]').length === 2);
  const items = await listed(popup);
  expect(items.find((i) => i.id === onPassage.id)).toMatchObject({ quote: quote, text: 'On the opening sentence', color: 'Yellow' });
  expect(items.find((i) => i.id === lost.id)?.quote).toBe('A sentence that was never in this article at all');

  // Each selection note is in the group the page's own placement gives it (placed, detached, or not yet placed).
  const groupOf = (s: { pending: boolean; anchored: string[]; detached: string[] }, id: string) =>
    s.pending ? 'unplaced' : s.detached.includes(id) ? 'detached' : s.anchored.includes(id) ? 'placed' : 'unplaced';
  // The page may finish placing at any moment, so the placement and the list are read together and
  // checked against each other in one round.
  type Round = { placement: { pending: boolean; anchored: string[]; detached: string[] }; items: Listed[]; heading?: string };
  let seen: Round | undefined;
  await expect
    .poll(
      async () => {
        const placement = await m.send(demo.url, 'page/notes', null);
        const items = await listed(popup);
        const heading = await popup.evaluate(() => document.querySelector('[data-group=detached] h3')?.textContent ?? undefined);
        seen = { placement, items, heading };
        return [onPassage.id, lost.id].every((id) => items.find((i) => i.id === id)?.group === groupOf(placement, id));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const { placement, items: agreed, heading } = seen!;
  const passage = agreed.find((i) => i.id === onPassage.id)!;
  // "Show in page" is offered exactly for notes the page placed; the detached one is listed under its heading.
  expect(passage.reveal).toBe(passage.group === 'placed');
  if (!placement.pending) expect(placement.detached).toContain(lost.id);
  if (placement.detached.includes(lost.id)) expect(heading).toBe('Detached');
  if (passage.reveal) {
    await popup.click(`[data-note-id="${onPassage.id}"] .pnote-reveal`);
    await popup.waitFor(() => document.querySelector('.pnote-status')?.textContent === 'The passage is shown in the page.');
  }

  // A delete elsewhere removes the note from the list.
  await askBackground(m.tab, 'notes/delete', { id: lost.id });
  await popup.waitFor((id: string) => !document.querySelector(`[data-note-id="${id}"]`), lost.id);
});

test('search over all notes by text and by tag; the page export holds this page’s notes only', async ({ ext, tabs }) => {
  const demo = demoPage();
  const { m } = await openAnnotated(ext, tabs, demo.url);
  const { page } = await m.send(demo.url, 'page/notes', null);
  await askBackground(m.tab, 'notes/clear', { confirm: true });
  const here = pageNote('00000000-0000-4000-8000-00000000b001', page, 'Tariffs on steel were the real topic', ['trade-war']);
  const there = pageNote('00000000-0000-4000-8000-00000000b002', OTHER_PAGE, 'Rain records broken in Kerala', ['weather']);
  // An imported note may name any address; it must not become a link.
  const odd = pageNote('00000000-0000-4000-8000-00000000b003', { key: 'odd', url: 'javascript:alert(1)', title: 'Odd page' }, 'Rain on an odd page', []);
  for (const note of [here, there, odd]) await askBackground(m.tab, 'notes/save', { note });

  const popup = await openPopup(ext, tabs, demo.url);
  await popup.waitFor(() => document.querySelectorAll('.page-notes li.pnote').length === 1);

  const results = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.search-results > li')].map((li) => ({
        id: li.dataset.noteId,
        page: li.querySelector('.search-page')?.textContent,
        href: li.querySelector('a.search-page')?.getAttribute('href') ?? null,
        target: li.querySelector('a.search-page')?.getAttribute('target') ?? null,
      })),
    );
  const search = async (query: string, status: string) => {
    await fill(popup, '#ns-query', query);
    await popup.waitFor(
      (a: { query: string; status: string }) => {
        const line = document.getElementById('ns-status');
        return line?.dataset.query === a.query && line.textContent === a.status;
      },
      { query, status },
    );
  };
  expect(await popup.evaluate(() => document.querySelector('[role=search] label[for=ns-query]')?.textContent)).toBe('Words, tags or page titles');

  await search('kerala', '1 note found');
  expect(await results()).toEqual([{ id: there.id, page: OTHER_PAGE.title, href: OTHER_PAGE.url, target: '_blank' }]);
  await search('trade-war', '1 note found');
  expect(await results()).toEqual([{ id: here.id, page: page.title, href: page.url, target: '_blank' }]);
  await search('rain', '2 notes found');
  const rain = await results();
  expect(rain.map((r) => r.id).sort()).toEqual([there.id, odd.id].sort());
  expect(rain.find((r) => r.id === odd.id)).toMatchObject({ page: 'Odd page', href: null });
  await search('zebra', 'No notes match.');
  expect(await seriousAxeViolations(popup)).toEqual([]);

  // A note saved while the results show joins them.
  await search('rain', '2 notes found');
  await askBackground(m.tab, 'notes/save', { note: pageNote('00000000-0000-4000-8000-00000000b004', page, 'Rain delayed the summit', ['weather']) });
  await popup.waitFor(() => document.getElementById('ns-status')?.textContent === '3 notes found');

  // Export of this page: the demo page's two notes, none of another page's.
  await captureDownloads(popup);
  await popup.click('.export-jsonld');
  await popup.click('.export-markdown');
  await popup.waitFor(() => (window as unknown as { __downloads: unknown[] }).__downloads.length === 2);
  const [jsonld, markdown] = await downloads(popup);
  expect(jsonld!.name).toMatch(/^archyde-notes-archyde\.com-[a-z0-9.-]+-\d{4}-\d{2}-\d{2}\.jsonld$/); // the page's own name, not the full export's
  const collection = JSON.parse(jsonld!.text) as { type: string; total: number; first: { items: { id: string; body: unknown; target: { source: string } }[] } };
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.total).toBe(2);
  expect(collection.first.items.map((i) => i.target.source)).toEqual([page.url, page.url]);
  expect(jsonld!.text).toContain('Tariffs on steel were the real topic');
  expect(jsonld!.text).not.toContain('Kerala');
  expect(markdown!.name).toMatch(/\.md$/);
  expect(markdown!.text).toContain('Tariffs on steel were the real topic');
  expect(markdown!.text).toContain('Rain delayed the summit');
  expect(markdown!.text).not.toContain('Kerala');
  expect(await popup.evaluate(() => document.querySelector('.pnote-export [role=status]')?.textContent)).toBe(`Saved ${markdown!.name}.`);
});

test('where the annotator does not run, the popup says so and still searches every note', async ({ ext, tabs }) => {
  const messenger = await ext.openExtensionPage('popup.html?tab=-1');
  tabs.push(messenger);
  await askBackground(messenger, 'notes/clear', { confirm: true });
  await askBackground(messenger, 'notes/save', { note: pageNote('00000000-0000-4000-8000-00000000c001', OTHER_PAGE, 'Monsoon notes', ['weather']) });
  // Opened with no article tab, the popup is about itself: a page without the content script.
  const popup = await ext.openExtensionPage('popup.html?tab=-1');
  tabs.push(popup);
  await popup.waitFor(() => document.querySelector('.page-notes')?.getAttribute('data-state') === 'unavailable');
  expect(await popup.evaluate(() => document.querySelector('.page-notes p')?.textContent)).toContain('Notes can be added to pages the annotator runs on');
  expect(await popup.evaluate(() => document.querySelectorAll('.pnote-add, .pnote-export').length)).toBe(0);
  await fill(popup, '#ns-query', 'weather');
  await popup.waitFor(() => document.getElementById('ns-status')?.textContent === '1 note found');
});

test('the popup has the background build its search index as it opens, before any search', async ({ ext, tabs }) => {
  test.setTimeout(120_000); // a browser restart
  const messenger = await openOptions(ext);
  tabs.push(messenger);
  await askBackground(messenger, 'notes/save', { note: pageNote('00000000-0000-4000-8000-00000000c002', OTHER_PAGE, 'Warm-up notes', []) });
  // A background with nothing in memory, the notes on disk; the options page asks for no search.
  await ext.restart();
  tabs.length = 0;
  const options = await openOptions(ext);
  tabs.push(options);
  const popup = await ext.openExtensionPage('popup.html?tab=-1');
  tabs.push(popup);
  await popup.waitFor(() => document.getElementById('ns-query') !== null);
  // The popup asks as its search box appears; over a few notes the build takes milliseconds.
  await new Promise((r) => setTimeout(r, 2000));
  expect(await askBackground(options, 'notes/warmSearch', null)).toEqual({ ready: true });
  await fill(popup, '#ns-query', 'warm-up');
  await popup.waitFor(() => document.getElementById('ns-status')?.textContent === '1 note found');
  await askBackground(options, 'notes/delete', { id: '00000000-0000-4000-8000-00000000c002' });
});
