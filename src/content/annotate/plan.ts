/**
 * Match first, then mutate: from the collected blocks and one analysis of their joined text,
 * compute what every block's highlights should be (in block-text offsets) before any element
 * is inserted. Block offsets survive our own node splitting, so a plan stays valid while
 * earlier blocks are being wrapped.
 */
import type { DocumentAnalysis } from '../../core/types';
import { blockOfOffset, joinBlocks, mentionPieces, type JoinedDocument } from '../../core/anchoring/offsets';
import type { TextBlock } from '../article/blocks';
import type { MentionAttrs } from '../highlight/highlighter';

export interface PlannedMention {
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

export function joinArticle(blocks: readonly TextBlock[]): JoinedDocument {
  return joinBlocks(blocks.map((b) => b.parts));
}

function inLink(node: Text | undefined): boolean {
  return Boolean(node?.parentElement?.closest('a[href]'));
}

export function planBlocks(blocks: readonly TextBlock[], doc: JoinedDocument, analysis: DocumentAnalysis): BlockPlan[] {
  const plans: BlockPlan[] = blocks.map((block) => ({ block, mentions: [], signature: '' }));
  const allNodes = blocks.flatMap((b) => b.nodes);
  const firstPiece = new Map<number, number>();
  for (const p of mentionPieces(doc, analysis.mentions)) if (!firstPiece.has(p.mention)) firstPiece.set(p.mention, p.node);
  const hasStop = new Set<string>();

  analysis.mentions.forEach((m, index) => {
    const b = blockOfOffset(doc, m.start);
    const range = doc.blocks[b];
    if (!range) return;
    const end = Math.min(m.end, range.end); // a mention never spans blocks on the page
    if (end <= m.start) return;
    // One tab stop per entity: its first mention that is not inside a link (types not shown get none: applyAttrs).
    const node = allNodes[firstPiece.get(index) ?? -1];
    const tabStop = !hasStop.has(m.entity) && !inLink(node);
    if (tabStop) hasStop.add(m.entity);
    plans[b]!.mentions.push({ start: m.start - range.start, end: end - range.start, attrs: { entityId: m.entity, type: m.type, mentionIndex: index, tabStop } });
  });
  for (const p of plans) p.signature = p.mentions.map((m) => `${m.start}-${m.end}`).join(',');
  return plans;
}
