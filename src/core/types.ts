/**
 * Shapes shared by the entity engine, the content script and the UI.
 * All offsets are UTF-16 code-unit indices into the text the engine was given
 * (the same units as String.prototype.slice and DOM Range offsets).
 */

/** The product's entity types. PLACE = countries, cities, regions; MISC = nationalities, events, works, facilities. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'MISC' | 'DATE';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'];

/** One occurrence of an entity in the text. */
export interface Mention {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  type: EntityType;
  /** id of the Entity this mention belongs to */
  entity: string;
}

/** A part of the text, with whether it was cut from a longer sentence at either end. */
export interface SentenceWindow {
  start: number;
  end: number;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A quote the article attributes to an entity (usually a person). */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

/** One real-world thing in the document, with everything the article says about it. */
export interface Entity {
  id: string;
  /** Longest / most complete name used in the article, e.g. "Xi Jinping". */
  name: string;
  type: EntityType;
  /** Distinct surface forms seen in this article, e.g. ["Xi Jinping", "Xi"]; titles are not part of these. */
  aliases: string[];
  /** Title or role the article gives, e.g. "Chinese President"; null when none. */
  title: string | null;
  /** Forms with their title as written, e.g. ["President Xi Jinping", "Mr. Xi"]. */
  titledForms: string[];
  /** Indices into the document's mentions array, in text order. */
  mentions: number[];
  /**
   * The first sentence of the article that mentions the entity; a long one is cut to a window
   * around that mention, with "…" where it was cut (see entities/context.ts, SENTENCE_WINDOW).
   */
  firstSentence: string | null;
  /**
   * Where `firstSentence` is in the text: text.slice(start, end), with "…" before it when
   * `cutBefore` and after it when `cutAfter`. Lets the reply to the page refer to the text it
   * already has instead of carrying the sentence (see src/shared/analysis-wire.ts).
   */
  firstSentenceAt?: SentenceWindow;
  /** Quotes attributed to this entity. */
  quotes: Quote[];
  /** Ids of other entities mentioned in the same sentences, most frequent first. */
  coMentioned: string[];
}

/** What the engine returns for one document. */
export interface DocumentAnalysis {
  mentions: Mention[];
  entities: Entity[];
}
