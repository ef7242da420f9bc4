// Notes benchmark: re-anchoring robustness under realistic edits, then speed.
//   npm run bench:notes [-- --notes-per-case N] [-- --seed S] [-- --quick] [-- --browsers | --no-browsers]
//
// Robustness: selections are made on the demo article and on eight article bodies of other
// publishers (test/fixtures/notes/articles, MIT, see SOURCE.md), each text is edited the way
// pages change (words inserted and deleted near the quote, a sentence rewritten elsewhere,
// paragraphs reordered, removed and split, the headline changed, whitespace and typographic
// quotes changed, words inserted inside the quote, the quoted passage deleted, and several of
// these at once), and every note is anchored on the edited text. The edit tracks where the quoted
// characters went, so each outcome is judged against the truth:
//   quote survives (the exact quoted text is still there, untouched): right = exactly that span;
//   quote does not survive: right = a span overlapping the edited passage (IoU >= 0.5); a note
//   whose passage was deleted can only be detached or wrong.
// Speed (labelled per line): anchoring 200 notes on the article in Node, and the store with
// fake-indexeddb in Node (an in-memory IndexedDB: it shows how each operation grows with the
// number of notes, not a browser's disk times); then the same in the real built extension in
// Chromium and Firefox ESR (scripts/lib/notes-browser-bench.ts), when both the build (npm run
// build) and a browser are there, or with --browsers; --no-browsers skips them.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, AnchorText } from '../src/core/notes/anchoring/anchor.ts';
import { describeSelection } from '../src/core/notes/anchoring/describe.ts';
import type { NoteSelectors } from '../src/core/notes/model.ts';
import { NotesRepository } from '../src/background/notes/repository.ts';
import { manyNotes, pageNote } from '../src/core/notes/testing.ts';
import { availableBrowsers, benchNotesInBrowsers } from './lib/notes-browser-bench.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const perCaseArg = args.indexOf('--notes-per-case');
const PER_CASE = perCaseArg >= 0 ? Number(args[perCaseArg + 1]) : quick ? 3 : 8;
const seedArg = args.indexOf('--seed');
// A fixed seed makes runs comparable; other seeds check that the numbers are not a property of one draw.
const SEED = seedArg >= 0 ? Number(args[seedArg + 1]) : 20261204;

// ---------- texts ----------
const root = new URL('..', import.meta.url).pathname;
const ARTICLE = readFileSync(join(root, 'e2e/fixtures/seed/archyde-xi-putin.txt'), 'utf8');
const articlesDir = join(root, 'test/fixtures/notes/articles');
const TEXTS: { name: string; text: string }[] = [
  { name: 'archyde-xi-putin', text: ARTICLE },
  ...readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(articlesDir, f), 'utf8') })),
];

// ---------- deterministic randomness ----------
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// ---------- edits that track where the quoted characters go ----------
/** A new text as pieces: copies of old ranges and inserted strings. */
type Piece = { from: number; to: number } | { insert: string };
interface Span {
  start: number;
  end: number;
}
interface Edited {
  text: string;
  span: Span | null;
  survived: boolean;
}

function build(old: string, pieces: Piece[], span: Span): Edited {
  let text = '';
  let lo = Infinity;
  let hi = -Infinity;
  let whole: Span | null = null;
  for (const p of pieces) {
    if ('insert' in p) {
      text += p.insert;
      continue;
    }
    const at = text.length;
    if (p.from <= span.start && p.to >= span.end && span.end > span.start) whole = { start: at + span.start - p.from, end: at + span.end - p.from };
    const a = Math.max(p.from, span.start);
    const b = Math.min(p.to, span.end);
    if (a < b) {
      lo = Math.min(lo, at + a - p.from);
      hi = Math.max(hi, at + b - p.from);
    }
    text += old.slice(p.from, p.to);
  }
  const exact = old.slice(span.start, span.end);
  if (whole && text.slice(whole.start, whole.end) === exact) {
    // Survives only when the copy is untouched: nothing was inserted inside it either.
    return { text, span: whole, survived: true };
  }
  if (lo === Infinity) return { text, span: null, survived: false };
  return { text, span: { start: lo, end: hi }, survived: false };
}

/** Word boundaries (starts of words) in [a, b). */
function wordStarts(t: string, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, a); i < Math.min(b, t.length); i++) if (/\s/.test(t[i - 1]!) && /\S/.test(t[i]!)) out.push(i);
  return out;
}
function blocks(t: string): Span[] {
  const out: Span[] = [];
  const re = /\n+/g;
  let at = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < t.length) out.push({ start: at, end: t.length });
  return out;
}
function sentences(t: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]+["”’)]?/g;
  for (let m = re.exec(t); m; m = re.exec(t)) if (m[0].trim().length > 20) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const WORDS = ['reportedly', 'also', 'on Tuesday', 'according to officials', 'once again', 'in a statement', 'late last year', 'new', 'however', 'quickly'];
const FILLER = 'Officials said the figures would be published later this month after a review by the ministry and several independent experts.';

type Edit = (t: string, s: Span, r: Rand) => Edited | null;
const sep = (t: string) => (t.includes('\n\n') ? '\n\n' : '\n');

const EDITS: Record<string, { survives: boolean; edit: Edit }> = {
  'words inserted near the quote': {
    survives: true,
    edit: (t, s, r) => {
      const ws = wordStarts(t, s.start - 60, s.start)
        .concat(wordStarts(t, s.end + 1, s.end + 60))
        .filter((i) => i <= s.start || i > s.end);
      if (!ws.length) return null;
      const at = pick(r, ws);
      return build(t, [{ from: 0, to: at }, { insert: `${pick(r, WORDS)} ` }, { from: at, to: t.length }], s);
    },
  },
  'words deleted near the quote': {
    survives: true,
    edit: (t, s, r) => {
      const ws = wordStarts(t, s.start - 60, s.start - 1).concat(wordStarts(t, s.end + 1, s.end + 60));
      const cands = ws.map((i) => ({ start: i, end: t.slice(i).search(/\s/) + i + 1 || t.length })).filter((w) => !overlaps(w, s) && w.end - w.start > 1);
      if (!cands.length) return null;
      const w = pick(r, cands);
      return build(
        t,
        [
          { from: 0, to: w.start },
          { from: w.end, to: t.length },
        ],
        s,
      );
    },
  },
  'sentence rewritten elsewhere': {
    survives: true,
    edit: (t, s, r) => {
      const ss = sentences(t).filter((x) => !overlaps(x, { start: s.start - 40, end: s.end + 40 }));
      if (!ss.length) return null;
      const x = pick(r, ss);
      return build(t, [{ from: 0, to: x.start }, { insert: FILLER }, { from: x.end, to: t.length }], s);
    },
  },
  'paragraphs reordered': {
    survives: true,
    edit: (t, s, r) => {
      const bs = blocks(t);
      if (bs.length < 4) return null;
      const body = bs.slice(1);
      for (let i = body.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [body[i], body[j]] = [body[j]!, body[i]!];
      }
      const pieces: Piece[] = [{ from: bs[0]!.start, to: bs[0]!.end }];
      for (const b of body) pieces.push({ insert: sep(t) }, { from: b.start, to: b.end });
      return build(t, pieces, s);
    },
  },
  'another paragraph removed': {
    survives: true,
    edit: (t, s, r) => {
      const bs = blocks(t).filter((b) => !overlaps(b, s));
      if (!bs.length) return null;
      const b = pick(r, bs);
      const end = Math.min(t.length, b.end + sep(t).length);
      return build(
        t,
        [
          { from: 0, to: b.start },
          { from: end, to: t.length },
        ],
        s,
      );
    },
  },
  'paragraph split': {
    survives: true,
    edit: (t, s, r) => {
      const ss = sentences(t).filter((x) => x.end <= s.start || x.end >= s.end);
      const cut = ss.map((x) => x.end).filter((e) => e < t.length && t[e] === ' ' && (e < s.start || e >= s.end));
      if (!cut.length) return null;
      const at = pick(r, cut);
      return build(t, [{ from: 0, to: at }, { insert: sep(t) }, { from: at + 1, to: t.length }], s);
    },
  },
  'headline changed': {
    survives: true,
    edit: (t, s) => {
      const h = blocks(t)[0]!;
      if (overlaps(h, s)) return null;
      return build(t, [{ insert: 'Updated: what the talks mean for the region, explained' }, { from: h.end, to: t.length }], s);
    },
  },
  'whitespace and typographic quotes changed': {
    survives: false, // survives only when the quote has no quote marks or double spaces
    edit: (t, s) => {
      const pieces: Piece[] = [];
      let at = 0;
      const swap: Record<string, string> = { "'": '’', '’': "'", '"': '“', '“': '"', '”': '"', '\u00a0': ' ' };
      for (let i = 0; i < t.length; i++) {
        const c = t[i]!;
        const rep = swap[c] ?? (c === ' ' && i % 7 === 0 ? '  ' : null);
        if (rep === null) continue;
        pieces.push({ from: at, to: i }, { insert: rep });
        at = i + 1;
      }
      pieces.push({ from: at, to: t.length });
      return build(t, pieces, s);
    },
  },
  'words inserted inside the quote': {
    survives: false,
    edit: (t, s, r) => {
      const ws = wordStarts(t, s.start + 1, s.end);
      if (!ws.length) return null;
      const at = pick(r, ws);
      return build(t, [{ from: 0, to: at }, { insert: `${pick(r, WORDS)} ` }, { from: at, to: t.length }], s);
    },
  },
  'quoted passage deleted': {
    survives: false,
    edit: (t, s) => {
      const b = blocks(t).find((x) => x.start <= s.start && x.end >= s.end);
      if (!b) return null;
      const end = Math.min(t.length, b.end + sep(t).length);
      return build(
        t,
        [
          { from: 0, to: b.start },
          { from: end, to: t.length },
        ],
        s,
      );
    },
  },
};

const COMBINABLE = [
  'words inserted near the quote',
  'words deleted near the quote',
  'sentence rewritten elsewhere',
  'paragraphs reordered',
  'another paragraph removed',
  'paragraph split',
  'headline changed',
];
function combined(t: string, s: Span, r: Rand): Edited | null {
  let cur: Edited = { text: t, span: s, survived: true };
  const n = int(r, 2, 4);
  for (let i = 0; i < n; i++) {
    const next = EDITS[pick(r, COMBINABLE)]!.edit(cur.text, cur.span!, r);
    if (!next) continue;
    cur = { ...next, survived: cur.survived && next.survived };
    if (!cur.span) break;
  }
  return cur;
}

/** A selection as readers make them: a name, a phrase, a clause or a whole sentence. */
function randomSelection(t: string, r: Rand): Span | null {
  const starts = wordStarts(t, 1, t.length);
  const start = pick(r, [0, ...starts]);
  const words = pick(r, [1, 1, 2, 2, 3, 4, 6, 9, 14, 25]);
  let end = start;
  for (let w = 0; w < words; w++) {
    const m = /\S+\s*/.exec(t.slice(end, end + 200));
    if (!m || m[0].includes('\n')) {
      end += m ? m[0].trimEnd().length : 0;
      break;
    }
    end += m[0].length;
  }
  while (end > start && /[\s,.;:]/.test(t[end - 1]!)) end--;
  return end - start >= 2 ? { start, end } : null;
}

// ---------- robustness ----------
interface Tally {
  right: number;
  partial: number;
  wrong: number;
  detached: number;
}
const tally = (): Tally => ({ right: 0, partial: 0, wrong: 0, detached: 0 });
const survive = tally();
const gone = tally();
const byEdit = new Map<string, { s: Tally; g: Tally }>();
const wrongExamples: string[] = [];
const r = rng(SEED);

const cases = [...Object.entries(EDITS).map(([name, e]) => [name, e.edit] as const), ['several edits at once', combined] as const];
for (const { name: textName, text } of TEXTS) {
  for (const [editName, edit] of cases) {
    let made = 0;
    for (let attempt = 0; made < PER_CASE && attempt < PER_CASE * 20; attempt++) {
      const span = randomSelection(text, r);
      if (!span) continue;
      const selectors = describeSelection(text, span.start, span.end);
      if (!selectors) continue;
      const real = { start: selectors[1].start, end: selectors[1].end };
      const ed = edit(text, real, r);
      if (!ed || ed.text === text) continue;
      made++;
      const res = anchor(ed.text, selectors);
      const t = ed.survived ? survive : gone;
      const e = byEdit.get(editName) ?? { s: tally(), g: tally() };
      byEdit.set(editName, e);
      const te = ed.survived ? e.s : e.g;
      let outcome: keyof Tally;
      if (res.status === 'detached') outcome = 'detached';
      else if (!ed.span) outcome = 'wrong';
      else if (ed.survived) outcome = res.start === ed.span.start && res.end === ed.span.end ? 'right' : 'wrong';
      else {
        const inter = Math.max(0, Math.min(res.end, ed.span.end) - Math.max(res.start, ed.span.start));
        const union = Math.max(res.end, ed.span.end) - Math.min(res.start, ed.span.start);
        // Right: on the edited passage (IoU >= 0.5). Partial: on a piece of it (at least half of the
        // note's span lies inside the passage, but it covers less than half of it). Else wrong.
        outcome = inter / union >= 0.5 ? 'right' : inter * 2 >= res.end - res.start ? 'partial' : 'wrong';
      }
      t[outcome]++;
      te[outcome]++;
      if ((outcome === 'wrong' || outcome === 'partial') && wrongExamples.length < 10) {
        wrongExamples.push(
          `${outcome}: ${textName} / ${editName}: "${selectors[0].exact.slice(0, 60)}" -> "${res.status === 'anchored' ? ed.text.slice(res.start, res.end).slice(0, 60) : ''}" (truth ${ed.span ? `"${ed.text.slice(ed.span.start, ed.span.end).slice(0, 60)}"` : 'deleted'})`,
        );
      }
    }
  }
}

const total = (t: Tally) => t.right + t.partial + t.wrong + t.detached;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
const line = (t: Tally) =>
  `${String(total(t)).padStart(4)} notes: right ${pct(t.right, total(t)).padStart(5)}%, partial ${String(t.partial).padStart(2)}, wrong ${String(t.wrong).padStart(3)}, detached ${pct(t.detached, total(t)).padStart(5)}%`;

console.log(`# Re-anchoring robustness (${TEXTS.length} texts, ${PER_CASE} notes per text and edit, seed ${SEED})`);
console.log(`texts: ${TEXTS.map((t) => `${t.name} (${t.text.length} chars)`).join(', ')}`);
console.log('');
console.log(`${'edit'.padEnd(44)} | quote survives${' '.repeat(49)} | quote does not survive`);
for (const [name, e] of byEdit) console.log(`${name.padEnd(44)} | ${line(e.s)} | ${line(e.g)}`);
console.log('');
console.log(`quote survives:         ${line(survive)}`);
console.log(`quote does not survive: ${line(gone)}`);
if (wrongExamples.length) console.log(`wrong and partial placements:\n  ${wrongExamples.join('\n  ')}`);
console.log('');

// ---------- speed: anchoring ----------
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const v = fn();
  return [performance.now() - t0, v];
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

const r2 = rng(7);
const sels: NoteSelectors[] = [];
while (sels.length < 200) {
  const s = randomSelection(ARTICLE, r2);
  const d = s && describeSelection(ARTICLE, s.start, s.end);
  if (d) sels.push(d);
}
const moved = `A new paragraph now opens the article, so no note is where it was.\n${ARTICLE}`;
const rewritten = ARTICLE.replace(/ the /g, ' a ');
console.log('# Speed (Node, this machine; the same code runs in the page, at a speed not measured here)');
for (const [label, text] of [
  ['unchanged article (position)', ARTICLE],
  ['article shifted by a paragraph (quote + context)', moved],
  ['every " the " changed to " a " (many approximate)', rewritten],
] as const) {
  const runs: number[] = [];
  let anchored = 0;
  for (let k = 0; k < 7; k++) {
    const [ms, n] = time(() => {
      const at = new AnchorText(text);
      let ok = 0;
      for (const s of sels) if (anchor(at, s).status === 'anchored') ok++;
      return ok;
    });
    runs.push(ms);
    anchored = n;
  }
  console.log(`anchor 200 notes, ${label}: ${median(runs).toFixed(1)} ms (median of 7), ${anchored} anchored`);
}
console.log('');

// ---------- speed: the store (fake-indexeddb) ----------
const vocabulary = [...new Set(ARTICLE.split(/[^A-Za-z]+/).filter((w) => w.length > 3))];
console.log('# Store, in Node with fake-indexeddb (in-memory IndexedDB: growth with the count, not browser disk times)');
console.log('notes  | pages | import all (1 tx) | save one | page lookup | first search (index build) | search');
let db = 0;
for (const count of quick ? [10, 100, 1000] : [10, 100, 1000, 10_000]) {
  const pages = Math.min(count, 1000);
  const repo = new NotesRepository({ name: `bench-notes-${++db}` });
  const notes = manyNotes(count, pages, vocabulary);
  const [importMs] = await timeAsync(() => repo.importMany(notes));
  const saves: number[] = [];
  for (let i = 0; i < 20; i++) saves.push((await timeAsync(() => repo.put(pageNote(count + i, i % pages, 'one more note'))))[0]);
  const lookups: number[] = [];
  for (let i = 0; i < 50; i++) {
    const key = notes[(i * 37) % notes.length]!.page.key;
    lookups.push((await timeAsync(() => repo.byPage(key)))[0]);
  }
  const [firstSearch] = await timeAsync(() => repo.search(vocabulary[3]!));
  const searches: number[] = [];
  for (let i = 0; i < 20; i++) searches.push((await timeAsync(() => repo.search(`${vocabulary[(i * 11) % vocabulary.length]!.slice(0, 5)}`)))[0]);
  console.log(
    `${String(count).padStart(6)} | ${String(pages).padStart(5)} | ${importMs.toFixed(0).padStart(14)} ms | ${median(saves).toFixed(2).padStart(5)} ms | ${median(lookups).toFixed(2).padStart(8)} ms | ${firstSearch.toFixed(0).padStart(23)} ms | ${median(searches).toFixed(2).padStart(5)} ms`,
  );
  repo.close();
}
console.log("(save, lookup and search: medians of 20, 50 and 20 runs; lookup returns the page's notes, search returns up to 50 notes)");
console.log('');

// ---------- speed: the real extension in real browsers ----------
if (!args.includes('--no-browsers')) {
  const browsers = availableBrowsers();
  if (browsers.length) await benchNotesInBrowsers({ browsers, counts: quick ? [10, 100, 1000] : [10, 100, 1000, 10_000], vocabulary });
  else if (args.includes('--browsers')) throw new Error('--browsers: no built extension (npm run build) or no browser (scripts/setup.sh) to run it in');
  else console.log('(real-browser rows skipped: build the extension and install the browsers, see scripts/setup.sh)\n');
}

const all = total(survive);
console.log(
  `quote survives: right ${pct(survive.right, all)}%, wrong ${survive.wrong}, detached ${pct(survive.detached, all)}% (target >= 95% right, 0 wrong)`,
);
console.log(
  `quote does not survive: right ${pct(gone.right, total(gone))}%, partial ${gone.partial}, wrong ${gone.wrong}, detached ${pct(gone.detached, total(gone))}% (target 0 wrong)`,
);
// The last line counts a partial placement (on a piece of the edited passage) as neither right nor wrong:
// R + D + partial share = 100%.
const sum = {
  right: survive.right + gone.right,
  partial: survive.partial + gone.partial,
  wrong: survive.wrong + gone.wrong,
  detached: survive.detached + gone.detached,
};
console.log(`(all ${total(sum)} notes; ${sum.partial} partial placements are in neither R nor D)`);
console.log(`re-anchoring: right ${pct(sum.right, total(sum))}%, wrong ${sum.wrong}, detached ${pct(sum.detached, total(sum))}%`);
