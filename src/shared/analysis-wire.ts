/**
 * The engine's answer as it crosses from the background to the page. A 1 MB article has ~28k
 * mentions: as objects they were 2.1 MB of JSON (Chromium) or a structured clone (Firefox) that
 * the page had to deserialise in one task (20-80 ms). Here they are one flat number array; each
 * mention's text and its entity's mention list follow from the analysed text and the array, so
 * the page rebuilds the objects itself, in slices.
 */
import { ENTITY_TYPES, type DocumentAnalysis, type Entity, type EntityType, type Mention } from '../core/types';
import { windowText } from '../core/entities/context';
import { cleanInvisible, hasInvisible } from '../core/text/invisible';

/** Numbers per mention in `WireAnalysis.mentions`. */
const STRIDE = 4;

export interface WireAnalysis {
  /** Per mention, in order: start, end, index into ENTITY_TYPES, index into `entities`. */
  mentions: number[];
  /**
   * The entities without `mentions` (rebuilt from the mentions, which are in text order). An
   * entity whose first sentence is a window of the text (`firstSentenceAt`) carries it as null:
   * the page rebuilds it, so the reply stays proportional to the text however many entities share
   * one long sentence.
   */
  entities: Omit<Entity, 'mentions'>[];
}

export function encodeAnalysis(a: DocumentAnalysis): WireAnalysis {
  const index = new Map(a.entities.map((e, i) => [e.id, i]));
  const mentions = new Array<number>(a.mentions.length * STRIDE);
  a.mentions.forEach((m, i) => {
    mentions[i * STRIDE] = m.start;
    mentions[i * STRIDE + 1] = m.end;
    mentions[i * STRIDE + 2] = ENTITY_TYPES.indexOf(m.type);
    mentions[i * STRIDE + 3] = index.get(m.entity) ?? -1;
  });
  const entities = a.entities.map(({ mentions: _, ...rest }) => (rest.firstSentenceAt ? { ...rest, firstSentence: null } : rest));
  return { mentions, entities };
}

/** Mentions decoded between two calls of `pause` (about a millisecond of work). */
const CHUNK = 2048;

/**
 * Rebuilds the analysis of `text` (the text that was analysed). `pause` is awaited every CHUNK
 * mentions when it returns a promise, so a long article is decoded without a long task.
 */
export async function decodeAnalysis(wire: WireAnalysis, text: string, pause: () => Promise<void> | void = () => undefined): Promise<DocumentAnalysis> {
  // The engine reads through invisible characters: "Lon\u00ADdon" is the mention "London".
  const invisible = hasInvisible(text);
  const entities: Entity[] = wire.entities.map((e) => ({
    ...e,
    ...(e.firstSentenceAt ? { firstSentence: windowText(text, e.firstSentenceAt, invisible) } : {}),
    mentions: [],
  }));
  const n = Math.floor(wire.mentions.length / STRIDE);
  const mentions = new Array<Mention>(n);
  const w = wire.mentions;
  for (let i = 0; i < n; i++) {
    if (i % CHUNK === CHUNK - 1) await pause();
    const at = i * STRIDE;
    const start = w[at]!;
    const end = w[at + 1]!;
    const entity = entities[w[at + 3]!];
    if (!entity) throw new Error('analysis: mention of an unknown entity');
    mentions[i] = {
      start,
      end,
      text: invisible ? cleanInvisible(text, start, end) : text.slice(start, end),
      type: ENTITY_TYPES[w[at + 2]!] as EntityType,
      entity: entity.id,
    };
    entity.mentions.push(i);
  }
  return { mentions, entities };
}
