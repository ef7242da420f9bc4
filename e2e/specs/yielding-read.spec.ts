// A long article is read, decoded and planned in slices, so the page runs between them. Here the
// page changes its article in those gaps (removes sections, adds and re-renders paragraphs) from
// the moment the content script starts: the highlights must still end up exact, and turning them
// off must give back exactly the page's own DOM.
import { test, expect } from '../harness/fixture';
import { serve } from '../harness/routes';
import { ContentMessenger } from '../harness/messages';

const URL = 'https://www.archyde.com/world/long-changing-article/';
const SECTIONS = 60;
const PARAGRAPHS = 40;
const TICKS = 30;
const BASE = [
  'Chinese President Xi Jinping will meet Russian President Vladimir Putin in Moscow next week, the Kremlin said on Friday, in a visit closely watched in Washington and Brussels.',
  'Putin and Xi are expected to discuss the war in Ukraine, energy supplies from Gazprom and trade between China and Russia, officials in Beijing told reporters.',
  'The European Union and NATO have urged Beijing to use its influence with Moscow, while Kyiv has asked the United Nations for more support.',
];

function page(): string {
  const sections: string[] = [];
  for (let s = 0; s < SECTIONS; s++) {
    const ps: string[] = [];
    for (let p = 0; p < PARAGRAPHS; p++) ps.push(`<p>${BASE[(s + p) % BASE.length]} (${s}.${p})</p>`);
    sections.push(`<section id="s${s}">${ps.join('')}</section>`);
  }
  // The page applies each change to its article and to a detached copy taken before the content
  // script ran, so the test knows the DOM the page itself made.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long changing article | Archyde</title></head>
<body><article class="post"><h1 class="entry-title">Xi Jinping to meet Vladimir Putin</h1><div class="entry-content">${sections.join('')}</div></article>
<script>
  const content = document.querySelector('.entry-content');
  const copy = content.cloneNode(true);
  window.__copy = copy;
  const change = (root, k) => {
    const s = root.querySelector('#s' + ((k * 7) % ${SECTIONS}));
    if (!s) return;
    if (k % 3 === 0) s.remove();
    else if (k % 3 === 1) {
      const p = document.createElement('p');
      p.className = 'late';
      p.textContent = 'Angela Merkel met Emmanuel Macron in Paris on day ' + k + '.';
      s.insertBefore(p, s.children[k % ${PARAGRAPHS}] || null);
    } else s.children[2].textContent = 'Olaf Scholz spoke to Justin Trudeau in Ottawa on day ' + k + '.';
  };
  const root = document.documentElement;
  new MutationObserver((_, mo) => {
    if (!root.hasAttribute('data-archyde-annotator')) return;
    mo.disconnect();
    let k = 0;
    const tick = () => {
      change(content, k);
      change(copy, k);
      if (++k < ${TICKS}) setTimeout(tick, 0);
      else root.dataset.changesDone = String(performance.now());
    };
    setTimeout(tick, 0);
  }).observe(root, { attributes: true });
</script></body></html>`;
}
serve(URL, page());

test('a page that changes its article while it is being read still gets exact highlights and its DOM back', async ({ ext, tabs }) => {
  // The article's tab opens last, in front: a background tab's timers are throttled to one a second.
  const m = await ContentMessenger.open(ext);
  tabs.push(m.tab);
  const tab = await ext.open(URL);
  tabs.push(tab);

  // Every added and re-rendered paragraph ends up highlighted, and no pass is running any more.
  const state = () =>
    tab.evaluate(() => {
      const late = [...document.querySelectorAll('.entry-content p.late')];
      const rerendered = [...document.querySelectorAll('.entry-content p')].filter((p) => p.textContent!.startsWith('Olaf Scholz'));
      const done = document.documentElement.dataset.changesDone !== undefined;
      return { done, late: late.length, rerendered: rerendered.length, all: [...late, ...rerendered].every((p) => p.querySelector('archyde-entity')) };
    });
  await expect.poll(state, { timeout: 45_000, intervals: [250] }).toMatchObject({ done: true, late: 10, rerendered: 10, all: true });
  let last = await m.send(URL, 'page/annotation', null);
  await expect
    .poll(
      async () => {
        const a = await m.send(URL, 'page/annotation', null);
        const same = a.runs === last.runs && a.elements === last.elements;
        last = a;
        return same;
      },
      { timeout: 30_000, intervals: [2000] },
    )
    .toBe(true);
  expect(last.runs).toBeGreaterThanOrEqual(2); // the changes during the first pass asked for another

  const seen = await tab.evaluate(() => {
    const copy = (window as unknown as { __copy: Element }).__copy;
    const content = document.querySelector('.entry-content')!;
    const els = [...content.querySelectorAll('archyde-entity')];
    return {
      sameText: content.textContent === copy.textContent,
      sections: content.querySelectorAll('section').length,
      // each mention element holds whole words of its paragraph, never nested
      nested: els.filter((e) => e.parentElement!.closest('archyde-entity')).length,
      late: [...new Set([...content.querySelectorAll('p.late archyde-entity')].map((e) => e.textContent))].sort(),
      rerendered: [...new Set(els.filter((e) => e.closest('p')!.textContent!.startsWith('Olaf')).map((e) => e.textContent))].sort(),
      unhighlighted: [...content.querySelectorAll('p')].filter((p) => !p.querySelector('archyde-entity')).length,
    };
  });
  expect(seen.sameText).toBe(true);
  expect(seen.sections).toBe(SECTIONS - 10);
  expect(seen.nested).toBe(0);
  expect(seen.late).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'Paris']));
  expect(seen.rerendered).toEqual(expect.arrayContaining(['Olaf Scholz', 'Justin Trudeau', 'Ottawa']));
  expect(seen.unhighlighted).toBe(0);

  await m.send(URL, 'page/highlights', { on: false });
  const restored = await tab.evaluate(
    () => document.querySelector('.entry-content')!.innerHTML === (window as unknown as { __copy: Element }).__copy.innerHTML,
  );
  expect(restored).toBe(true);
});
