/**
 * Notes last: an entity note written in the card and a page note are still there after a reload
 * and after the browser is restarted on the same profile; an export imported into a fresh profile
 * gives back every note exactly; a malformed file is refused with a message naming the wrong item
 * and changes nothing; note text with markup stays text wherever it is shown; and a save that hits
 * the storage quota tells the reader and loses nothing.
 *
 * "Stored" is read straight from the extension's IndexedDB from one of its pages (the ground truth,
 * not what the background answers). The tests share one browser per worker and restart it, so each
 * starts by deleting every note.
 */
import { randomUUID } from 'node:crypto';
import { test, expect, launchBrowser } from '../harness/fixture';
import { demoPage } from '../harness/routes';
import { askBackground, captureDownloads, chooseFile, downloads, openOptions } from '../harness/options-page';
import { openArticle, openCard, startNote, until, waitForArticle, writeNote, type CardTab } from '../harness/card-notes';
import { pageKey } from '../../src/core/notes/page-key';
import { toAnnotationCollection } from '../../src/core/notes/export';
import type { Note } from '../../src/core/notes/model';
import type { ExtensionBrowser, TabDriver } from '../harness/types';
import { launchChromium } from '../harness/chromium';
import { DIST_CHROME } from '../harness/paths';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = demoPage().url;
const KEY = pageKey(ARTICLE);
const HOSTILE = '<img src=x onerror=alert(1)>';
const XI = { name: 'Xi Jinping', label: 'Xi Jinping, Person', key: 'PERSON:xi jinping' };

/** Every note in the extension's IndexedDB, by id, read from an extension page. */
function storedNotes(page: TabDriver): Promise<Note[]> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it empty: look first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'archyde-notes')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const rq = indexedDB.open('archyde-notes');
      rq.onsuccess = () => resolve(rq.result);
      rq.onerror = () => reject(rq.error);
    });
    try {
      const all = await new Promise<Note[]>((resolve, reject) => {
        const rq = db.transaction('notes').objectStore('notes').getAll();
        rq.onsuccess = () => resolve(rq.result as Note[]);
        rq.onerror = () => reject(rq.error);
      });
      return all.sort((a, b) => (a.id < b.id ? -1 : 1));
    } finally {
      db.close();
    }
  });
}

function pageNote(text: string, at = Date.now()): Note {
  return { id: randomUUID(), kind: 'page', page: { key: KEY, url: ARTICLE, title: 'Xi and Putin' }, text, tags: [], color: null, created: at, updated: at };
}

/** Three notes, one of each kind, with every field set to something an export could lose. */
function notesOfEveryKind(): Note[] {
  const at = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
  const page = { key: KEY, url: `${ARTICLE}?utm_source=feed#comments`, title: 'Xi « and » Putin — 日本語' };
  return [
    {
      id: randomUUID(),
      kind: 'selection',
      page,
      text: `${HOSTILE}\nline two\n\n  indented`,
      tags: ['diplomacy', 'Ünïcode'],
      color: 'green',
      created: at,
      updated: at + 1,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Xi Jinping', prefix: 'President ', suffix: ' will meet' },
        { type: 'TextPositionSelector', start: 120, end: 130 },
      ],
    },
    {
      id: randomUUID(),
      kind: 'entity',
      page,
      entity: { key: XI.key, name: XI.name, type: 'PERSON' },
      text: 'emoji 🧭 and "quotes" & ampersands',
      tags: [],
      color: null,
      created: at + 2,
      updated: at + 2,
    },
    { ...pageNote('a page note', at + 3), color: 'purple', tags: ['summit'] },
  ];
}

async function freshStart(ext: Parameters<typeof openOptions>[0], tabs: TabDriver[]): Promise<TabDriver> {
  const options = await openOptions(ext);
  tabs.push(options);
  await askBackground(options, 'notes/clear', { confirm: true });
  return options;
}

const status = (tab: TabDriver) => tab.evaluate(() => document.getElementById('data-status')?.textContent ?? '');

/** What a page script can find of a text anywhere in the page's own DOM. */
const pageSees = (tab: TabDriver, needle: string) =>
  tab.evaluate((n: string) => document.documentElement.outerHTML.includes(n) || document.body.textContent!.includes(n), needle);

async function countAlerts(tab: TabDriver): Promise<void> {
  await tab.evaluate(() => {
    const w = window as unknown as { __alerts: number };
    w.__alerts = 0;
    window.alert = () => void w.__alerts++;
  });
}
const alerts = (tab: TabDriver) => tab.evaluate(() => (window as unknown as { __alerts: number }).__alerts);

/** The card shows `text` as text: no element was made of it, no script ran, the page's DOM never had it. */
async function expectInertInCard(card: CardTab, text: string): Promise<void> {
  const s = await openCard(card, XI.name, XI.label);
  expect(s.text).toContain(text);
  expect(s.embedded).toBe(0);
  expect(await pageSees(card.tab, 'onerror=alert')).toBe(false);
  expect(await alerts(card.tab)).toBe(0);
}

test('an entity note and a page note are kept across a reload and a browser restart', async ({ ext, tabs }) => {
  test.setTimeout(120_000); // a restart, and Firefox types slowly under load
  let options = await freshStart(ext, tabs);
  const card = await openArticle(ext, tabs, ARTICLE, XI.name);
  await countAlerts(card.tab);
  await openCard(card, XI.name, XI.label);
  const written = `${HOSTILE} kept`;
  await writeNote(card, written);
  await expectInertInCard(card, written);
  const page = pageNote(`${HOSTILE} page`);
  await askBackground(options, 'notes/save', { note: page });
  const before = await storedNotes(options);
  expect(before.map((n) => [n.kind, n.text]).sort()).toEqual([
    ['entity', written],
    ['page', page.text],
  ]);

  // Reload.
  await card.tab.goto(ARTICLE);
  await waitForArticle(card.tab, XI.name);
  await countAlerts(card.tab);
  await expectInertInCard(card, written);
  expect(await storedNotes(options)).toEqual(before);

  // Restart on the same profile: every open tab goes with the browser.
  await ext.restart();
  tabs.length = 0;
  options = await openOptions(ext);
  tabs.push(options);
  expect(await storedNotes(options)).toEqual(before);
  expect(await askBackground<Note[]>(options, 'notes/byPage', { pageKey: KEY })).toEqual(
    before.filter((n) => n.page.key === KEY).sort((a, b) => a.created - b.created),
  );
  const restarted = await openArticle(ext, tabs, ARTICLE, XI.name);
  await countAlerts(restarted.tab);
  await expectInertInCard(restarted, written);

  // The add-note entry points are there after the restart: the context menu item (update fails
  // for an item that does not exist) and the keyboard command with its key.
  const entryPoints = await options.evaluate(async () => {
    type Api = {
      contextMenus: { update(id: string, p: object): Promise<void> };
      commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    let menu = 'missing';
    for (let i = 0; i < 50 && menu !== 'present'; i++) {
      // The background re-creates the item at start-up (remove, then create): wait it out.
      menu = await api.contextMenus.update('add-note-to-selection', {}).then(
        () => 'present',
        (e: unknown) => String(e),
      );
      if (menu !== 'present') await new Promise((r) => setTimeout(r, 100));
    }
    const command = (await api.commands.getAll()).find((c) => c.name === 'add-note');
    return { menu, shortcut: command?.shortcut };
  });
  expect(entryPoints).toEqual({ menu: 'present', shortcut: 'Alt+Shift+J' });
});

test('an export imported into a fresh profile gives back every note exactly, markup still inert', async ({ ext, tabs }) => {
  test.setTimeout(120_000); // a second browser
  const options = await freshStart(ext, tabs);
  for (const note of notesOfEveryKind()) await askBackground(options, 'notes/save', { note });
  const before = await storedNotes(options);
  expect(before).toHaveLength(3);
  await captureDownloads(options);
  await options.click('#export-jsonld');
  await options.waitFor(() => (window as unknown as { __downloads: unknown[] }).__downloads.length === 1);
  const [file] = await downloads(options);

  const fresh = await launchBrowser(ext.name);
  try {
    const target = await openOptions(fresh);
    expect(await storedNotes(target)).toEqual([]);
    await chooseFile(target, '#import-file', file!.name, file!.text);
    await target.waitFor(() => /^Imported/.test(document.getElementById('data-status')?.textContent ?? ''));
    expect(await status(target)).toBe('Imported: 3 new, 0 updated, 0 unchanged.');
    expect(await storedNotes(target)).toEqual(before);

    // The imported entity note in Xi Jinping's card, on the page it was made on.
    const card = await openArticle(fresh, [], ARTICLE, XI.name);
    await countAlerts(card.tab);
    const s = await openCard(card, XI.name, XI.label);
    expect(s.text).toContain('emoji 🧭 and "quotes" & ampersands');
    expect(s.embedded).toBe(0);
  } finally {
    await fresh.close();
  }
});

test('a malformed import file is refused with a message naming the wrong item, and changes nothing', async ({ ext, tabs }) => {
  const options = await freshStart(ext, tabs);
  const kept = notesOfEveryKind();
  for (const note of kept.slice(0, 2)) await askBackground(options, 'notes/save', { note });
  const before = await storedNotes(options);

  // A file of an already stored note, changed, a new note, a new note whose selector is wrong, and another new note.
  const [extra] = notesOfEveryKind();
  type Item = { id: string; target: { selector: { type: string; exact?: unknown }[] } };
  const items = [{ ...kept[0]!, text: 'changed', updated: kept[0]!.updated + 1000 }, kept[2]!, extra!, pageNote('new, after the broken one')].map(
    (n) => toAnnotationCollection([n]).first.items[0] as unknown as Item,
  );
  const broken = 2;
  items[broken]!.target.selector[0] = { type: 'TextQuoteSelector', exact: 1 };
  const file = JSON.stringify({ items });

  await chooseFile(options, '#import-file', 'broken.jsonld', file);
  await options.waitFor(() => document.querySelector('#data-status.error') !== null);
  expect(await status(options)).toBe(
    'Nothing was imported from broken.jsonld: import refused, nothing changed: item 3: target.selector[0].exact: expected string, got 1.',
  );
  expect(await storedNotes(options)).toEqual(before);

  // Markup in a file name or a value the message quotes is shown as text.
  await chooseFile(options, '#import-file', `${HOSTILE}.jsonld`, JSON.stringify({ items: [{ ...items[1], created: HOSTILE }] }));
  await options.waitFor((h: string) => (document.getElementById('data-status')?.textContent ?? '').includes(h), HOSTILE);
  expect(await status(options)).toContain('item 1: created:');
  expect(await options.evaluate(() => document.querySelectorAll('#data-status *').length)).toBe(0);
  expect(await storedNotes(options)).toEqual(before);
});

/**
 * Fills the extension origin's storage (a database of its own) until even a small write fails, or
 * `upTo` characters are written; answers how many were written and whether the quota stopped it.
 */
function fillStorage(page: TabDriver, upTo = 200_000_000): Promise<{ written: number; full: boolean }> {
  return page.evaluate(async (upTo: number) => {
    // Opened for every write: Firefox closes a connection whose transaction ran out of quota.
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const rq = indexedDB.open('durab-filler', 1);
        rq.onupgradeneeded = () => rq.result.createObjectStore('s', { autoIncrement: true });
        rq.onsuccess = () => resolve(rq.result);
        rq.onerror = () => reject(rq.error);
      });
    // Random text throughout, so that no compression (Chromium compresses large values) makes it smaller.
    const randomText = (chars: number): string => {
      let s = '';
      while (s.length < chars)
        s += btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(Math.min(49_152, Math.ceil(((chars - s.length) * 3) / 4))))));
      return s.slice(0, chars);
    };
    const put = async (value: string): Promise<string | null> => {
      const db = await open();
      try {
        return await new Promise<string | null>((resolve) => {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').add(value);
          tx.oncomplete = () => resolve(null);
          tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
        });
      } finally {
        db.close();
      }
    };
    let written = 0;
    let level = 0;
    // Once a size no longer fits, what is left is less than it, so some tens of the next size fill
    // it (the rest of a database page may take a few more without growing the file).
    for (const size of [1_000_000, 100_000, 10_000, 1000]) {
      for (let n = 0; ; n++) {
        if (level > 0 && n === 50) throw new Error(`${size}-character writes still fit after ${n}`);
        const error = await put(randomText(size));
        if (error === 'QuotaExceededError') break;
        if (error) throw new Error(`filling the storage failed with ${error}`);
        written += size;
        if (written >= upTo) return { written, full: false };
      }
      level++;
    }
    return { written, full: true };
  }, upTo);
}

const emptyStorage = (page: TabDriver) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const rq = indexedDB.deleteDatabase('durab-filler');
        rq.onsuccess = () => resolve();
        rq.onerror = () => reject(rq.error);
      }),
  );

/** A save when the storage is full: the card says so and keeps the draft, nothing is lost, and it saves once there is room. */
async function saveWhenFull(ext: ExtensionBrowser, tabs: TabDriver[]): Promise<void> {
  const options = await freshStart(ext, tabs);
  const kept = notesOfEveryKind();
  for (const note of kept) await askBackground(options, 'notes/save', { note });
  const before = await storedNotes(options);

  await ext.limitStorage(5 * 1024 * 1024);
  try {
    tabs.length = 0; // the browser restarts to apply the limit
    const page = await openOptions(ext);
    tabs.push(page);
    const filled = await fillStorage(page);
    expect(filled.full).toBe(true);
    expect(filled.written).toBeGreaterThan(1_000_000);

    const card = await openArticle(ext, tabs, ARTICLE, XI.name);
    await openCard(card, XI.name, XI.label);
    const draft = `Draft${' written when the disk was full'.repeat(4)}`;
    await startNote(card, draft);
    await card.tab.press('Control+Enter');
    let s = await until(card.probe, (x) => x.text.includes('The note was not saved'), 'said the note was not saved');
    expect(s.text).toContain('Not enough storage space to save notes. Nothing already saved was lost');
    expect(s.controls).toContain('Save'); // the form is still open, the draft in it
    expect(await storedNotes(page)).toEqual(before);

    // Room again: the same draft saves from the form as it was left.
    await emptyStorage(page);
    await card.tab.press('Control+Enter');
    s = await until(card.probe, (x) => x.text.includes(draft) && !x.controls.includes('Save'), 'saved the draft once there was room');
    expect(s.text).not.toContain('The note was not saved');
    const after = await storedNotes(page);
    expect(after.filter((n) => before.some((b) => b.id === n.id))).toEqual(before);
    expect(after.filter((n) => !before.some((b) => b.id === n.id)).map((n) => n.text)).toEqual([draft]);
  } finally {
    await ext.limitStorage(null);
    tabs.length = 0;
    const page = await openOptions(ext);
    tabs.push(page);
    await emptyStorage(page);
  }
}

test('a note saved when the storage is full: the card says so, keeps the text, loses nothing; saved once there is room', async ({ ext, tabs }) => {
  test.setTimeout(150_000); // Firefox restarts twice; Chromium starts a second browser
  if (ext.name === 'firefox') {
    // Firefox holds the shipped build, unlimitedStorage and all, to the profile's storage limit.
    await saveWhenFull(ext, tabs);
    return;
  }
  // Chromium never enforces a quota on an extension with unlimitedStorage, the shipped build: past
  // the limit, writes still succeed. Its quota path is run on a copy without the permission.
  await ext.limitStorage(5 * 1024 * 1024);
  try {
    const options = await openOptions(ext);
    tabs.push(options);
    expect(await fillStorage(options, 8_000_000)).toEqual({ written: 8_000_000, full: false });
    await emptyStorage(options);
  } finally {
    tabs.length = 0; // the restarts closed them
    await ext.limitStorage(null);
  }
  const dir = mkdtempSync(join(tmpdir(), 'archyde-annotator-limited-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const limited = await launchChromium({ extensionDir: dir });
  const own: TabDriver[] = [];
  try {
    await saveWhenFull(limited, own);
  } finally {
    await limited.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('uninstalling the extension deletes its notes', async ({ ext, tabs }) => {
  const options = await freshStart(ext, tabs);
  await askBackground(options, 'notes/save', { note: pageNote('gone with the extension') });
  expect(await storedNotes(options)).toHaveLength(1);
  await ext.removeExtension();
  // Installed again on the same origin. Chromium loads it again at the next start from the same
  // directory (the same id); Firefox forgets the fixed UUID at uninstall, and the restart sets it again.
  await ext.restart();
  await ext.reinstallExtension?.();
  tabs.length = 0;
  const again = await openOptions(ext);
  tabs.push(again);
  expect(await storedNotes(again)).toEqual([]);
});
