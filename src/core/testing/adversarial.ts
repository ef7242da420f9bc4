// Adversarial text families for the linearity guard (src/core/linearity.test.ts) and the
// adversarial section of `npm run bench:ner`: inputs that make a backtracking pattern, a rescanning
// loop or a pairwise pass go super-linear. Each generator is deterministic (a seeded PRNG) and
// returns exactly `n` UTF-16 code units, never ending inside a surrogate pair.

export interface AdversarialFamily {
  name: string;
  make(n: number): string;
}

/** xorshift32: the same text for the same (family, n) on every machine. */
function prng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

/** `unit` repeated, cut to n code units (a cut surrogate pair is replaced by a space). */
function repeat(unit: string, n: number): string {
  return fit(unit.repeat(Math.ceil(n / unit.length) + 1), n);
}

function fit(s: string, n: number): string {
  let out = s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
  const last = out.charCodeAt(n - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, n - 1) + ' ';
  return out;
}

/** Pieces from `next()` joined until n code units. */
function build(n: number, next: () => string): string {
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    const p = next();
    parts.push(p);
    len += p.length;
  }
  return fit(parts.join(''), n);
}

const FIRST = [
  'Angela',
  'Vladimir',
  'Xi',
  'Emmanuel',
  'Olaf',
  'Giorgia',
  'Pedro',
  'Ursula',
  'Recep',
  'Narendra',
  'Jacinda',
  'Boris',
  'Kamala',
  'Justin',
  'Mette',
  'Sanna',
  'Luiz',
  'Cyril',
  'Fumio',
  'Yoon',
];
const LAST = [
  'Merkel',
  'Putin',
  'Jinping',
  'Macron',
  'Scholz',
  'Meloni',
  'Sánchez',
  'von der Leyen',
  'Erdoğan',
  'Modi',
  'Ardern',
  'Johnson',
  'Harris',
  'Trudeau',
  'Frederiksen',
  'Marin',
  'Lula',
  'Ramaphosa',
  'Kishida',
  'Suk-yeol',
];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** "Angela Merkel, Xi Putin, …": the comma list of names seen on a real page, varied. */
export function nameList(n: number, seed = 7): string {
  const r = prng(seed);
  return build(n, () => `${pick(r, FIRST)} ${pick(r, LAST)}${r() < 0.1 ? ` ${String.fromCharCode(65 + Math.floor(r() * 26))}.` : ''}, `);
}

/** "Angela Tovaru, Angela Mekisol, …": one first name with ever new surnames (names sharing a first word). */
export function sharedFirstNames(n: number, seed = 13): string {
  const r = prng(seed);
  const syl = ['ka', 'to', 'mi', 're', 'su', 'no', 'va', 'li', 'do', 'sen', 'rak', 'bel'];
  const surname = () => {
    let s = '';
    const k = 2 + Math.floor(r() * 3);
    for (let i = 0; i < k; i++) s += pick(r, syl);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  return build(n, () => `${r() < 0.2 ? 'Angela' : `Angela ${surname()}`}${r() < 0.5 ? ' said that ' : ', '}`);
}

function mixedScripts(n: number): string {
  const r = prng(11);
  const words = ['Москва', 'Путин', '北京', '習近平', 'القاهرة', 'Ελλάδα', 'Tōkyō', 'İstanbul', '😀', '𝐀𝐁𝐂', 'דוד', 'Ñandú', 'Kraków', 'ไทย', '한국'];
  return build(n, () => pick(r, words) + pick(r, [' ', '', '-', '.', ', ', '’', '"']));
}

function prose(n: number): string {
  const r = prng(5);
  const pieces = [
    'President',
    'Mr.',
    'said',
    'the',
    'in',
    'London',
    'on',
    'Monday',
    'January 5, 2021',
    '“We will',
    'act,”',
    'of the',
    'United Nations',
    '(UN)',
    'Beijing-based',
    'pro-Russian',
    'Archyde.com',
    'Dr.',
    'he said.',
    '\n',
  ];
  return build(n, () => `${pick(r, FIRST)} ${pick(r, LAST)} ${pick(r, pieces)} ${pick(r, pieces)} `);
}

export const ADVERSARIAL: readonly AdversarialFamily[] = [
  { name: 'run of .', make: (n) => repeat('.', n) },
  { name: 'run of !', make: (n) => repeat('!', n) },
  { name: 'run of ?', make: (n) => repeat('?', n) },
  { name: 'run of …', make: (n) => repeat('…', n) },
  { name: 'run of .!?… mixed', make: (n) => repeat('.!?…', n) },
  { name: 'terminators and closers .”)', make: (n) => repeat('.”)]’', n) },
  { name: 'word then dots, no space', make: (n) => `Word${repeat('.', n - 4)}` },
  { name: 'run of one letter', make: (n) => repeat('a', n) },
  { name: 'run of capitals', make: (n) => repeat('A', n) },
  { name: 'run of digits', make: (n) => repeat('7', n) },
  { name: 'run of spaces', make: (n) => `a${repeat(' ', n - 2)}b` },
  { name: 'run of newlines', make: (n) => `A${repeat('\n', n - 2)}B` },
  { name: 'run of hyphens', make: (n) => repeat('-', n) },
  { name: 'hyphenated letters a-A-', make: (n) => repeat('a-A-', n) },
  { name: 'dotted capitals A.B.', make: (n) => repeat('A.', n) },
  {
    name: 'long token, no spaces',
    make: (n) =>
      build(
        n,
        (
          (r) => () =>
            String.fromCharCode(97 + Math.floor(r() * 26))
        )(prng(3)),
      ),
  },
  {
    name: 'capitalised words',
    make: (n) =>
      build(
        n,
        (
          (r) => () =>
            `${pick(r, FIRST)} ${pick(r, LAST)} `
        )(prng(9)),
      ),
  },
  { name: 'capitals words, datelines', make: (n) => repeat('LONDON PARIS ROME BERLIN MADRID OSLO ', n) },
  { name: 'run of (', make: (n) => repeat('(', n) },
  { name: 'run of ( ) nested', make: (n) => `${repeat('(', n >> 1)}${repeat(')', n - (n >> 1))}` },
  { name: 'run of "', make: (n) => repeat('"', n) },
  { name: 'run of “', make: (n) => repeat('“', n) },
  { name: "run of '", make: (n) => repeat("'", n) },
  { name: 'open quotes with words', make: (n) => repeat('“said a b c ', n) },
  { name: 'Mr. Mr. Mr.', make: (n) => repeat('Mr. ', n) },
  { name: 'President President', make: (n) => repeat('President ', n) },
  { name: 'The The The', make: (n) => repeat('The ', n) },
  { name: 'comma list of names', make: (n) => nameList(n) },
  { name: 'one first name, new surnames', make: (n) => sharedFirstNames(n) },
  { name: 'name, long gap, name', make: (n) => `Angela${' '.repeat(n - 12)}Merkel` },
  { name: 'name, a professor at', make: (n) => repeat('Steve Tsang, a professor at ', n) },
  { name: 'domains .com.com', make: (n) => repeat('Archyde.com', n) },
  { name: 'months and years', make: (n) => repeat('January 2020 ', n) },
  { name: 'soft hyphens and zero widths', make: (n) => repeat('Lon\u00addon\u200b\u200c\u200d\u2060\ufeff ', n) },
  { name: 'run of soft hyphens', make: (n) => `A${repeat('\u00ad', n - 2)}B` },
  { name: 'mixed scripts', make: (n) => mixedScripts(n) },
  { name: 'prose with names', make: (n) => prose(n) },
];
