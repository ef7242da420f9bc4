// Turns clustered candidates into the public DocumentAnalysis shape: mentions in text
// order, one Entity per cluster with name, aliases, title, quotes and context.
import { uni } from '../text/uni.ts';
const NON_LETTER = uni(String.raw`[^\p{L}]`, 'gu');
import type { DocumentAnalysis, Entity, EntityType, Mention, Quote } from '../types.ts';
import type { PlaceLexicon } from './lexicon.ts';
import { appositiveAfter, titleBefore } from './titles.ts';
import { attributeQuotes } from './quotes.ts';
import { bestTitle, coMentions, firstSentences, sentenceIndexes, sentenceWindow, windowText, type TitleCandidate } from './context.ts';
import { sentences } from '../text/sentences.ts';
import { isAllCaps } from '../text/words.ts';

export interface Placed {
  start: number;
  end: number;
  cluster: number;
}

export function assemble(text: string, placed: Placed[], clusterTypes: readonly EntityType[], lex: PlaceLexicon): DocumentAnalysis {
  placed.sort((a, b) => a.start - b.start);
  // Entity order = order of first mention; ids e1, e2, ...
  const order = new Map<number, number>();
  for (const p of placed) if (!order.has(p.cluster)) order.set(p.cluster, order.size);
  const n = order.size;
  const ents = placed.map((p) => ({ start: p.start, end: p.end, entity: order.get(p.cluster)! }));
  const types = new Array<EntityType>(n);
  for (const [c, e] of order) types[e] = clusterTypes[c]!;
  const ids = Array.from({ length: n }, (_, e) => `e${e + 1}`);
  const id = (e: number) => ids[e]!;

  const mentions: Mention[] = ents.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    type: types[m.entity]!,
    entity: ids[m.entity]!,
  }));
  const perEntity = Array.from({ length: n }, () => [] as number[]);
  ents.forEach((m, i) => perEntity[m.entity]!.push(i));

  const sents = sentences(text);
  const sentOf = sentenceIndexes(ents, sents);
  const firsts = firstSentences(ents, sentOf, n);
  const co = coMentions(ents, sentOf, n);
  const quotes = Array.from({ length: n }, () => [] as Quote[]);
  for (const q of attributeQuotes(
    text,
    ents.filter((m) => types[m.entity] === 'PERSON'),
  )) {
    quotes[q.entity]!.push({ text: q.text, start: q.start, end: q.end });
  }

  const entities: Entity[] = perEntity.map((idx, e) => {
    const forms = [...new Set(idx.map((i) => mentions[i]!.text))];
    const titles: TitleCandidate[] = [];
    const titled = new Set<string>();
    if (types[e] === 'PERSON') {
      // Titles are written near the first mentions; bounding the scan keeps huge inputs linear-cheap.
      for (const i of idx.slice(0, 40)) {
        const m = mentions[i]!;
        const pre = titleBefore(text, m.start, lex);
        if (pre) {
          titles.push({ title: withOrg(text, mentions, types, ents, m.start - pre.title.length - 2, pre.title), rank: pre.honorificOnly ? 1 : 3, at: m.start });
          titled.add(text.slice(pre.titledStart, m.end));
        }
        const app = appositiveAfter(text, m.end);
        if (app) titles.push({ title: app, rank: 2, at: m.start });
      }
    }
    const s = firsts[e]!;
    const at = s >= 0 ? sentenceWindow(text, sents[s]!, ents[idx[0]!]!.start, ents[idx[0]!]!.end) : null;
    return {
      id: id(e),
      name: bestName(forms),
      type: types[e]!,
      aliases: forms,
      title: bestTitle(titles),
      titledForms: [...titled],
      mentions: idx,
      firstSentence: at ? windowText(text, at, false) : null, // the engine's text is clean
      ...(at ? { firstSentenceAt: at } : {}),
      quotes: quotes[e]!,
      coMentioned: co[e]!.map(id),
    };
  });
  return { mentions, entities };
}

/** Most complete form: more words, then not all capitals, then longer. */
function bestName(forms: readonly string[]): string {
  let best = forms[0] ?? '';
  const score = (f: string) => f.split(/\s+/).length * 1000 + (isAllCaps(NON_LETTER.replace(f, '')) ? 0 : 500) + f.length;
  for (const f of forms) if (score(f) > score(best)) best = f;
  return best;
}

/**
 * "European Commission President Ursula von der Leyen", "Apple CEO Tim Cook": an organisation or
 * place named right before the title belongs to it. `at` is where that name would end.
 */
function withOrg(
  text: string,
  mentions: readonly Mention[],
  types: readonly EntityType[],
  ents: ReadonlyArray<{ entity: number }>,
  at: number,
  title: string,
): string {
  if (at < 1 || text[at] !== ' ' || text.slice(at + 1, at + 1 + title.length) !== title) return title;
  // binary search: the last mention starting before `at`
  let lo = 0;
  let hi = mentions.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const m = mentions[best];
  if (!m || m.end !== at) return title;
  const t = types[ents[best]!.entity];
  return t === 'ORG' || t === 'PLACE' ? `${m.text} ${title}` : title;
}
