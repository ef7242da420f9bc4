/**
 * A text field inside the card keeps its keys (issue 17 item 7; the notes field will be one).
 * The card is bundled alone and mounted on a hand-written page (as in card-dev.spec.ts); the test
 * adds a field to the open card through the card's shadow root, which only the test bundle keeps.
 * Keys are pressed for real (trusted events), as a reader would.
 */
import { test, expect } from '../harness/fixture';
import { serve } from '../harness/routes';
import { cardBundle, cardTestPage, mountTestCard, type CardSnapshot } from '../harness/card-page';
import type { TabDriver } from '../harness/types';

const URL_ = 'https://cards.example.org/card-field-test/';
const filler = 'Trade talks went on for hours and officials gave few details about what had been agreed.';
const page = cardTestPage(
  URL_,
  [
    { id: 'e1', name: 'Xi Jinping', type: 'PERSON', aliases: ['Xi Jinping', 'Xi'], coMentioned: ['e2'] },
    { id: 'e2', name: 'Vladimir Putin', type: 'PERSON', aliases: ['Vladimir Putin', 'Putin'] },
  ],
  [
    'Chinese President {e1:Xi Jinping} will meet {e2:Putin} in Samarkand. ' + filler,
    `${filler} ${filler}`,
    'Later, {e1:Xi} flew on and {e2:Putin} stayed. ' + filler,
  ],
);

type Win = { __aaCard: { controller: { snapshot(): CardSnapshot }; root: ShadowRoot } };
const snap = (tab: TabDriver) => tab.evaluate(() => (window as unknown as Win).__aaCard.controller.snapshot());
/** What has focus: the field in the card, another card control, a mention (its index), or another element. */
const focused = (tab: TabDriver) =>
  tab.evaluate(() => {
    const root = (window as unknown as Win).__aaCard.root;
    if (document.activeElement?.localName === 'archyde-annotator-card') {
      const inner = root.activeElement;
      return inner?.id === 'test-field' ? 'field' : `card:${(inner?.textContent ?? '').trim()}`;
    }
    const m = document.activeElement?.getAttribute('data-aa-mention');
    return m !== null && m !== undefined ? `mention:${m}` : (document.activeElement?.localName ?? null);
  });
const fieldValue = (tab: TabDriver) => tab.evaluate(() => ((window as unknown as Win).__aaCard.root.getElementById('test-field') as HTMLInputElement).value);

test('typing in a text field in the card: the field keeps its keys (letters, Space, Esc, Alt+Shift+arrows)', async ({ ext, tabs }) => {
  serve(URL_, page.html);
  const tab = await ext.open(URL_);
  tabs.push(tab);
  await mountTestCard(tab, page, await cardBundle());
  await tab.waitFor(() => Boolean((window as unknown as { __aaCard?: unknown }).__aaCard));

  // Open the card from the keyboard and move into it; then add a field after its last control.
  await tab.evaluate(() => (document.querySelector('archyde-entity[data-aa-mention="0"]') as HTMLElement).focus());
  expect((await snap(tab)).label).toBe('Xi Jinping, Person');
  await tab.press('Tab');
  expect(await focused(tab)).toBe('card:Previous mention');
  const controls = (await snap(tab)).controls;
  await tab.evaluate(() => {
    const field = document.createElement('input');
    field.id = 'test-field';
    field.type = 'text';
    field.setAttribute('aria-label', 'Test note');
    (window as unknown as Win).__aaCard.root.querySelector('.card')!.append(field);
  });
  expect((await snap(tab)).controls).toHaveLength(controls.length + 1);

  // Tab from the last button reaches the field, as it would reach any control after it.
  for (let k = 1; k <= controls.length; k++) await tab.press('Tab');
  expect(await focused(tab)).toBe('field');

  for (const key of ['H', 'i', 'Space', 'X', 'i']) await tab.press(key);
  expect(await fieldValue(tab)).toBe('Hi Xi');

  // Alt+Shift+ArrowDown selects text in a field on some systems: it must not jump to the next mention.
  await tab.press('Alt+Shift+ArrowDown');
  await tab.press('Alt+Shift+ArrowUp');
  expect(await focused(tab)).toBe('field');
  let s = await snap(tab);
  expect(s.open && s.label).toBe('Xi Jinping, Person');

  // Esc is the field's: the card stays open, focus stays in the field, and typing goes on.
  await tab.press('Escape');
  s = await snap(tab);
  expect(s.open).toBe(true);
  expect(await focused(tab)).toBe('field');
  await tab.press('!');
  expect(await fieldValue(tab)).toBe('Hi Xi!');

  // Shift+Tab goes back to the control before the field, not out of the card.
  await tab.press('Shift+Tab');
  expect(await focused(tab)).toBe(`card:${controls[controls.length - 1]}`);
  // From a button, Esc closes the card and returns to the mention, as before.
  await tab.press('Escape');
  expect((await snap(tab)).open).toBe(false);
  expect(await focused(tab)).toBe('mention:0');
});
