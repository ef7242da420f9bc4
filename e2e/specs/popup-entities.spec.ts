// The popup on an article: its entities listed by type with their counts and other names, a
// filter, each entity's context card (the page's own Card component), "Show in page" moving the
// article to the entity's mentions, and no serious accessibility violation in the list or the card.
import { test, expect } from '../harness/fixture';
import { demoPage } from '../harness/routes';
import { openPopupFor, seriousAxeViolations } from '../harness/popup';
import { openAnnotated } from '../harness/annotated-page';
import { DEFAULT_SHOWN_TYPES } from '../../src/shared/settings-model';
import type { TabDriver } from '../harness/types';

interface Entry {
  id: string;
  type: string;
  name: string;
  count: string;
  aliases: string;
}

const entries = (popup: TabDriver): Promise<Entry[]> =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.group')].flatMap((g) =>
      [...g.querySelectorAll<HTMLElement>('li > button.entry')].map((b) => ({
        id: b.dataset.entity ?? '',
        type: g.dataset.type ?? '',
        name: b.querySelector('.entry-name')?.textContent ?? '',
        count: b.querySelector('.entry-count')?.textContent ?? '',
        aliases: b.querySelector('.entry-aliases')?.textContent ?? '',
      })),
    ),
  );

/** What the open card shows, read through its (open) shadow root. */
const cardText = (popup: TabDriver) =>
  popup.evaluate(() => {
    const root = document.querySelector('.card-host')?.shadowRoot;
    return root
      ? {
          name: root.querySelector('.name')?.textContent ?? '',
          role: root.querySelector('.role')?.textContent ?? '',
          hasNext: !!root.querySelector('[data-step=next]'),
        }
      : null;
  });

const setFilter = (popup: TabDriver, text: string) =>
  popup.evaluate((value: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);

test('the popup lists the article entities by type, filters them, opens their cards and shows them in the page', async ({ ext, tabs }) => {
  const page = demoPage();
  const { tab: article, m: messenger } = await openAnnotated(ext, tabs, page.url);
  const annotation = await messenger.send(page.url, 'page/annotation', null);
  expect(annotation.state).toBe('done');

  const popup = await openPopupFor(ext, page.url);
  tabs.push(popup);
  await popup.waitFor(() => document.querySelectorAll('button.entry').length > 0);

  // The list is the annotation's entities of the shown types, each once, in its type's group, with its count.
  const listed = await entries(popup);
  const expected = annotation.entityList.filter((e) => e.mentions > 0 && (DEFAULT_SHOWN_TYPES as readonly string[]).includes(e.type));
  expect(listed.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
  for (const e of expected) {
    const entry = listed.find((l) => l.id === e.id)!;
    expect(entry.type).toBe(e.type);
    expect(entry.name).toBe(e.name);
    expect(entry.count).toBe(e.mentions === 1 ? '1 mention' : `${e.mentions} mentions`);
  }
  for (const type of ['PERSON', 'ORG', 'PLACE']) expect(listed.some((e) => e.type === type)).toBe(true);
  // Groups in order, most mentioned first within each.
  const typeOrder = listed.map((e) => e.type).filter((t, i, all) => all.indexOf(t) === i);
  expect(typeOrder).toEqual(['PERSON', 'ORG', 'PLACE', 'MISC'].filter((t) => typeOrder.includes(t)));
  for (const type of typeOrder) {
    const counts = listed.filter((e) => e.type === type).map((e) => expected.find((x) => x.id === e.id)!.mentions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }

  const xi = listed.filter((e) => e.name === 'Xi Jinping');
  expect(xi).toHaveLength(1);
  expect(xi[0]!.aliases.replace(/^also /, '').split(', ')).toContain('Xi');
  expect(listed.some((e) => e.name === 'Xi')).toBe(false);

  // The search box is labelled and the list's controls are buttons in list items.
  expect(await popup.evaluate(() => document.querySelector('[role=search] label[for=aa-filter]')?.textContent)).toBe('Filter by name');
  expect(await seriousAxeViolations(popup)).toEqual([]);

  // The filter narrows the list to the entities with a matching name or other name.
  await setFilter(popup, 'tsang');
  await popup.waitFor((n: number) => document.querySelectorAll('button.entry').length < n, listed.length);
  const filtered = await entries(popup);
  expect(filtered.length).toBeGreaterThan(0);
  for (const e of filtered) expect(`${e.name} ${e.aliases}`.toLowerCase()).toContain('tsang');
  await setFilter(popup, '');
  await popup.waitFor((n: number) => document.querySelectorAll('button.entry').length === n, listed.length);

  // An entry opens the entity's card: the same Card, with the role the article gives.
  const tsang = listed.find((e) => e.name === 'Steve Tsang')!;
  expect(tsang).toBeDefined();
  await popup.click(`button.entry[data-entity="${tsang.id}"]`);
  await popup.waitFor(() => document.querySelector('.card-host')?.shadowRoot?.querySelector('.name') != null);
  const tsangCard = await cardText(popup);
  expect(tsangCard?.name).toBe('Steve Tsang');
  expect(tsangCard?.role.length).toBeGreaterThan(0);
  expect(await seriousAxeViolations(popup)).toEqual([]);

  // Back returns to the list with focus on the entry that was opened.
  await popup.click('button.back');
  await popup.waitFor((id: string) => (document.activeElement as HTMLElement | null)?.dataset.entity === id, tsang.id);

  // "Show in page" scrolls the article to a mention of the entity and flashes it; Next steps on.
  const cards = await messenger.send(page.url, 'page/entities', null);
  const xiCard = cards.entities.find((c) => c.entity.id === xi[0]!.id)!;
  expect(xiCard.total).toBeGreaterThan(1);
  const forms = [xiCard.entity.name, ...xiCard.entity.aliases, ...xiCard.entity.titledForms];
  await article.evaluate(() => {
    const w = window as unknown as { flashed: string[]; flashedEls: Element[] };
    w.flashed = [];
    w.flashedEls = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (!el.hasAttribute('data-aa-flash') || w.flashedEls.includes(el)) continue;
        w.flashedEls.push(el);
        w.flashed.push(el.textContent ?? '');
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-aa-flash'] });
  });
  await popup.click(`button.entry[data-entity="${xiCard.entity.id}"]`);
  await popup.waitFor(() => document.querySelector('.card-host')?.shadowRoot?.querySelector('.name')?.textContent === 'Xi Jinping');
  await popup.click('button.reveal');
  await popup.waitFor(() => document.querySelector('.reveal-status')?.textContent?.startsWith('Mention 1 of '));
  const first: string = await article.waitFor(() => (window as unknown as { flashed: string[] }).flashed[0] ?? '');
  expect(forms.some((f) => f.includes(first.trim()) || first.includes(f))).toBe(true);
  // The flashed mention is scrolled into view (a smooth scroll ends there: wait on the condition, not on time).
  await article.waitFor(() => {
    const r = (window as unknown as { flashedEls: Element[] }).flashedEls[0]!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  });

  const next = await popup.evaluate(() => {
    const button = document.querySelector('.card-host')?.shadowRoot?.querySelector<HTMLElement>('[data-step=next]');
    button?.click();
    return button ? 'clicked' : 'missing';
  });
  expect(next).toBe('clicked');
  await popup.waitFor(() => document.querySelector('.reveal-status')?.textContent?.startsWith('Mention 2 of '));
  const second: string = await article.waitFor(() => (window as unknown as { flashed: string[] }).flashed[1] ?? '');
  expect(forms.some((f) => f.includes(second.trim()) || second.includes(f))).toBe(true);
});

test('a filter that matches no name says so', async ({ ext, tabs }) => {
  const page = demoPage();
  await openAnnotated(ext, tabs, page.url);
  const popup = await openPopupFor(ext, page.url);
  tabs.push(popup);
  await popup.waitFor(() => document.querySelectorAll('button.entry').length > 0);
  await setFilter(popup, 'no such name anywhere');
  await popup.waitFor(() => document.querySelectorAll('button.entry').length === 0);
  expect(await popup.evaluate(() => document.querySelector('.entities [role=status]')?.textContent)).toBe('No name in this article matches the filter.');
});
