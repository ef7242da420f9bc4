/**
 * Match first, then mutate: from the collected blocks and one analysis of their joined text,
 * compute what every block's highlights should be (in block-text offsets) before any element
 * is inserted. Block offsets survive our own node splitting, so a plan stays valid while
 * earlier blocks are being wrapped.
 */
import type { DocumentAnalysis } from '../../core/types';
import { blockOfOffset, joinBlocksSliced, mentionPieces, type JoinedDocument } from '../../core/anchoring/offsets';
import type { TextBlock } from '../article/blocks';
import type { MentionAttrs } from '../highlight/highlighter';

interface PlannedMention {
  /** [start, end) in the block's text. */
  start: number;
  end: number;
  attrs: MentionAttrs;
}

export interface BlockPlan {
  block: TextBlock;
  mentions: PlannedMention[];
  /** Compact form of `mentions` offsets, compared with what a block already has. */
  signature: string;
}

export function joinArticle(blocks: readonly TextBlock[], pause: () => Promise<void> | void): Promise<JoinedDocument> {
  return joinBlocksSliced(
    blocks.map((b) => b.parts),
    pause,
  );
}

function inLink(node: Text | undefined): boolean {
  return Boolean(node?.parentElement?.closest('a[href]'));
}

/** Mentions planned between two calls of `pause` (well under a millisecond of work). */
const CHUNK = 2048;

/**
 * `pause` is awaited every CHUNK mentions when it returns a promise, so a 1 MB article's ~28k
 * mentions (30-50 ms) are planned without a long task.
 */
export async function planBlocks(
  blocks: readonly TextBlock[],
  doc: JoinedDocument,
  analysis: DocumentAnalysis,
  pause: () => Promise<void> | void = () => undefined,
): Promise<BlockPlan[]> {
  const plans: BlockPlan[] = blocks.map((block) => ({ block, mentions: [], signature: '' }));
  let allNodes: Text[] | null = null; // only needed for each entity's first mention
  const hasStop = new Set<string>();
  const mentions = analysis.mentions;
  for (let index = 0; index < mentions.length; index++) {
    if (index % CHUNK === CHUNK - 1) await pause();
    const m = mentions[index]!;
    const b = blockOfOffset(doc, m.start);
    const range = doc.blocks[b];
    if (!range) continue;
    const end = Math.min(m.end, range.end); // a mention never spans blocks on the page
    if (end <= m.start) continue;
    // One tab stop per entity: its first mention that is not inside a link (types not shown get none: applyAttrs).
    let tabStop = false;
    if (!hasStop.has(m.entity)) {
      allNodes ??= blocks.flatMap((x) => x.nodes);
      const first = mentionPieces(doc, [m])[0];
      tabStop = !inLink(first ? allNodes[first.node] : undefined);
      if (tabStop) hasStop.add(m.entity);
    }
    plans[b]!.mentions.push({
      start: m.start - range.start,
      end: end - range.start,
      attrs: { entityId: m.entity, type: m.type, mentionIndex: index, tabStop },
    });
  }
  for (let i = 0; i < plans.length; i++) {
    if (i % CHUNK === CHUNK - 1) await pause();
    const p = plans[i]!;
    p.signature = p.mentions.map((x) => `${x.start}-${x.end}`).join(',');
  }
  return plans;
}
