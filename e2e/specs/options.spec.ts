/**
 * The options page in the real extension: the highlighted types followed live by an open article,
 * export then import of a note, a malformed import that changes nothing, and delete-all.
 */
import { randomUUID } from 'node:crypto';
import { test, expect } from '../harness/fixture';
import { demoPage } from '../harness/routes';
import { askBackground, captureDownloads, chooseFile, downloads, openOptions, storedSettings } from '../harness/options-page';
import { pageKey } from '../../src/core/notes/page-key';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-model';
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
  expect(await tab.evaluate(() => document.getElementById('confirm-text')?.textContent)).toMatch(/every note.*settings/s);
  await tab.click('#delete-confirm');
  await tab.waitFor(() => /^Deleted \d+ notes/.test(document.getElementById('data-status')?.textContent ?? ''));
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
  } finally {
    await options.evaluate(async () => {
      const g = globalThis as unknown as {
        browser?: { storage: { local: { remove(k: string): Promise<void> } } };
        chrome: { storage: { local: { remove(k: string): Promise<void> } } };
      };
      await (g.browser ?? g.chrome).storage.local.remove('settings');
    });
  }
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
  expect(((await storedSettings(tab)) as { shownTypes: string[] }).shownTypes).toContain('DATE');

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
});
