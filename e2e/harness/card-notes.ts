/**
 * Writing entity notes in the real extension's card from the keyboard, as a reader does: open an
 * article, focus a mention (the card opens), Tab to "Add note", type, Ctrl+Enter. The card is read
 * through card-page.ts's probe (its shadow root is closed).
 */
import type { CardSnapshot } from '../../src/shared/page-reports';
import { cardProbe, type CardProbe } from './card-page';
import type { ExtensionBrowser, TabDriver } from './types';

export interface CardTab {
  tab: TabDriver;
  probe: CardProbe;
}

/** Opens `url`, waits for `name`'s highlight and the card host, and a probe on its card (both pushed to `tabs`). */
export async function openArticle(ext: ExtensionBrowser, tabs: TabDriver[], url: string, name: string): Promise<CardTab> {
  const tab = await ext.open(url);
  tabs.push(tab);
  await waitForArticle(tab, name);
  const probe = await cardProbe(ext, url);
  tabs.push({ close: () => probe.close() } as TabDriver);
  return { tab, probe };
}

/** Waits until `name` is highlighted and the card's host is in the page (after a load or a reload). */
export async function waitForArticle(tab: TabDriver, name: string): Promise<void> {
  await tab.waitFor((n: string) => [...document.querySelectorAll('archyde-entity[data-aa-mention]')].some((el) => el.textContent === n), name, 20_000);
  await tab.waitFor(() => Boolean(document.querySelector('archyde-annotator-card')), undefined, 5000);
}

export async function until(probe: CardProbe, ok: (s: CardSnapshot) => boolean, what: string, timeoutMs = 10_000): Promise<CardSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await probe.snapshot();
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`card never ${what}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the card of `name` (its card label is `label`) from the keyboard and waits for its notes. */
export async function openCard({ tab, probe }: CardTab, name: string, label: string): Promise<CardSnapshot> {
  await tab.evaluate((n: string) => {
    const el = [...document.querySelectorAll<HTMLElement>('archyde-entity[data-aa-mention]')].find((x) => x.textContent === n)!;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }, name);
  return until(probe, (s) => s.open && s.label === label && !s.text.includes('Loading notes'), `opened on ${name} with its notes`);
}

/** Tabs through the card until the control whose name starts with `name` has focus. */
export async function tabTo({ tab, probe }: CardTab, name: string): Promise<void> {
  for (let k = 0; k < 40; k++) {
    const s = await probe.snapshot();
    if (!s.open) break;
    if (s.focusedControl?.startsWith(name)) return;
    await tab.press('Tab');
  }
  throw new Error(`Tab never reached "${name}": ${JSON.stringify((await probe.snapshot()).controls)}`);
}

/** Types `text` key by key (real key events), with Space and Enter for blanks and line breaks. */
export async function type(tab: TabDriver, text: string): Promise<void> {
  for (const c of text) await tab.press(c === ' ' ? 'Space' : c === '\n' ? 'Enter' : c);
}

/** Writes a note on the open card's entity: Add note, the text, Ctrl+Enter; waits until the card shows it. */
export async function writeNote(card: CardTab, text: string): Promise<CardSnapshot> {
  await startNote(card, text);
  await card.tab.press('Control+Enter');
  return until(card.probe, (s) => s.text.includes(text) && !s.controls.includes('Save'), 'showed the saved note');
}

/** Opens the note form on the open card's entity and types `text` into it, not saving it yet. */
export async function startNote(card: CardTab, text: string): Promise<void> {
  await tabTo(card, 'Add note');
  await card.tab.press('Enter');
  await until(card.probe, (s) => s.controls.includes('Save'), 'showed the note form');
  await type(card.tab, text);
}
