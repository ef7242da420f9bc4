/**
 * Selection notes in the real extension: a passage selected in the article gets an "Add note"
 * button that Tab reaches; the note is written and saved from the keyboard, marked in the text
 * (CSS Custom Highlight API) with a marker, kept across a reload, re-placed or reported detached
 * on an edited page, followed live by a second tab, deleted and restored with Undo. Its text stays
 * inert text inside a closed shadow root, and a hostile page can neither read it nor make the
 * extension save anything. The layer is read through the extension-only 'page/noteLayer' request.
 */
import { test, expect } from '../harness/fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPage, FIXTURES, serve } from '../harness/routes';
import { BackgroundMessenger } from '../harness/background-messenger';
import { noteProbe, selectInArticle, typeKeys, type NoteProbe } from '../harness/note-layer';
import { pageKey } from '../../src/core/notes/page-key';
import { describeSelection } from '../../src/core/notes/anchoring/describe';
import type { Note } from '../../src/core/notes/model';
import type { ExtensionBrowser, TabDriver } from '../harness/types';

const DEMO = demoPage();
const HOSTILE = '<img src=x onerror=alert(1)>';
const LINK = 'https://example.org/notes';
/** Crosses two entity highlights (China, Russia): the mark must show over them. */
const QUOTE = 'emerging superpower China and natural resource giant Russia';
const YELLOW = 'archyde-annotator-note-yellow';

/** The demo article at an address of this spec's own, so its notes are nobody else's. */
function article(path: string, edit: (html: string) => string = (h) => h): string {
  const url = `https://www.archyde.com/${path}/`;
  const html = readFileSync(join(FIXTURES, DEMO.file), 'utf8').replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${url}">`);
  serve(url, edit(html));
  return url;
}

async function open(ext: ExtensionBrowser, tabs: TabDriver[], url: string): Promise<{ tab: TabDriver; probe: NoteProbe }> {
  const tab = await ext.open(url);
  tabs.push(tab);
  const probe = await noteProbeWhenReady(ext, url);
  tabs.push({ close: () => probe.close() } as TabDriver);
  return { tab, probe };
}

async function noteProbeWhenReady(ext: ExtensionBrowser, url: string): Promise<NoteProbe> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const probe = await noteProbe(ext, url);
      await waitPlaced(probe);
      return probe;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Waits until the page has read its article and placed its notes (page/notes no longer pending). */
async function waitPlaced(probe: NoteProbe): Promise<{ anchored: string[]; detached: string[] }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const s = await probe.send('page/notes', null);
    if (!s.pending) return s;
    if (Date.now() > deadline) throw new Error('the notes were never placed');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What a page script can find of a text anywhere in the page's own DOM. */
const pageSees = (tab: TabDriver, needle: string) =>
  tab.evaluate(
    (n: string) => document.body.innerText.includes(n) || document.documentElement.outerHTML.includes(n) || document.documentElement.textContent!.includes(n),
    needle,
  );

async function cleanUp(messenger: BackgroundMessenger, urls: string[]): Promise<void> {
  for (const url of urls) {
    const reply = (await messenger.send({ type: 'notes/byPage', payload: { pageKey: pageKey(url) } })) as { ok: boolean; value?: Note[] };
    for (const n of reply.ok ? reply.value! : []) await messenger.send({ type: 'notes/delete', payload: { id: n.id } });
  }
}

test('a note on a selection: added from the keyboard, marked, kept, inert, live in a second tab, undoable', async ({ ext, tabs }) => {
  const url = article('selection-notes-e2e-one');
  // The same page under a second address (a tracking parameter the page key drops), for a second tab.
  const second = `${url}?utm_source=e2e`;
  serve(second, readFileSync(join(FIXTURES, DEMO.file), 'utf8').replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${url}">`));
  const messenger = await BackgroundMessenger.open(ext);
  tabs.push(messenger.page);
  try {
    const a = await open(ext, tabs, url);
    await a.tab.evaluate(() => {
      const w = window as unknown as { __alerts: number };
      w.__alerts = 0;
      window.alert = () => void w.__alerts++;
    });
    await selectInArticle(a.tab, QUOTE);
    let s = await a.probe.until((x) => x.addButton, 'showed Add note beside the selection');
    await a.tab.press('Tab');
    s = await a.probe.snapshot();
    expect(s.focused).toBe('Add note');
    await a.tab.press('Enter');
    s = await a.probe.until((x) => x.panel === 'editor' && x.focused === 'Note', 'opened the editor with focus in the note field');
    expect(s.text).toContain(QUOTE);
    await typeKeys(a.tab, `${HOSTILE}\nsee ${LINK}.`);
    await a.tab.press('Tab');
    expect((await a.probe.snapshot()).focused).toBe('Tags (separated by commas)');
    await typeKeys(a.tab, 'e2e, summit');
    await a.tab.press('Control+Enter');
    s = await a.probe.until((x) => x.panel === null && x.markers.length === 1, 'saved the note and showed its marker');
    expect(s.marks).toEqual({ [YELLOW]: [QUOTE] });
    const id = s.markers[0]!.id;
    expect(s.markers[0]!.label).toContain(HOSTILE);
    const placed = await waitPlaced(a.probe);
    expect(placed).toMatchObject({ anchored: [id], detached: [] });

    // Stored as typed: line break kept, tags split.
    const stored = (await messenger.send({ type: 'notes/byPage', payload: { pageKey: pageKey(url) } })) as { ok: true; value: Note[] };
    expect(stored.value.map((n) => [n.kind, n.text, n.tags, n.color])).toEqual([['selection', `${HOSTILE}\nsee ${LINK}.`, ['e2e', 'summit'], 'yellow']]);

    // Inert and out of the page's reach.
    expect(await pageSees(a.tab, 'onerror=alert')).toBe(false);
    expect(await pageSees(a.tab, LINK)).toBe(false);
    expect(await a.tab.evaluate(() => document.querySelector('archyde-annotator-notes')!.shadowRoot)).toBe(null);
    // The marks are the browser's own highlights (the API is there in both browsers): the page can
    // see where they are, which it can see on screen anyway, and nothing of the note.
    const registry = await a.tab.evaluate((name: string) => {
      const h = CSS.highlights.get(name);
      return h ? [...h].map((r) => (r as Range).toString()) : null;
    }, YELLOW);
    expect(registry).toEqual([QUOTE]);

    // Show in page opens its card: the note as text, the address as a safe link.
    await a.probe.send('page/revealNote', { id });
    s = await a.probe.until((x) => x.panel === 'card' && x.noteId === id, 'opened the note card');
    expect(s.text).toContain(`${HOSTILE}\nsee ${LINK}.`);
    expect(s.embedded).toBe(0);
    expect(s.links).toEqual([{ text: LINK, href: LINK, target: '_blank', rel: 'noopener noreferrer' }]);
    expect(await a.tab.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);

    // Kept: placed again after a reload.
    await a.tab.goto(url);
    await a.probe.until((x) => x.markers.length === 1, 'showed the marker after the reload');
    expect(await waitPlaced(a.probe)).toMatchObject({ anchored: [id], detached: [] });
    expect((await a.probe.snapshot()).marks).toEqual({ [YELLOW]: [QUOTE] });

    // A second tab of the same page follows an edit made in the first.
    const b = await open(ext, tabs, second);
    expect(await waitPlaced(b.probe)).toMatchObject({ anchored: [id], detached: [] });
    expect((await b.probe.snapshot()).markers.map((m) => m.id)).toEqual([id]);
    await a.probe.front();
    await a.probe.send('page/revealNote', { id });
    s = await a.probe.until((x) => x.panel === 'card' && x.focused?.startsWith('Your note:') === true, 'opened the card with focus on its marker');
    await a.tab.press('Tab'); // into the card: its link first, then its buttons
    expect((await a.probe.snapshot()).focused).toBe(LINK);
    await a.tab.press('Tab');
    expect((await a.probe.snapshot()).focused).toBe('Edit');
    await a.tab.press('Enter');
    s = await a.probe.until((x) => x.panel === 'editor' && x.fields?.text === `${HOSTILE}\nsee ${LINK}.`, 'opened the editor prefilled');
    expect(s.fields).toEqual({ text: `${HOSTILE}\nsee ${LINK}.`, tags: 'e2e, summit', color: 'yellow' });
    await a.tab.press('Control+Home');
    await typeKeys(a.tab, 'Edited ');
    await a.tab.press('Control+Enter');
    s = await a.probe.until((x) => x.panel === 'card' && x.text.includes(`Edited ${HOSTILE}\nsee ${LINK}.`), 'showed the edited note');
    expect(s.focused).toBe('Edit');
    await b.probe.until((x) => x.markers.length === 1 && x.markers[0]!.label.startsWith('Your note: Edited <img'), 'followed the edit live');

    // Delete (focus moves to Undo), followed by the second tab; Undo brings it back in both.
    await a.tab.press('Tab'); // Edit -> Delete
    expect((await a.probe.snapshot()).focused).toBe('Delete');
    await a.tab.press('Enter');
    s = await a.probe.until((x) => x.panel === 'deleted' && x.markers.length === 0, 'deleted the note');
    expect(s.focused).toBe('Undo');
    expect(s.marks).toEqual({});
    await b.probe.until((x) => x.markers.length === 0 && Object.keys(x.marks).length === 0, 'followed the delete live');
    await a.tab.press('Enter');
    await a.probe.until((x) => x.markers.length === 1 && x.panel === null, 'restored the note');
    s = await b.probe.until((x) => x.markers.length === 1, 'followed the undo live');
    expect(s.marks).toEqual({ [YELLOW]: [QUOTE] });
  } finally {
    await cleanUp(messenger, [url]);
  }
});

/** Notes on three passages, saved as the popup or an import would (selectors over the page's own text). */
async function seedNotes(messenger: BackgroundMessenger, probe: NoteProbe, url: string, quotes: { quote: string; color: Note['color'] }[]): Promise<string[]> {
  const { blocks } = await probe.send('page/article', null);
  const text = blocks.join('\n\n');
  const ids: string[] = [];
  for (const [i, { quote, color }] of quotes.entries()) {
    const at = text.indexOf(quote);
    expect(at, quote).toBeGreaterThanOrEqual(0);
    const id = `00000000-0000-4000-8000-${(0xe2e000 + i).toString(16).padStart(12, '0')}`;
    const now = Date.now();
    const note: Note = {
      kind: 'selection',
      id,
      page: { key: pageKey(url), url, title: 'Edited article' },
      selectors: describeSelection(text, at, at + quote.length)!,
      text: `note ${i}`,
      tags: [],
      color,
      created: now,
      updated: now,
    };
    const reply = await messenger.send({ type: 'notes/save', payload: { note } });
    expect(reply).toMatchObject({ ok: true });
    ids.push(id);
  }
  return ids;
}

const sameMarks = (a: Record<string, string[]>, b: Record<string, string[]>) => {
  const canon = (m: Record<string, string[]>) => JSON.stringify(Object.entries(m).sort(([x], [y]) => (x < y ? -1 : 1)));
  return canon(a) === canon(b);
};

const NEAR = 'trade between Russia and China soaring by nearly a third';
const FAR = 'The pipeline has a transport volume of 50 billion cubic meters per year';
const GONE = 'China has also avoided criticizing Russia for its invasion of Ukraine';

test('on an edited page notes re-attach or are reported detached, follow the page as it changes, and stay marked with highlights off', async ({
  ext,
  tabs,
}) => {
  const url = article('selection-notes-e2e-edited');
  const messenger = await BackgroundMessenger.open(ext);
  tabs.push(messenger.page);
  try {
    const a = await open(ext, tabs, url);
    const [near, far, gone] = await seedNotes(messenger, a.probe, url, [
      { quote: NEAR, color: 'green' },
      { quote: FAR, color: null },
      { quote: GONE, color: 'blue' },
    ]);
    // The same page, edited: words changed right next to one passage, a paragraph added at the
    // top (every offset moves) and the paragraph of another passage removed.
    article('selection-notes-e2e-edited', (html) => {
      const edited = html
        .replace('who are the same age at 69, have deepened their ties, with', 'who are both 69 years old, have greatly deepened their ties, with')
        .replace('<p>LONDON/BEIJING', '<p>An update was added to this article after it was published, well above every quoted passage.</p>\n<p>LONDON/BEIJING')
        .replace(/<p>China has also avoided criticizing[^<]*<\/p>/, '');
      expect(edited).not.toContain(GONE);
      return edited;
    });
    await a.tab.goto(url);
    await a.probe.front();
    await a.probe.until((x) => x.markers.length === 2, 'placed the surviving notes');
    const placed = await waitPlaced(a.probe);
    expect([...placed.anchored].sort()).toEqual([near, far].sort());
    expect(placed.detached).toEqual([gone]);
    let s = await a.probe.snapshot();
    expect(s.marks).toEqual({ 'archyde-annotator-note-green': [NEAR], [YELLOW]: [FAR] });

    // The page rewrites a paragraph: its note is detached, and placed again when the text returns.
    await a.tab.evaluate((q: string) => {
      const p = [...document.querySelectorAll('.entry-content p')].find((x) => x.textContent!.includes(q))!;
      (window as unknown as { __saved: string }).__saved = p.textContent!; // plain text: the paragraph has no markup of its own
      p.textContent = 'This paragraph was rewritten by the page.';
    }, NEAR);
    await a.probe.until((x) => x.markers.length === 1, 'followed the rewrite');
    expect((await waitPlaced(a.probe)).detached.sort()).toEqual([near, gone].sort());
    await a.tab.evaluate(() => {
      const p = [...document.querySelectorAll('.entry-content p')].find((x) => x.textContent === 'This paragraph was rewritten by the page.')!;
      p.textContent = (window as unknown as { __saved: string }).__saved;
    });
    s = await a.probe.until((x) => x.markers.length === 2, 'placed the note again');
    expect(s.marks).toEqual({ 'archyde-annotator-note-green': [NEAR], [YELLOW]: [FAR] });

    // Highlights off (every entity element unwrapped) and on again: the marks stay exact.
    await a.probe.send('page/highlights', { on: false });
    await a.tab.waitFor(() => document.querySelectorAll('archyde-entity').length === 0);
    s = await a.probe.until((x) => x.marks['archyde-annotator-note-green']?.[0] === NEAR && x.markers.length === 2, 'kept the marks with highlights off');
    expect(s.marks).toEqual({ 'archyde-annotator-note-green': [NEAR], [YELLOW]: [FAR] });
    await a.probe.send('page/highlights', { on: true });
    await a.tab.waitFor(() => document.querySelectorAll('archyde-entity').length > 0);
    await a.probe.until((x) => sameMarks(x.marks, { 'archyde-annotator-note-green': [NEAR], [YELLOW]: [FAR] }), 'kept the marks with highlights on again');
  } finally {
    await cleanUp(messenger, [url]);
  }
});

test('a hostile page can neither read a note nor make the extension save one', async ({ ext, tabs }) => {
  const url = article('selection-notes-e2e-hostile');
  const messenger = await BackgroundMessenger.open(ext);
  tabs.push(messenger.page);
  const stored = async () => ((await messenger.send({ type: 'notes/byPage', payload: { pageKey: pageKey(url) } })) as { ok: true; value: Note[] }).value;
  try {
    const a = await open(ext, tabs, url);
    await selectInArticle(a.tab, QUOTE);
    await a.probe.until((x) => x.addButton, 'showed Add note');
    // The page presses nothing: forged keys, clicks and focus on our host do not open the editor.
    const seen = await a.tab.evaluate(() => {
      const host = document.querySelector('archyde-annotator-notes') as HTMLElement;
      let attach = 'no error';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (e) {
        attach = (e as Error).name;
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      host.click();
      return { shadowRoot: host.shadowRoot, children: host.childNodes.length, html: host.innerHTML, attach };
    });
    expect(seen).toEqual({ shadowRoot: null, children: 0, html: '', attach: 'NotSupportedError' });
    await new Promise((r) => setTimeout(r, 300));
    let s = await a.probe.snapshot();
    expect([s.panel, s.focused]).toEqual([null, null]);

    // The reader opens the editor and types; the page's forged Ctrl+Enter saves nothing and it
    // reads none of the text.
    await a.tab.press('Tab');
    await a.tab.press('Enter');
    await a.probe.until((x) => x.panel === 'editor' && x.focused === 'Note', 'opened the editor');
    await typeKeys(a.tab, 'secret words');
    const page = await a.tab.evaluate(() => {
      const host = document.querySelector('archyde-annotator-notes') as HTMLElement;
      for (const target of [host, document, document.activeElement!]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
      }
      const active = document.activeElement as HTMLElement;
      return {
        active: active.localName,
        activeRoot: active.shadowRoot,
        selection: getSelection()!.toString().includes('secret'),
        text: document.documentElement.outerHTML.includes('secret words') || document.documentElement.textContent!.includes('secret words'),
      };
    });
    expect(page).toEqual({ active: 'archyde-annotator-notes', activeRoot: null, selection: false, text: false });
    await new Promise((r) => setTimeout(r, 500));
    expect(await stored()).toEqual([]);
    s = await a.probe.snapshot();
    expect([s.panel, s.fields?.text]).toEqual(['editor', 'secret words']);
    await a.tab.press('Escape');
    await a.probe.until((x) => x.panel === null, 'closed the editor on Esc');
    expect(await stored()).toEqual([]);

    // The add-note command (keyboard shortcut or context menu, through the background) opens the
    // editor on the selection; with nothing selected it says what to do.
    await selectInArticle(a.tab, QUOTE); // typing in our field took the page's selection away
    await a.probe.send('page/command', { command: 'add-note' });
    s = await a.probe.until((x) => x.panel === 'editor' && x.focused === 'Note', 'opened the editor on the command');
    expect(s.text).toContain(QUOTE);
    await a.tab.press('Escape');
    await a.probe.until((x) => x.panel === null, 'closed the editor on Esc');
    await a.tab.evaluate(() => getSelection()!.removeAllRanges());
    await a.probe.send('page/command', { command: 'add-note' });
    s = await a.probe.until((x) => x.panel === 'message', 'said to select text first');
    expect(s.text).toBe('Select some text in the article first, then add a note.');
    expect(await stored()).toEqual([]);
  } finally {
    await cleanUp(messenger, [url]);
  }
});

/** The painted passages of a highlight as the page's text shows them: each one's text and where it starts in the article body. */
const paintedAt = (tab: TabDriver, name: string) =>
  tab.evaluate((n: string) => {
    const body = document.querySelector('.entry-content')!;
    return [...(CSS.highlights.get(n) ?? [])].map((r) => {
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEnd((r as Range).startContainer, (r as Range).startOffset);
      return { text: (r as Range).toString(), start: before.toString().length };
    });
  }, name);

test('a note on a selection is marked at the same text after the browser restarts on the same profile', async ({ ext, tabs }) => {
  test.setTimeout(120_000); // a restart, and Firefox types slowly under load
  const url = article('selection-notes-e2e-restart');
  let messenger = await BackgroundMessenger.open(ext);
  tabs.push(messenger.page);
  let failed = false;
  try {
    const a = await open(ext, tabs, url);
    await selectInArticle(a.tab, QUOTE);
    await a.probe.until((x) => x.addButton, 'showed Add note beside the selection');
    await a.tab.press('Tab');
    await a.tab.press('Enter');
    await a.probe.until((x) => x.panel === 'editor' && x.focused === 'Note', 'opened the editor');
    await typeKeys(a.tab, 'kept across a restart');
    await a.tab.press('Control+Enter');
    const made = await a.probe.until((x) => x.panel === null && x.markers.length === 1, 'saved the note and showed its marker');
    const id = made.markers[0]!.id;
    expect(made.marks).toEqual({ [YELLOW]: [QUOTE] });
    expect(await waitPlaced(a.probe)).toMatchObject({ anchored: [id], detached: [] });
    const painted = await paintedAt(a.tab, YELLOW);
    expect(painted.map((p) => p.text)).toEqual([QUOTE]);
    const stored = (await messenger.send({ type: 'notes/byPage', payload: { pageKey: pageKey(url) } })) as { ok: true; value: Note[] };
    expect(stored.value.map((n) => n.id)).toEqual([id]);

    // Every tab goes with the browser; the same profile starts again and the article is opened anew.
    await ext.restart();
    tabs.length = 0;
    messenger = await BackgroundMessenger.open(ext);
    tabs.push(messenger.page);
    expect(await messenger.send({ type: 'notes/byPage', payload: { pageKey: pageKey(url) } })).toEqual(stored);
    const b = await open(ext, tabs, url);
    const s = await b.probe.until((x) => x.markers.length === 1, 'showed the marker after the restart');
    expect(s.markers.map((m) => m.id)).toEqual([id]);
    expect(s.markers[0]!.label).toContain('kept across a restart');
    expect(s.marks).toEqual({ [YELLOW]: [QUOTE] });
    expect(await waitPlaced(b.probe)).toMatchObject({ anchored: [id], detached: [] });
    expect(await paintedAt(b.tab, YELLOW)).toEqual(painted);
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // After a failed restart the messenger may have gone with the old browser: the test's own error is the one to report.
    await cleanUp(messenger, [url]).catch((err: unknown) => {
      if (!failed) throw err;
    });
  }
});
