/**
 * The one note panel (editor, note card, "deleted" with Undo, or a short message), rendered with
 * preact into the closed shadow root and kept beside its passage with Floating UI. The editor and
 * the Undo offer stay until the reader closes them (nothing typed is lost to a stray click or a
 * pointer move); a card or message closes on Esc, a click elsewhere, or as its trigger says.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { SelectionNote } from '../../core/notes/model';
import type { NotesHost } from './host';
import type { NoteFields } from './store';
import { Editor } from './editor';
import { Deleted, NoteCard } from './note-card';

export type PanelView =
  | { kind: 'editor'; quote: string; initial: NoteFields; note: SelectionNote | null; save(fields: NoteFields): Promise<void> }
  | { kind: 'card'; note: SelectionNote; focus: boolean }
  | { kind: 'deleted'; note: SelectionNote }
  | { kind: 'message'; text: string };

export interface PanelActions {
  /** Deletes the note; resolves once deleted. */
  remove(note: SelectionNote): Promise<void>;
  /** Saves a deleted note again; resolves once stored. */
  restore(note: SelectionNote): Promise<void>;
  /** Opens the editor on a note. */
  edit(note: SelectionNote): void;
}

/** Where the panel stands: the rectangles of a passage or of a marker. */
export interface PanelAnchor {
  rects(): DOMRect[];
  context: Element;
}

const EDGE_PX = 8;

/** A passage of the page as the panel's anchor. */
export const rangeAnchor = (range: Range, doc: Document): PanelAnchor => ({
  rects: () => [...range.getClientRects()],
  context: range.startContainer.parentElement ?? doc.documentElement,
});

function virtual(anchor: PanelAnchor): VirtualElement {
  return {
    contextElement: anchor.context,
    getClientRects: () => anchor.rects() as unknown as DOMRectList,
    getBoundingClientRect() {
      const all = anchor.rects();
      if (all.length === 0) return anchor.context.getBoundingClientRect();
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top } as DOMRect;
    },
  };
}

export class NotePanel {
  private view: PanelView | null = null;
  private stopFollow: (() => void) | null = null;
  private returnTo: HTMLElement | null = null;
  private readonly closeHooks = new Set<() => void>();

  constructor(
    private readonly host: NotesHost,
    private readonly actions: PanelActions,
  ) {
    host.panel.setAttribute('role', 'dialog');
    host.panel.setAttribute('aria-labelledby', 'aa-note-title');
    host.panel.addEventListener('keydown', (e) => {
      // The editor handles its own Esc (cancel); elsewhere Esc closes and returns focus.
      if (e.isTrusted && e.key === 'Escape' && this.view && this.view.kind !== 'editor') {
        e.preventDefault();
        this.close(true);
      }
    });
  }

  current(): PanelView | null {
    return this.view;
  }

  /** Whether the panel holds something the reader must close themselves (an editor, an Undo offer). */
  sticky(): boolean {
    return this.view?.kind === 'editor' || this.view?.kind === 'deleted';
  }

  /**
   * Shows `view` beside `anchor` (null: the viewport's top left corner; undefined: where the
   * panel already is). `returnTo` gets focus back when the reader closes the panel.
   */
  show(view: PanelView, anchor?: PanelAnchor | null, returnTo: HTMLElement | null = this.returnTo): void {
    this.view = view;
    this.returnTo = returnTo;
    const panel = this.host.panel;
    panel.dataset.kind = view.kind;
    panel.hidden = false; // before rendering: a control in a hidden panel cannot take focus
    render(this.content(view), panel);
    if (anchor === undefined) return;
    this.stopFollow?.();
    this.stopFollow = null;
    if (anchor) this.follow(anchor);
    else {
      panel.style.left = `${EDGE_PX * 2}px`;
      panel.style.top = `${EDGE_PX * 2}px`;
    }
  }

  /** Re-renders the view with a fresher copy of its note (edited in another tab). */
  refresh(note: SelectionNote): void {
    const v = this.view;
    if (v?.kind === 'card' && v.note.id === note.id) this.show({ ...v, note, focus: false });
  }

  /** Moves focus to the panel's first field or control. */
  focus(): void {
    this.host.panel.querySelector<HTMLElement>('textarea, input, button, a[href]')?.focus();
  }

  close(returnFocus = false): void {
    if (!this.view) return;
    this.view = null;
    this.stopFollow?.();
    this.stopFollow = null;
    render(null, this.host.panel);
    this.host.panel.hidden = true;
    const back = this.returnTo;
    this.returnTo = null;
    if (returnFocus && back?.isConnected) back.focus();
    for (const hook of this.closeHooks) hook();
  }

  onClose(hook: () => void): () => void {
    this.closeHooks.add(hook);
    return () => this.closeHooks.delete(hook);
  }

  destroy(): void {
    this.close();
    this.closeHooks.clear();
  }

  private content(view: PanelView) {
    switch (view.kind) {
      case 'editor':
        return (
          <Editor
            key={view.note?.id ?? 'new'}
            quote={view.quote}
            initial={view.initial}
            editing={view.note !== null}
            onSave={view.save}
            onCancel={() => this.close(true)}
          />
        );
      case 'card':
        return (
          <NoteCard
            note={view.note}
            focus={view.focus}
            onEdit={() => this.actions.edit(view.note)}
            onDelete={async () => {
              await this.actions.remove(view.note);
              this.show({ kind: 'deleted', note: view.note });
            }}
            onClose={() => this.close(true)}
          />
        );
      case 'deleted':
        return (
          <Deleted
            onUndo={async () => {
              await this.actions.restore(view.note);
              this.close(true);
            }}
            onExpire={() => this.close(true)}
          />
        );
      case 'message':
        return (
          <p class="status" role="status" id="aa-note-title">
            {view.text}
          </p>
        );
    }
  }

  private follow(anchor: PanelAnchor): void {
    const ref = virtual(anchor);
    const panel = this.host.panel;
    let stopped = false;
    const update = () => {
      if (!anchor.context.isConnected) return;
      void computePosition(ref, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(EDGE_PX),
          flip({ padding: EDGE_PX, fallbackStrategy: 'bestFit' }),
          shift({ padding: EDGE_PX }),
          size({
            padding: EDGE_PX,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (stopped) return;
        panel.style.left = `${Math.round(x)}px`;
        panel.style.top = `${Math.round(y)}px`;
      });
    };
    const stop = autoUpdate(ref, panel, update);
    this.stopFollow = () => {
      stopped = true;
      stop();
    };
  }
}
