/**
 * The card's stylesheet, inside its closed shadow root. Page rules cannot select into the root,
 * but they do match the host element and are inherited through it, so:
 *  - every :host declaration is !important: for important rules the shadow tree's own styles beat
 *    the page's (CSS Cascade 5, "context"), even `* { display: block !important }`;
 *  - `all: initial` cuts inheritance (page colour, font-size, line-height, letter-spacing…);
 *  - sizes are px, not rem, because the page owns the root font size.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  pointer-events: none !important;
  transform: none !important;
  filter: none !important;
  contain: none !important;
}
* { box-sizing: border-box; }
.card {
  --bg: #ffffff; --fg: #1d232b; --muted: #56606b; --line: #d6dbe1; --accent: #0b5f6b;
  --btn-bg: #f2f5f7; --btn-fg: #12343a; --mark-bg: #fff1a8; --mark-fg: #1d232b; --focus: #0b5f6b;
  color-scheme: light;
  position: fixed; top: 0; left: 0;
  width: max-content; max-width: min(360px, calc(100vw - 16px)); min-width: 240px;
  max-height: 70vh; overflow: auto; overscroll-behavior: contain;
  margin: 0; padding: 12px 14px;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
  white-space: normal; overflow-wrap: anywhere;
  pointer-events: auto; visibility: hidden;
}
.card[data-placed] { visibility: visible; }
.card[data-pending] { visibility: hidden; }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1e2329; --fg: #e8ecf0; --muted: #a9b3bd; --line: #3a424b; --accent: #7fd3dc;
    --btn-bg: #2a3139; --btn-fg: #e8ecf0; --mark-bg: #5c4d00; --mark-fg: #fff6c9; --focus: #7fd3dc;
    color-scheme: dark; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5);
  }
}
h2, h3, p, ul, li, blockquote { margin: 0; padding: 0; font: inherit; color: inherit; display: block; }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.name { font-size: 16px; font-weight: 650; line-height: 1.3; }
.type { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.role { margin-top: 2px; color: var(--fg); }
.aka { margin-top: 4px; color: var(--muted); font-size: 13px; }
section { display: block; margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: 4px; }
mark { background: var(--mark-bg); color: var(--mark-fg); padding: 0 1px; border-radius: 2px; }
ul { list-style: none; }
.quotes li { margin-top: 4px; padding-left: 8px; border-left: 3px solid var(--line); font-style: italic; }
.row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.count { margin-right: auto; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.empty { color: var(--muted); font-size: 13px; }
button {
  all: unset; box-sizing: border-box; display: inline-block; cursor: pointer;
  font: 500 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 5px 9px; border-radius: 6px; min-height: 26px;
  background: var(--btn-bg); color: var(--btn-fg); border: 1px solid var(--line);
}
button:hover { border-color: var(--accent); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
button.link { background: none; border-color: transparent; color: var(--accent); text-decoration: underline; padding: 2px 0; }
.note-list li { margin-top: 6px; padding-left: 8px; border-left: 3px solid var(--accent); }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.note-text a { color: var(--accent); text-decoration: underline; }
.note-text a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.note-meta { display: flex; align-items: center; gap: 10px; margin-top: 2px; color: var(--muted); font-size: 12px; }
.note-undo, .note-error { margin-top: 6px; font-size: 13px; }
.note-error { color: var(--fg); font-weight: 600; }
.note-form { display: block; margin-top: 6px; }
.note-form label { display: block; font-size: 13px; font-weight: 600; margin-bottom: 2px; }
.note-form textarea {
  all: unset; box-sizing: border-box; display: block; width: 100%; min-height: 4.5em; white-space: pre-wrap;
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 5px 7px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg, Canvas); color: var(--fg);
}
.note-form textarea:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.note-form .row { margin-top: 4px; }
button[aria-disabled="true"] { opacity: 0.6; cursor: default; }
.swatch { display: inline-block; width: 16px; height: 10px; margin-inline-end: 6px; border-bottom: 2px solid var(--sw-color); background: var(--sw-tint); }
@media (prefers-color-scheme: dark) { .swatch { border-bottom-color: var(--sw-color-dark); background: var(--sw-tint-dark); } }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (forced-colors: active) {
  .card { background: Canvas; color: CanvasText; border: 2px solid CanvasText; box-shadow: none; }
  .type, .aka, .empty, h3 { color: CanvasText; }
  .swatch { border-bottom-color: CanvasText; background: transparent; }
  mark { background: Mark; color: MarkText; forced-color-adjust: none; }
  button { background: ButtonFace; color: ButtonText; border: 1px solid ButtonText; }
  button.link, .note-text a { color: LinkText; border-color: transparent; }
  .note-form textarea { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  .note-error { color: CanvasText; }
  button:focus-visible { outline: 2px solid Highlight; }
}
@media (prefers-reduced-motion: no-preference) {
  .card[data-placed]:not([data-pending]) { animation: aa-in 90ms ease-out; }
  @keyframes aa-in { from { opacity: 0; } to { opacity: 1; } }
}
`;
