// compromise 14 as a baseline NER (bench) and as a stand-in tagger for development.
import nlp from 'compromise';
import type { RawMention, TagType } from '../../src/core/entities/candidate.ts';

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

export function compromiseMentions(text: string): RawMention[] {
  const doc = nlp(text);
  const out: RawMention[] = [];
  const add = (list: unknown, type: TagType) => {
    for (const m of list as OffsetJson[]) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type, score: 0.5 });
  };
  add(doc.people().json({ offset: true }), 'PER');
  add(doc.places().json({ offset: true }), 'LOC');
  add(doc.organizations().json({ offset: true }), 'ORG');
  return out.sort((a, b) => a.start - b.start);
}
