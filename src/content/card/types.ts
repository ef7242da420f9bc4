/**
 * The context card's contract with the rest of the content script: what it reads (a data source
 * over the highlighter's markup) and what it offers (a controller).
 */
import type { DocumentAnalysis } from '../../core/types';

export interface CardDataSource {
  /** Entities and mentions of the article. */
  analysis(): DocumentAnalysis;
  /** The wrapped mention elements of one entity, in text order. */
  mentionElements(entityId: string): HTMLElement[];
  /** Calls `cb` after each highlighting pass; returns the unsubscribe function. */
  onChange?(cb: () => void): () => void;
}

/** How a card was asked for: pointer dwell, focus on a mention, or a key command. */
export type OpenHow = 'hover' | 'focus' | 'keyboard';

export type MentionDirection = 'next' | 'previous';

export interface CardTimings {
  /** From the end of the intent delay (the frame that opens the card), or from focus, to the card painted. */
  lastOpenToPaintMs: number | null;
  /** The synchronous part of that: building the view and rendering it. */
  lastRenderMs: number | null;
}

/** What the user sees and where focus is; answers the extension-only 'page/card' request (tests, diagnostics). */
export interface CardSnapshot {
  open: boolean;
  how: OpenHow | null;
  entityId: string | null;
  /** The card's accessible name, "Xi Jinping, Person". */
  label: string | null;
  /** Visible text of the card, block by block. */
  text: string;
  /** Accessible names of the card's buttons, in tab order. */
  controls: string[];
  /** Accessible name of the card control that has focus, if focus is in the card. */
  focusedControl: string | null;
  /** Viewport rectangle of the card. */
  rect: { x: number; y: number; width: number; height: number } | null;
  /** Computed styles of the card name, to check that page CSS did not reach in. */
  nameStyle: { fontSize: string; color: string; display: string } | null;
  /** Milliseconds from the pointer entering the mention to the card opening (hover only). */
  dwellMs: number | null;
  /** Whether the card is painted (not hidden, computed visibility "visible"); false while merely prepared. */
  visible: boolean;
  /** Whether the card element holds rendered content (an open card, or one prepared during a dwell). */
  rendered: boolean;
  /** Text the live region last announced. */
  announced: string;
  timings: CardTimings;
}

export interface CardController {
  open(el: HTMLElement, how: OpenHow): void;
  close(): void;
  isOpen(): boolean;
  /** Moves focus to the next/previous mention of any entity in text order; returns it (null when there are none). */
  nextMention(direction: MentionDirection): HTMLElement | null;
  snapshot(): CardSnapshot;
  readonly timings: CardTimings;
}

export interface MountOptions {
  signal: AbortSignal;
  doc?: Document;
}

/**
 * Attribute set on a mention for ~1 s after the card's Previous/Next/co-mention buttons move to it.
 * The highlight stylesheet styles it (e.g. an outline pulse); the card only toggles it.
 */
export const ATTR_FLASH = 'data-aa-flash';
