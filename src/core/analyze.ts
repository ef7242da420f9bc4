// The engine's one entry point: tagger mentions -> span conventions -> rules -> document
// pass (aliases, types, propagation) -> entities with titles, quotes and context. DOM-free.
import { uni } from './text/uni.ts';
import { cleanWithMap, hasInvisible, originalSpan } from './text/invisible.ts';
import type { DocumentAnalysis, EntityType } from './types.ts';
import { TYPE_OF_TAG, resolveOverlaps, type Candidate, type TaggerLike } from './entities/candidate.ts';
import { cleanCandidate } from './entities/clean.ts';
import { acronymDefinitions, ruleMentions } from './entities/rules.ts';
import { dateMentions } from './entities/dates.ts';
import { clusterMentions } from './entities/cluster.ts';
import { propagate } from './entities/propagate.ts';
import { assemble, type Placed } from './entities/assemble.ts';
import { countryLexicon, type PlaceLexicon } from './entities/lexicon.ts';
import { isHonorific, isTitleWord } from './entities/titles.ts';
import { bylinePersons, repairSpans } from './entities/repair.ts';

export type { TaggerLike } from './entities/candidate.ts';

export interface AnalyzerOptions {
  /** Country names/demonyms; defaults to the bundled world-countries table. */
  lexicon?: PlaceLexicon;
  /** Add DATE mentions (default true). */
  dates?: boolean;
  /** Propagate known names to untagged occurrences (default true). */
  propagate?: boolean;
}

export type Analyzer = (text: string) => DocumentAnalysis;

export function createAnalyzer(tagger: TaggerLike, options: AnalyzerOptions = {}): Analyzer {
  const lex = options.lexicon ?? countryLexicon();
  return (input: string): DocumentAnalysis => {
    const text = typeof input === 'string' ? input : '';
    if (text.length === 0) return { mentions: [], entities: [] };
    try {
      if (!hasInvisible(text)) return analyzeText(text, tagger, lex, options);
      const clean = cleanWithMap(text);
      return toOriginal(analyzeText(clean.text, tagger, lex, options), clean.map);
    } catch {
      // The page must never break because of the engine: an unexpected input yields no entities.
      return { mentions: [], entities: [] };
    }
  };
}

/**
 * The analysis of the cleaned text with every offset in the original: a span covers its first to
 * its last cleaned character, so "Lon\u00ADdon" is one mention with the soft hyphen inside it.
 * Strings stay clean (mention texts, names, sentences, quotes read without the invisibles).
 */
function toOriginal(a: DocumentAnalysis, map: Int32Array): DocumentAnalysis {
  for (const m of a.mentions) Object.assign(m, originalSpan(map, m.start, m.end));
  for (const e of a.entities) {
    for (const q of e.quotes) Object.assign(q, originalSpan(map, q.start, q.end));
    if (e.firstSentenceAt) Object.assign(e.firstSentenceAt, originalSpan(map, e.firstSentenceAt.start, e.firstSentenceAt.end));
  }
  return a;
}

function analyzeText(text: string, tagger: TaggerLike, lex: PlaceLexicon, options: AnalyzerOptions): DocumentAnalysis {
  const cands = candidates(text, tagger, lex, options.dates !== false);
  const clusters = clusterMentions(text, cands, lex);
  const placed: Placed[] = [];
  clusters.forEach((cl, ci) => {
    for (const m of cl.members) placed.push({ start: cands[m]!.start, end: cands[m]!.end, cluster: ci });
  });
  if (options.propagate !== false) {
    for (const p of propagate(text, cands, clusters, lex)) placed.push({ start: p.cand.start, end: p.cand.end, cluster: p.cluster });
  }
  const types: EntityType[] = clusters.map((c) => c.type);
  return assemble(text, placed, types, lex);
}

/** Tagger output cleaned to the span conventions, plus rule mentions; non-overlapping. */
function candidates(text: string, tagger: TaggerLike, lex: PlaceLexicon, withDates: boolean): Candidate[] {
  let raw: ReturnType<TaggerLike['tag']> = [];
  try {
    raw = tagger.tag(text);
    if (!Array.isArray(raw)) raw = [];
  } catch {
    raw = []; // a tagger failure must not break the page: rules still run
  }
  const tagged: Candidate[] = [];
  // Cleaning depends only on the span's text and type: memoised per distinct surface form.
  const memo = new Map<string, Map<string, Array<[number, number, Candidate['type']]>>>();
  for (let ri = 0; ri < raw.length; ri++) {
    const r = raw[ri]!;
    if (!(r.start >= 0 && r.end <= text.length && r.end > r.start)) continue;
    const type = TYPE_OF_TAG[r.type] ?? 'MISC';
    const surface = text.slice(r.start, r.end);
    // A capitalised "The" mid-sentence is part of the name ("The Hague"); at a sentence start it is not.
    const keepThe = surface.startsWith('The ') && !atSentenceStart(text, r.start);
    const mkey = keepThe ? `${type}+the` : type;
    let byForm = memo.get(mkey);
    if (!byForm) memo.set(mkey, (byForm = new Map()));
    let pieces = byForm.get(surface);
    if (!pieces) {
      const c: Candidate = { start: 0, end: surface.length, type, score: 0, source: 'tagger' };
      // A title left alone after cleaning ("Senior Lecturer" -> "Lecturer") is no name; a span that
      // was only that word may be a surname ("King", "Major") unless it is an honorific ("Mr").
      const titleOnly = (w: string) => isHonorific(w) || (isTitleWord(w) && w.length < surface.length);
      pieces = cleanCandidate(surface, c, lex, keepThe)
        .filter((x) => !titleOnly(surface.slice(x.start, x.end)))
        .map((x) => [x.start, x.end, x.type]);
      if (byForm.size > 20_000) byForm.clear();
      byForm.set(surface, pieces);
    }
    const score = confidence(r.score);
    for (let pi = 0; pi < pieces.length; pi++) {
      const p = pieces[pi]!;
      tagged.push({ start: r.start + p[0], end: r.start + p[1], type: p[2], score, source: 'tagger' });
    }
  }
  const kept0 = dropDoubtfulSentenceStarts(text, tagged);
  const rules = ruleMentions(text, lex);
  // Strong rules (datelines, websites) beat the tagger; weak ones only fill gaps.
  let kept = bylinePersons(
    text,
    repairSpans(
      text,
      resolveOverlaps(
        rules.filter((r) => r.score >= 0.8),
        kept0,
        rules.filter((r) => r.score < 0.8),
      ),
    ),
  );
  kept = resolveOverlaps(kept, acronymDefinitions(text, kept));
  if (withDates) {
    // same property order as every other Candidate (one hidden class for the document pass)
    const dates = dateMentions(text).map((d): Candidate => ({ start: d.start, end: d.end, type: 'DATE', score: 0.9, source: 'rule' }));
    kept = resolveOverlaps(kept, dates);
  }
  return kept;
}

/** Tagger scores are Viterbi margins (0..~200 model units); squash them to 0..1. */
function confidence(margin: number): number {
  return Number.isFinite(margin) && margin > 0 ? 1 - Math.exp(-margin / 50) : 0;
}

/**
 * A capitalised first word of a sentence is weak evidence ("Bigger.” The signal ..."):
 * a doubtful one-word tagger span there is dropped unless the word is also capitalised
 * mid-sentence somewhere in the document.
 */
function dropDoubtfulSentenceStarts(text: string, tagged: Candidate[]): Candidate[] {
  // Only title-case words look like a capitalised common word; acronyms ("ALP") do not.
  const doubtful = tagged.filter((c) => c.score < 0.33 && TITLE_CASE.test(text.slice(c.start, c.end)) && atSentenceStart(text, c.start));
  if (doubtful.length === 0) return tagged;
  const forms = new Set(doubtful.map((c) => text.slice(c.start, c.end)));
  const confirmed = new Set<string>();
  for (const c of tagged) {
    const f = text.slice(c.start, c.end);
    if (forms.has(f) && !atSentenceStart(text, c.start)) confirmed.add(f);
  }
  const drop = new Set(doubtful.filter((c) => !confirmed.has(text.slice(c.start, c.end))));
  return tagged.filter((c) => !drop.has(c));
}

const TITLE_CASE = uni(String.raw`^\p{Lu}\p{Ll}+$`, 'u');

function atSentenceStart(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 4), pos);
  return pos === 0 || /(?:^|[.!?]["”’)]?\s+|\n\s*|[“"]\s*)$/.test(before);
}
