// Public API of the statistical tagger (DOM-free; runs in Node and in the content script).
export type { Token } from './tokenize.ts';
export { tokenize } from './tokenize.ts';
export type { Sentence } from './sentences.ts';
export { splitSentences } from './sentences.ts';
export type { TagType } from './tags.ts';
export type { RawMention, Tagger } from './tagger.ts';
export { loadTagger } from './tagger.ts';
