/**
 * Entity notes in the real extension's card: written from the keyboard in the demo article's card
 * for "Xi Jinping", kept across a reload, shown in Xi Jinping's card on another article, followed
 * live by a second tab, deleted and restored with Undo. Note text with markup stays text, and
 * nothing of a note reaches the page's DOM. The closed shadow root is read through the
 * extension-only 'page/card' request (harness/card-page.ts).
 */
import { test, expect } from '../harness/fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPage, FIXTURES, serve } from '../harness/routes';
import { cardProbe, type CardProbe } from '../harness/card-page';
import { BackgroundMessenger } from '../harness/background-messenger';
import type { CardSnapshot } from '../../src/shared/page-reports';
import type { ExtensionBrowser, TabDriver } from '../harness/types';

const ARTICLE = demoPage().url;
const OTHER = 'https://www.archyde.com/xi-jinping-hosts-central-asian-leaders-in-xian/';
const HOSTILE = '<img src=x onerror=alert(1)>';
const LINK = 'https://example.org/xi';
const XI_KEY = 'PERSON:xi jinping';

async function open(ext: ExtensionBrowser, tabs: TabDriver[], url: string): Promise<{ tab: TabDriver; probe: CardProbe }> {
  const tab = await ext.open(url);
  tabs.push(tab);
  await waitForHighlights(tab);
  return { tab, probe: await probeFor(ext, tabs, url) };
}

async function probeFor(ext: ExtensionBrowser, tabs: TabDriver[], url: string): Promise<CardProbe> {
  const probe = await cardProbe(ext, url);
  tabs.push({ close: () => probe.close() } as TabDriver);
  return probe;
}

async function waitForHighlights(tab: TabDriver): Promise<void> {
  await tab.waitFor(() => [...document.querySelectorAll('archyde-entity[data-aa-mention]')].some((el) => el.textContent === 'Xi Jinping'), undefined, 20_000);
  await tab.waitFor(() => Boolean(document.querySelector('archyde-annotator-card')), undefined, 5000);
}

async function until(probe: CardProbe, ok: (s: CardSnapshot) => boolean, what: string): Promise<CardSnapshot> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = await probe.snapshot();
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`card never ${what}: ${JSON.stringify({ ...s, text: s.text })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens Xi Jinping's card from the keyboard (focus on his first full-name mention) and waits for its notes. */
async function openXiCard(tab: TabDriver, probe: CardProbe): Promise<CardSnapshot> {
  await tab.evaluate(() => {
    const el = [...document.querySelectorAll<HTMLElement>('archyde-entity[data-aa-mention]')].find((x) => x.textContent === 'Xi Jinping')!;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  });
  return until(probe, (s) => s.open && s.label === 'Xi Jinping, Person' && !s.text.includes('Loading notes'), 'opened on Xi Jinping with its notes');
}

/**
 * Tabs (or Shift+Tabs, `back`) through the card until the control whose name starts with `name`
 * has focus. Tab past the card's last control leaves the card, so controls before the focused one
 * are reached backwards.
 */
async function tabTo(tab: TabDriver, probe: CardProbe, name: string, back = false): Promise<void> {
  for (let k = 0; k < 40; k++) {
    const s = await probe.snapshot();
    if (!s.open) break;
    if (s.focusedControl?.startsWith(name)) return;
    await tab.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}": ${JSON.stringify((await probe.snapshot()).controls)}`);
}

async function type(tab: TabDriver, text: string): Promise<void> {
  for (const c of text) await tab.press(c === ' ' ? 'Space' : c === '\n' ? 'Enter' : c);
}

/** What a page script can find of a text anywhere in the page's own DOM. */
const pageSees = (tab: TabDriver, needle: string) =>
  tab.evaluate(
    (n: string) => document.body.innerText.includes(n) || document.documentElement.outerHTML.includes(n) || document.body.textContent!.includes(n),
    needle,
  );

test('an entity note: written in the card, kept, shown on another article, live in a second tab, inert, undoable', async ({ ext, tabs }) => {
  serve(OTHER, readFileSync(join(FIXTURES, 'archyde-xi-second.html'), 'utf8'));
  const messenger = await BackgroundMessenger.open(ext);
  tabs.push(messenger.page);
  try {
    const a = await open(ext, tabs, ARTICLE);
    await a.tab.evaluate(() => {
      const w = window as unknown as { __alerts: number };
      w.__alerts = 0;
      window.alert = () => void w.__alerts++;
    });
    let s = await openXiCard(a.tab, a.probe);
    expect(s.text).toContain('No notes yet.');

    // Esc in the field cancels the edit (the card stays open, nothing is saved).
    await tabTo(a.tab, a.probe, 'Add note');
    await a.tab.press('Enter');
    await until(a.probe, (x) => x.controls.includes('Save') && x.controls.includes('Cancel'), 'showed the note form');
    await type(a.tab, 'draft');
    // Tab goes from the field to Save and Cancel, Shift+Tab back to the field.
    await a.tab.press('Tab');
    expect((await a.probe.snapshot()).focusedControl).toBe('Save');
    await a.tab.press('Tab');
    expect((await a.probe.snapshot()).focusedControl).toBe('Cancel');
    await a.tab.press('Shift+Tab');
    await a.tab.press('Shift+Tab');
    await type(a.tab, '!');
    await a.tab.press('Escape');
    s = await until(a.probe, (x) => !x.controls.includes('Save'), 'closed the form on Esc');
    expect(s.open).toBe(true);
    expect(s.focusedControl).toBe('Add note');
    expect(s.text).toContain('No notes yet.');

    // A note with markup, a line break and an address; Ctrl+Enter saves.
    await a.tab.press('Enter');
    await until(a.probe, (x) => x.controls.includes('Save'), 'showed the note form again');
    await type(a.tab, `${HOSTILE}\nsee ${LINK}.`);
    await a.tab.press('Control+Enter');
    s = await until(a.probe, (x) => x.text.includes(HOSTILE) && !x.controls.includes('Save'), 'showed the saved note');
    expect(s.text).not.toContain('No notes yet.');
    expect(s.text).toContain(`${HOSTILE}\nsee ${LINK}.`); // verbatim, line break kept, the full stop not part of the link
    expect(s.embedded).toBe(0);
    expect(s.links).toEqual([{ text: LINK, href: LINK, target: '_blank', rel: 'noopener noreferrer' }]);
    expect(s.focusedControl).toBe('Add note');
    expect(await pageSees(a.tab, 'onerror=alert')).toBe(false);
    expect(await pageSees(a.tab, LINK)).toBe(false);
    expect(await a.tab.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);

    // Stored: still there after a reload.
    await a.tab.goto(ARTICLE);
    await waitForHighlights(a.tab);
    s = await openXiCard(a.tab, a.probe);
    expect(s.text).toContain(HOSTILE);

    // On another article that mentions him, in a second tab.
    const b = await open(ext, tabs, OTHER);
    s = await openXiCard(b.tab, b.probe);
    expect(s.text).toContain(`${HOSTILE}\nsee ${LINK}.`);
    expect(s.embedded).toBe(0);
    expect(await pageSees(b.tab, 'onerror=alert')).toBe(false);

    // Edited in the first tab's card (the form comes prefilled): the second tab's open card follows.
    const probeA = await probeFor(ext, tabs, ARTICLE); // brings the first tab to the front
    s = await openXiCard(a.tab, probeA);
    await tabTo(a.tab, probeA, 'Edit');
    await a.tab.press('Enter');
    await until(probeA, (x) => x.controls.includes('Save'), 'showed the edit form');
    await a.tab.press('Control+End');
    await type(a.tab, ' Edited');
    await a.tab.press('Control+Enter');
    await until(probeA, (x) => x.text.includes(`${LINK}. Edited`), 'showed the edited note');
    s = await until(b.probe, (x) => x.text.includes(`${LINK}. Edited`), 'followed the edit live in the second tab');
    expect(s.open).toBe(true);
    expect(s.text.split(HOSTILE).length).toBe(2); // edited in place, not added again

    // Delete, then Undo (focus moves to Undo, which keeps it while focused) restores the note.
    await tabTo(a.tab, probeA, 'Delete', true); // from Add note, after the edit
    await a.tab.press('Enter');
    s = await until(probeA, (x) => x.text.includes('Note deleted.') && !x.text.includes(HOSTILE), 'deleted the note');
    expect(s.focusedControl).toBe('Undo');
    await until(b.probe, (x) => !x.text.includes(HOSTILE) && x.text.includes('No notes yet.'), 'followed the delete live');
    await a.tab.press('Enter');
    s = await until(probeA, (x) => x.text.includes(`${LINK}. Edited`) && !x.text.includes('Note deleted.'), 'restored the note');
    await until(b.probe, (x) => x.text.includes(`${LINK}. Edited`), 'followed the undo live');
  } finally {
    // The browser is shared with the other specs of this worker: leave no note behind.
    const reply = (await messenger.send({ type: 'notes/byEntities', payload: { keys: [XI_KEY] } })) as { ok: true; value: { id: string }[] };
    for (const n of reply.ok ? reply.value : []) await messenger.send({ type: 'notes/delete', payload: { id: n.id } });
  }
});
