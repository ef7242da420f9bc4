/**
 * Brings each block's highlights in line with its plan, touching only blocks that need it:
 * a block whose text and mention offsets are unchanged keeps its elements (only their ids are
 * refreshed, since a whole-article re-analysis renumbers mentions); any other block is undone
 * exactly, re-read, and wrapped afresh. Every DOM change goes through `mutate`, so the change
 * watcher can drop the records of our own mutations.
 */
import { joinBlocks, mentionPieces } from '../../core/anchoring/offsets';
import { collectBlock } from '../article/blocks';
import { applyAttrs, recordIntact, unwrapBlock, wrapBlock, type BlockRecord, type MentionAttrs, type WrapPiece } from '../highlight/highlighter';
import type { BlockPlan } from './plan';

export type Outcome = 'same' | 'wrapped' | 'stale' | 'given-up';

/** After this many times the page has undone our elements in a block, we leave that block alone. */
const MAX_UNDONE = 5;

export type Mutate = <T>(fn: () => T) => T;

export class BlockHighlights {
  private readonly records = new Map<Element, BlockRecord>();
  private readonly undone = new WeakMap<Element, number>();
  private readonly attrs = new WeakMap<HTMLElement, MentionAttrs>();
  private visible = false;

  constructor(private readonly mutate: Mutate) {}

  /**
   * `relabel`: the analysis was re-run, so ids and indices of unchanged blocks may have moved.
   * `asRead`: the page has changed nothing in the article since the plan's blocks were read, so
   * a block we have not wrapped before need not be read again before wrapping (in Firefox every
   * node and selector test of that re-read crosses a security wrapper).
   */
  reconcile(plan: BlockPlan, relabel = true, asRead = false): Outcome {
    const el = plan.block.element;
    const rec = this.records.get(el);
    const intact = rec ? recordIntact(el, rec) : false;
    if (rec && intact && rec.text === plan.block.text && rec.signature === plan.signature) {
      if (relabel) this.mutate(() => this.label(rec, plan));
      return 'same';
    }
    if (rec && !intact) {
      const n = (this.undone.get(el) ?? 0) + 1;
      this.undone.set(el, n);
      if (n > MAX_UNDONE) return 'given-up';
    }
    return this.mutate(() => {
      if (rec) {
        unwrapBlock(rec);
        this.records.delete(el);
      }
      const fresh = !rec && asRead ? plan.block : collectBlock(plan.block);
      if (!fresh || fresh.text !== plan.block.text) return 'stale'; // changed since it was analysed
      if (plan.mentions.length === 0) return 'wrapped';
      const pieces: WrapPiece[] = mentionPieces(joinBlocks([fresh.parts]), plan.mentions).map((p) => ({
        node: p.node,
        start: p.start,
        end: p.end,
        key: p.mention,
        attrs: plan.mentions[p.mention]!.attrs,
      }));
      const record = wrapBlock(fresh.nodes, pieces, this.visible, fresh.text, plan.signature);
      this.records.set(el, record);
      this.label(record, plan, false); // wrapBlock has set the attributes
      return 'wrapped';
    });
  }

  /** Remembers (and with `apply`, sets) each wrapper's attributes from the plan. */
  private label(rec: BlockRecord, plan: BlockPlan, apply = true): void {
    rec.wrappers.forEach((w, i) => {
      const a = plan.mentions[rec.keys[i]!]!.attrs;
      this.attrs.set(w, a);
      if (apply) applyAttrs(w, a, this.visible);
    });
  }

  /** Undoes blocks that are no longer part of the article (removed by the page, or now excluded). */
  dropExcept(keep: ReadonlySet<Element>): void {
    for (const [el, rec] of this.records) {
      if (keep.has(el)) continue;
      this.mutate(() => unwrapBlock(rec));
      this.records.delete(el);
    }
  }

  removeAll(): void {
    this.mutate(() => {
      for (const rec of this.records.values()) unwrapBlock(rec);
    });
    this.records.clear();
  }

  /** Hidden highlights keep their elements but have no tab stops. */
  setVisible(on: boolean): void {
    if (on === this.visible) return;
    this.visible = on;
    this.refresh();
  }

  /** Re-applies every element's attributes (e.g. after the shown types changed). */
  refresh(): void {
    this.mutate(() => {
      for (const rec of this.records.values()) {
        for (const el of rec.wrappers) {
          const a = this.attrs.get(el);
          if (a) applyAttrs(el, a, this.visible);
        }
      }
    });
  }

  /**
   * Mention elements by entity id, from what we recorded (in Firefox each DOM read from a content
   * script goes through a wrapper: reading 28k attributes back costs tens of ms).
   */
  byEntity(): Map<string, HTMLElement[]> {
    const out = new Map<string, HTMLElement[]>();
    for (const rec of this.records.values()) {
      for (const el of rec.wrappers) {
        const id = this.attrs.get(el)?.entityId;
        if (id === undefined) continue;
        const list = out.get(id);
        if (list) list.push(el);
        else out.set(id, [el]);
      }
    }
    return out;
  }

  /** How many highlight elements are in the page, without building the list (28k on a 1 MB page). */
  count(): number {
    let n = 0;
    for (const rec of this.records.values()) n += rec.wrappers.length;
    return n;
  }
}
