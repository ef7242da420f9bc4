// Tolerant HTML -> article text for the CLI (no DOM): picks the article container
// ([itemprop=articleBody], .entry-content, <article>, else <body>), drops page chrome
// and scripts, turns block elements into line breaks and decodes entities.

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const DROP = new Set('script style noscript template nav header footer aside form iframe svg button select'.split(' '));
const BLOCK = new Set('p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article figcaption figure pre dd dt dl main hr'.split(' '));
/** Without an article container, page chrome is recognised by its class or id. */
const CHROME = /\b(?:class|id)\s*=\s*["'][^"']*\b(?:nav|navbar|menu|header|footer|sidebar|cookie|consent|share|social|related|comments?|breadcrumbs?|byline|meta)\b/i;
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Tag {
  start: number;
  end: number;
  close: boolean;
  name: string;
  attrs: string;
}

function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(TAG)) {
    if (!m[2]) continue; // comment
    out.push({ start: m.index!, end: m.index! + m[0].length, close: m[1] === '/', name: m[2].toLowerCase(), attrs: m[3] ?? '' });
  }
  return out;
}

/** Index (into `ts`) of the tag closing the element opened at ts[i]; tolerant of missing ends. */
function closing(ts: readonly Tag[], i: number): number {
  const name = ts[i]!.name;
  let depth = 0;
  for (let j = i; j < ts.length; j++) {
    const t = ts[j]!;
    if (t.name !== name || VOID.has(name) || /\/\s*$/.test(t.attrs)) continue;
    depth += t.close ? -1 : 1;
    if (depth === 0) return j;
  }
  return ts.length - 1;
}

const PREFER: Array<(t: Tag) => boolean> = [
  (t) => /\bitemprop\s*=\s*["']?articleBody\b/i.test(t.attrs),
  (t) => /\bclass\s*=\s*["'][^"']*\bentry-content\b/i.test(t.attrs),
  (t) => t.name === 'article',
  (t) => t.name === 'body',
];

export function htmlToText(html: string): string {
  const ts = tags(html);
  let from = 0;
  let to = ts.length;
  let fallback = true;
  for (const [k, pick] of PREFER.entries()) {
    const i = ts.findIndex((t) => !t.close && pick(t));
    if (i >= 0) { from = i; to = closing(ts, i); fallback = k === PREFER.length - 1; break; }
  }
  let out = '';
  let pos = ts[from]?.end ?? 0;
  const stop = ts[to]?.start ?? html.length;
  for (let i = from + 1; i < to; i++) {
    const t = ts[i]!;
    if (t.start < pos) continue;
    out += html.slice(pos, t.start);
    pos = t.end;
    if (!t.close && (DROP.has(t.name) || (fallback && CHROME.test(t.attrs)))) {
      const j = closing(ts, i);
      pos = Math.max(pos, ts[j]!.end);
      i = j;
    } else if (BLOCK.has(t.name)) out += '\n';
  }
  if (pos < stop) out += html.slice(pos, stop);
  return decodeEntities(out)
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0 && !(fallback && isMenuItem(l)))
    .join('\n');
}

/** Without a container, one to three words without sentence punctuation are menu entries. */
function isMenuItem(line: string): boolean {
  return line.split(' ').length <= 3 && !/[.!?:”"]$/.test(line);
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', copy: '©', reg: '®', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

export function looksLikeHtml(path: string, content: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html|<body|<article|<div|<p\b)/i.test(content);
}
