/**
 * The notes layer as the extension-only 'page/noteLayer' request reports it (tests, diagnostics):
 * read from inside the closed shadow root, sent only to the extension's own pages.
 */
import type { NoteLayerSnapshot } from '../../shared/page-reports';
import type { NotesHost } from './host';
import type { NoteMarks } from './marks';
import type { NoteMarkers } from './markers';
import type { NotePanel } from './panel';

const CONTROLS = 'button, textarea, input, a[href]';

function nameOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'radio') return (el.closest('label')?.textContent ?? '').trim();
  const id = el.id;
  const root = el.getRootNode() as ShadowRoot;
  const label = id ? root.querySelector(`label[for="${id}"]`) : null;
  return (label?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function noteLayerSnapshot(host: NotesHost, panel: NotePanel, marks: NoteMarks, markers: NoteMarkers): NoteLayerSnapshot {
  const view = panel.current();
  const el = host.panel;
  const open = view !== null && !el.hidden;
  const active = host.active();
  const field = (sel: string) => el.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)?.value ?? '';
  return {
    addButton: !host.addButton.hidden,
    panel: open ? view.kind : null,
    noteId: open && view.kind !== 'message' ? (view.kind === 'editor' ? (view.note?.id ?? null) : view.note.id) : null,
    text: open ? (el.innerText ?? el.textContent ?? '').trim() : '',
    fields:
      open && view.kind === 'editor'
        ? {
            text: field('textarea'),
            tags: field('input[type="text"]'),
            color: el.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null,
          }
        : null,
    controls: open ? [...el.querySelectorAll(CONTROLS)].map(nameOf) : [],
    focused: active ? nameOf(active) : null,
    error: open ? (el.querySelector('.error')?.textContent ?? null) : null,
    links: open
      ? [...el.querySelectorAll('a')].map((a) => ({
          text: a.textContent ?? '',
          href: a.href,
          target: a.target,
          rel: a.rel,
        }))
      : [],
    embedded: host.root.querySelectorAll('img, iframe, object, embed, script, video, audio').length,
    marks: marks.snapshot(),
    markers: markers.ids().map((id) => ({ id, label: markers.element(id)?.getAttribute('aria-label') ?? '' })),
  };
}
