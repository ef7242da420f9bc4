/**
 * The context card's contract with the rest of the content script: what it reads (a data source
 * over the highlighter's markup) and what it offers (a controller).
 */
import type { DocumentAnalysis, Entity } from '../../core/types';
import type { EntityNotesPort } from '../../ui/card/notes-port';
import type { CardSnapshot, CardTimings, OpenHow } from '../../shared/page-reports';
import type { MentionDirection } from '../../ui/card/Card';

export type { CardSnapshot, CardTimings, MentionDirection, OpenHow };

export interface CardDataSource {
  /** Entities and mentions of the article. */
  analysis(): DocumentAnalysis;
  /** The wrapped mention elements of one entity, in text order. */
  mentionElements(entityId: string): HTMLElement[];
  /** Calls `cb` after each highlighting pass; returns the unsubscribe function. */
  onChange?(cb: () => void): () => void;
}

export interface CardController {
  open(el: HTMLElement, how: OpenHow): void;
  close(): void;
  isOpen(): boolean;
  snapshot(): CardSnapshot;
  readonly timings: CardTimings;
}

/** The notes of an entity for its card (src/content/card/notes.ts); undefined for an entity that cannot have notes. */
export type EntityNotesSource = (entity: Entity) => EntityNotesPort | undefined;

export interface MountOptions {
  signal: AbortSignal;
  doc?: Document;
  /** Where the card's notes come from; without it the card shows no notes section actions. */
  notes?: EntityNotesSource;
}

/**
 * Attribute set on a mention for ~1 s after the card's Previous/Next/co-mention buttons move to it.
 * The highlight stylesheet styles it (e.g. an outline pulse); the card only toggles it.
 */
export const ATTR_FLASH = 'data-aa-flash';
