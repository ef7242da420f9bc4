/**
 * The options page in the real extension: the highlighted types and their colours followed live by
 * an open article, export then import of a note, a malformed import that changes nothing, and
 * delete-all.
 */
import { randomUUID } from 'node:crypto';
import { test, expect } from '../harness/fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, demoPage, serve } from '../harness/routes';
import { askBackground, captureDownloads, chooseFile, downloads, openOptions, storedSettings } from '../harness/options-page';
import { pageKey } from '../../src/core/notes/page-key';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-model';
import { TYPE_STYLES, typeStyle } from '../../src/ui/colors';
import type { Note } from '../../src/core/notes/model';
import type { TabDriver } from '../harness/types';

const XI_KEY = 'PERSON:xi jinping';

function xiNote(text: string): Note {
  const now = Date.now();
  const url = demoPage().url;
  return {
    id: randomUUID(),
    kind: 'entity',
    page: { key: pageKey(url), url, title: 'Xi and Putin' },
    entity: { key: XI_KEY, name: 'Xi Jinping', type: 'PERSON' },
    text,
    tags: [],
    color: null,
    created: now,
    updated: now,
  };
}

const xiNotes = (tab: TabDriver) => askBackground<Note[]>(tab, 'notes/byEntities', { keys: [XI_KEY] });
const status = (tab: TabDriver) => tab.evaluate(() => document.getElementById('data-status')?.textContent ?? '');

async function deleteAll(tab: TabDriver): Promise<void> {
  await tab.click('#delete-all');
  await tab.waitFor(() => document.activeElement?.id === 'delete-cancel');
  expect(await tab.evaluate(() => document.getElementById('confirm-text')?.textContent)).toMatch(/every note.*settings.*colours/s);
  await tab.click('#delete-confirm');
  await tab.waitFor(() => /^Deleted \d+ notes/.test(document.getElementById('data-status')?.textContent ?? ''));
}

/** Chooses `color` in a type's colour picker as the picker does when it closes (input, then change). */
async function pickColor(tab: TabDriver, type: string, color: string): Promise<void> {
  await tab.evaluate(
    (a: { type: string; color: string }) => {
      const input = document.querySelector<HTMLInputElement>(`#color-${a.type}`);
      if (!input) throw new Error(`no colour picker for ${a.type}`);
      input.value = a.color;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { type, color },
  );
}

/** "#aa0011" as getComputedStyle writes it. */
const asRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The underline colour, tint and underline style of the first painted mention of `type`. */
function paintOf(tab: TabDriver, type: string) {
  return tab.evaluate((ty: string) => {
    const el = document.querySelector(`archyde-entity[data-aa-type="${ty}"]`);
    if (!el) return null;
    const cs = getComputedStyle(el);
    return { color: cs.textDecorationColor, tint: cs.backgroundColor, style: cs.textDecorationStyle };
  }, type);
}

/** How many notes the extension's IndexedDB holds, read in its own origin (the options page), not through the background. */
function notesInDatabase(tab: TabDriver): Promise<number> {
  return tab.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('archyde-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('notes').objectStore('notes').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Everything in the extension's storage.local. */
function allStored(tab: TabDriver): Promise<Record<string, unknown>> {
  return tab.evaluate(async () => {
    const g = globalThis as unknown as {
      browser?: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
    };
    return (g.browser ?? g.chrome).storage.local.get(null);
  });
}

async function clearStoredSettings(tab: TabDriver): Promise<void> {
  await tab.evaluate(async () => {
    const g = globalThis as unknown as {
      browser?: { storage: { local: { remove(k: string): Promise<void> } } };
      chrome: { storage: { local: { remove(k: string): Promise<void> } } };
    };
    await (g.browser ?? g.chrome).storage.local.remove('settings');
  });
}

test.beforeEach(async ({ ext, tabs }) => {
  const tab = await openOptions(ext);
  tabs.push(tab);
  await askBackground(tab, 'notes/clear', { confirm: true });
});

test('unchecking a type removes its highlights from an open article at once; checking it restores them', async ({ ext, tabs }) => {
  const article = await ext.open(demoPage().url);
  tabs.push(article);
  const people = () => article.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]').length);
  await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]').length > 5, undefined, 20_000);
  const places = await article.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type="PLACE"]').length);
  expect(places).toBeGreaterThan(0);

  const options = await openOptions(ext);
  tabs.push(options);
  const box = '.type-toggle[data-type="PERSON"] input';
  const checked = () => options.evaluate((sel: string) => document.querySelector<HTMLInputElement>(sel)!.checked, box);
  expect(await checked()).toBe(true);
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('.type-toggle[data-type="DATE"] input')!.checked)).toBe(false);
  try {
    await options.click(box);
    await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]').length === 0);
    // Other types keep their colour (the article may still be highlighting later blocks, so at least as many).
    expect(await article.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type="PLACE"]').length)).toBeGreaterThanOrEqual(places);
    expect(((await storedSettings(options)) as { shownTypes: string[] }).shownTypes).not.toContain('PERSON');
    expect(await checked()).toBe(false);

    await options.click(box);
    await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]').length > 5);
    expect(await people()).toBeGreaterThan(5);

    // Dates are off by default; checking them paints the article's dates.
    const dates = () => article.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type="DATE"]').length);
    expect(await dates()).toBe(0);
    await options.click('.type-toggle[data-type="DATE"] input');
    await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="DATE"]').length > 0);
    // A hidden type's mentions are not tab stops; a shown type's first mentions are.
    expect(await article.evaluate(() => document.querySelectorAll('archyde-entity[data-aa-type="DATE"][tabindex="0"]').length)).toBeGreaterThan(0);
    await options.click('.type-toggle[data-type="DATE"] input');
    await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="DATE"]').length === 0);
  } finally {
    await clearStoredSettings(options);
  }
});

test("a type's colour, changed in the options page, repaints an open article at once and nothing else; reset brings the defaults back", async ({
  ext,
  tabs,
}) => {
  const article = await ext.open(demoPage().url);
  tabs.push(article);
  await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]').length > 5, undefined, 20_000);
  const dark = await article.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const defaultColor = asRgb(dark ? TYPE_STYLES.PERSON.colorDark : TYPE_STYLES.PERSON.color);
  const before = await paintOf(article, 'PERSON');
  expect(before?.color).toBe(defaultColor);
  const orgBefore = await paintOf(article, 'ORG');
  // The page is the same document throughout: a marker in its world survives, no style is added to it.
  const pageStyle = () =>
    article.evaluate(() => ({
      marker: (window as unknown as { __sameDocument?: number }).__sameDocument,
      rootStyle: document.documentElement.getAttribute('style'),
      sheets: document.styleSheets.length,
    }));
  await article.evaluate(() => ((window as unknown as { __sameDocument: number }).__sameDocument = 1));
  const styleBefore = await pageStyle();

  const options = await openOptions(ext);
  tabs.push(options);
  try {
    await pickColor(options, 'PERSON', '#aa0011');
    const want = asRgb(dark ? typeStyle('PERSON', '#aa0011').colorDark : '#aa0011');
    await article.waitFor((w: string) => {
      const el = document.querySelector('archyde-entity[data-aa-type="PERSON"]');
      return !!el && getComputedStyle(el).textDecorationColor === w;
    }, want);
    const after = await paintOf(article, 'PERSON');
    expect(after?.color).toBe(want);
    expect(after?.tint).not.toBe(before?.tint);
    expect(after?.style).toBe(TYPE_STYLES.PERSON.underline); // the type keeps its own underline: never colour alone
    // Every person mention follows, and the other types keep theirs.
    expect(
      await article.evaluate(
        (w: string) => [...document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]')].every((el) => getComputedStyle(el).textDecorationColor === w),
        want,
      ),
    ).toBe(true);
    expect(await paintOf(article, 'ORG')).toEqual(orgBefore);
    expect(await pageStyle()).toEqual({ ...styleBefore, marker: 1 });
    expect(((await storedSettings(options)) as { typeColors: object }).typeColors).toEqual({ PERSON: '#aa0011' });
    // The options page's own swatch shows the same colour.
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#color-PERSON')!.value)).toBe('#aa0011');

    await options.click('#reset-colors');
    await article.waitFor((w: string) => {
      const el = document.querySelector('archyde-entity[data-aa-type="PERSON"]');
      return !!el && getComputedStyle(el).textDecorationColor === w;
    }, defaultColor);
    expect(await paintOf(article, 'PERSON')).toEqual(before);
    expect(((await storedSettings(options)) as { typeColors: object }).typeColors).toEqual({});
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#color-PERSON')!.value)).toBe(TYPE_STYLES.PERSON.color);
  } finally {
    await clearStoredSettings(options);
  }
});

test("a page opened after the colour changed is painted in it, even where the page's CSP forbids inline styles", async ({ ext, tabs }) => {
  const options = await openOptions(ext);
  tabs.push(options);
  try {
    await pickColor(options, 'PLACE', '#5500aa');
    await options.waitFor(() => document.querySelector<HTMLInputElement>('#color-PLACE')!.value === '#5500aa');
    const url = 'https://www.archyde.com/colour-csp-test/';
    const html = readFileSync(join(FIXTURES, demoPage().file), 'utf8').replace(
      '<head>',
      `<head><meta http-equiv="Content-Security-Policy" content="style-src 'self'; script-src 'none'">`,
    );
    serve(url, html);
    const article = await ext.open(url);
    tabs.push(article);
    await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="PLACE"]').length > 0, undefined, 20_000);
    const dark = await article.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    const want = asRgb(dark ? typeStyle('PLACE', '#5500aa').colorDark : '#5500aa');
    expect(
      await article.evaluate(
        (w: string) => [...document.querySelectorAll('archyde-entity[data-aa-type="PLACE"]')].every((el) => getComputedStyle(el).textDecorationColor === w),
        want,
      ),
    ).toBe(true);
    expect((await paintOf(article, 'PLACE'))?.style).toBe(TYPE_STYLES.PLACE.underline);
  } finally {
    await clearStoredSettings(options);
  }
});

test("a page cannot change the reader's colour on our highlights with its own custom property", async ({ ext, tabs }) => {
  const article = await ext.open(demoPage().url);
  tabs.push(article);
  await article.waitFor(() => document.querySelectorAll('archyde-entity[data-aa-type="PERSON"]').length > 5, undefined, 20_000);
  const before = await paintOf(article, 'PERSON');
  await article.evaluate(() => {
    document.documentElement.style.setProperty('--archyde-color', 'red');
    document.documentElement.style.setProperty('--archyde-tint', 'red');
  });
  expect(await paintOf(article, 'PERSON')).toEqual(before);
});

test('a note exported as JSON-LD and Markdown comes back from an import after it was deleted', async ({ ext, tabs }) => {
  const tab = await openOptions(ext);
  tabs.push(tab);
  const note = xiNote('Met Putin in <b>Moscow</b>');
  await askBackground(tab, 'notes/save', { note });

  await captureDownloads(tab);
  await tab.click('#export-jsonld');
  await tab.waitFor(() => /^Saved /.test(document.getElementById('data-status')?.textContent ?? ''));
  await tab.click('#export-markdown');
  await tab.waitFor(() => (window as unknown as { __downloads: unknown[] }).__downloads.length === 2);
  const [jsonld, markdown] = await downloads(tab);
  expect(jsonld!.name).toMatch(/\.jsonld$/);
  expect(JSON.parse(jsonld!.text)).toBeTruthy();
  expect(jsonld!.text).toContain(note.id);
  expect(markdown!.name).toMatch(/\.md$/);
  expect(markdown!.text).toContain('Met Putin in');

  await askBackground(tab, 'notes/delete', { id: note.id });
  expect(await xiNotes(tab)).toEqual([]);

  await chooseFile(tab, '#import-file', jsonld!.name, jsonld!.text);
  await tab.waitFor(() => /^Imported: 1 new/.test(document.getElementById('data-status')?.textContent ?? ''));
  const back = await xiNotes(tab);
  expect(back.map((n) => [n.id, n.text])).toEqual([[note.id, note.text]]);
});

test('a malformed import file shows the exact error and changes nothing', async ({ ext, tabs }) => {
  const tab = await openOptions(ext);
  tabs.push(tab);
  const note = xiNote('kept as it is');
  await askBackground(tab, 'notes/save', { note });

  await chooseFile(tab, '#import-file', 'broken.jsonld', '{"@context": "http://www.w3.org/ns/anno.jsonld", "items": [');
  await tab.waitFor(() => document.querySelector('#data-status.error') !== null);
  const text = await status(tab);
  expect(text).toContain('Nothing was imported from broken.jsonld');
  expect(text.length).toBeGreaterThan('Nothing was imported from broken.jsonld: '.length);
  expect(await tab.evaluate(() => document.getElementById('data-status')?.getAttribute('role'))).toBe('alert');
  const after = await xiNotes(tab);
  expect(after.map((n) => [n.id, n.text, n.updated])).toEqual([[note.id, note.text, note.updated]]);
});

test('delete all, after a confirmation that says what goes, leaves no notes and the default settings', async ({ ext, tabs }) => {
  const tab = await openOptions(ext);
  tabs.push(tab);
  await askBackground(tab, 'notes/save', { note: xiNote('one') });
  await askBackground(tab, 'notes/save', { note: xiNote('two') });
  await tab.click('.type-toggle[data-type="DATE"] input');
  await tab.waitFor(() => document.querySelector<HTMLInputElement>('.type-toggle[data-type="DATE"] input')!.checked);
  await pickColor(tab, 'ORG', '#123456');
  await tab.waitFor(() => document.querySelector<HTMLInputElement>('#color-ORG')!.value === '#123456');
  expect(await storedSettings(tab)).toMatchObject({ shownTypes: expect.arrayContaining(['DATE']), typeColors: { ORG: '#123456' } });
  expect(await notesInDatabase(tab)).toBe(2);

  // Cancel keeps everything.
  await tab.click('#delete-all');
  await tab.waitFor(() => document.activeElement?.id === 'delete-cancel');
  await tab.click('#delete-cancel');
  await tab.waitFor(() => document.activeElement?.id === 'delete-all');
  expect(await xiNotes(tab)).toHaveLength(2);

  await deleteAll(tab);
  expect(await status(tab)).toMatch(/^Deleted 2 notes/);
  expect(await xiNotes(tab)).toEqual([]);
  const exported = await askBackground<{ content: string }>(tab, 'notes/export', { format: 'jsonld' });
  expect(exported.content).not.toContain('Xi Jinping');
  expect(await storedSettings(tab)).toEqual(DEFAULT_SETTINGS);
  await tab.waitFor(() => !document.querySelector<HTMLInputElement>('.type-toggle[data-type="DATE"] input')!.checked);
  expect(await tab.evaluate(() => document.querySelector<HTMLInputElement>('#color-ORG')!.value)).toBe(TYPE_STYLES.ORG.color);
  // No data is left: the notes database itself is empty, and extension storage holds only the
  // default settings and the last change notice, which names no page or entity.
  expect(await notesInDatabase(tab)).toBe(0);
  const stored = await allStored(tab);
  expect(Object.keys(stored).sort()).toEqual(['notesChange', 'settings']);
  expect(stored['notesChange']).toMatchObject({ pageKeys: [], entityKeys: [], all: true });
});
