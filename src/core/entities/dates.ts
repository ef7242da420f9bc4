// DATE mentions: explicit calendar expressions and a few fixed relative ones.
// (No lookbehinds: they make V8 test every position of the text.)
// Precise rather than exhaustive; not part of the core score. Each pattern is a flat
// alternation with bounded repeats, scanned once over the text.

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const UNIT = '(?:week|weekend|month|year|decade|century|quarter|spring|summer|autumn|fall|winter)';

const REL_YEAR = '(?:this|last|next)\\syear';

const PATTERNS: RegExp[] = [
  // "January and July this year", "March to May 2020": one span for the coordinated range.
  new RegExp(`\\b${MONTH}\\s(?:and|to|or|-|–)\\s${MONTH}(?:,?\\s${YEAR}|\\s${REL_YEAR})?\\b`, 'g'),
  new RegExp(`\\b${MONTH}\\s${REL_YEAR}\\b`, 'g'),
  // "on the 14th"
  /\bon\s(the\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b/g,
  // "for years", "for centuries": the duration word only
  /\b(?:[Ff]or|[Oo]ver|[Ww]ithin)\s(days|weeks|months|years|decades|centuries)\b/g,
  // February 4, 2019 | October 16 | 4 February 2019 | March 2020
  new RegExp(`\\b${MONTH}\\s${DAY}(?:,?\\s${YEAR})?(?![\\d])`, 'g'),
  new RegExp(`\\b${DAY}\\s${MONTH}(?:,?\\s${YEAR})?(?![\\d])`, 'g'),
  // "January" alone, but "May" only with a year (it is also a verb and a name).
  new RegExp(`\\b(?!May\\b)${MONTH}(?:,?\\s${YEAR})?(?![\\w])`, 'g'),
  new RegExp(`\\bMay,?\\s${YEAR}\\b`, 'g'),
  new RegExp(`\\b(?:on\\s)?${WEEKDAY}\\b`, 'g'),
  // 1991, 2013, the 1990s (not "$2013", "2013km", "1,991")
  new RegExp(`(?<![\\d$€£¥.,:/-])(?:the\\s)?${YEAR}s?(?![\\d%A-Za-z]|[.,:]\\d)`, 'g'),
  new RegExp(`\\b(?:this|last|next|coming|past|previous)\\s${UNIT}\\b`, 'gi'),
  new RegExp(`\\bthe\\s(?:next|last|past|previous|coming)\\s${UNIT}\\b`, 'gi'),
  /\b(?:recent\s(?:years|months|weeks|decades)|yesterday|today|tomorrow)\b/gi,
];

export interface DateSpan {
  start: number;
  end: number;
}

export function dateMentions(text: string): DateSpan[] {
  const found: DateSpan[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // A final capture group, when present, is the date inside a context match ("on the 14th").
      let s = m[1] ?? m[0];
      let start = m.index! + m[0].length - s.length;
      if (/^on\s/.test(s)) {
        start += 3;
        s = s.slice(3);
      }
      found.push({ start, end: start + s.length });
    }
  }
  // Longest first at each start, then drop spans inside kept ones.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateSpan[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}
