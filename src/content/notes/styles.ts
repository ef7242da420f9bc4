/**
 * The notes layer's stylesheet, inside its closed shadow root. As for the card (ui/card/styles.ts):
 * every :host declaration is !important and `all: initial` cuts the page's inherited styles; px,
 * not rem. The host is an absolutely placed point at the document's origin, so markers placed in
 * document coordinates scroll with the text; the button and the panel are fixed to the viewport.
 */
export const NOTES_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
  visibility: visible !important;
  opacity: 1 !important;
  pointer-events: none !important;
  transform: none !important;
  filter: none !important;
  contain: none !important;
}
* { box-sizing: border-box; }
.markers, .add, .panel {
  --bg: #ffffff; --fg: #1d232b; --muted: #56606b; --line: #d6dbe1; --accent: #0b5f6b;
  --btn-bg: #f2f5f7; --btn-fg: #12343a; --focus: #0b5f6b; --err: #a1261b;
  --yellow: #f2c200; --green: #2e9e44; --blue: #2f6fd6; --pink: #d6458f; --purple: #7b4cc9;
  color-scheme: light;
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: start;
}
@media (prefers-color-scheme: dark) {
  .markers, .add, .panel {
    --bg: #1e2329; --fg: #e8ecf0; --muted: #a9b3bd; --line: #3a424b; --accent: #7fd3dc;
    --btn-bg: #2a3139; --btn-fg: #e8ecf0; --focus: #7fd3dc; --err: #ffb4a8;
    color-scheme: dark;
  }
}
.markers { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.marker {
  all: unset; box-sizing: border-box; position: absolute; pointer-events: auto; cursor: pointer;
  width: 16px; height: 16px; margin: -10px 0 0 -2px; border-radius: 50% 50% 50% 0;
  background: var(--c, var(--yellow)); border: 2px solid var(--bg); box-shadow: 0 0 0 1px var(--fg);
}
.marker:focus-visible, .marker[data-open] { outline: 2px solid var(--focus); outline-offset: 2px; }
.add {
  all: unset; box-sizing: border-box; position: fixed; pointer-events: auto; cursor: pointer;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 6px 10px; border-radius: 6px; background: var(--accent); color: var(--bg);
  box-shadow: 0 3px 12px rgba(0, 0, 0, 0.25);
}
.add[hidden], .panel[hidden], .marker[hidden] { display: none; }
.add:focus-visible { outline: 2px solid var(--fg); outline-offset: 2px; }
.panel {
  position: fixed; top: 0; left: 0; pointer-events: auto;
  width: max-content; max-width: min(380px, calc(100vw - 16px)); min-width: 260px;
  max-height: 70vh; overflow: auto; overscroll-behavior: contain;
  padding: 12px 14px; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  white-space: normal; overflow-wrap: anywhere;
}
h2, p, ul, li, blockquote, form, fieldset, legend { margin: 0; padding: 0; border: 0; font: inherit; color: inherit; display: block; }
h2 { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: 4px; }
.quote { margin-bottom: 8px; padding-left: 8px; border-left: 3px solid var(--c, var(--yellow)); font-style: italic; color: var(--muted);
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.note-text a { color: var(--accent); text-decoration: underline; }
.note-text a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; list-style: none; }
.tags li { display: inline-block; padding: 1px 6px; border-radius: 10px; border: 1px solid var(--line); font-size: 12px; }
.meta { display: flex; align-items: center; gap: 10px; margin-top: 8px; color: var(--muted); font-size: 12px; }
.row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
.hint, .status { color: var(--muted); font-size: 12px; margin-top: 4px; }
.error { margin-top: 6px; font-size: 13px; font-weight: 600; color: var(--err); }
label, legend { display: block; font-size: 13px; font-weight: 600; margin: 8px 0 2px; }
textarea, input[type="text"] {
  all: unset; box-sizing: border-box; display: block; width: 100%; white-space: pre-wrap;
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 5px 7px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg);
}
textarea { min-height: 5em; }
textarea:focus-visible, input[type="text"]:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.colors { display: flex; gap: 8px; flex-wrap: wrap; }
.colors label { display: inline-flex; align-items: center; gap: 4px; margin: 0; font-weight: 400; font-size: 12px; cursor: pointer; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; background: var(--c); border: 1px solid var(--fg); }
input[type="radio"] { margin: 0; accent-color: var(--accent); }
input[type="radio"]:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
button {
  all: unset; box-sizing: border-box; display: inline-block; cursor: pointer;
  font: 500 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 5px 9px; border-radius: 6px; min-height: 26px;
  background: var(--btn-bg); color: var(--btn-fg); border: 1px solid var(--line);
}
button:hover { border-color: var(--accent); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
button[aria-disabled="true"] { opacity: 0.6; cursor: default; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
[data-color="yellow"] { --c: var(--yellow); } [data-color="green"] { --c: var(--green); } [data-color="blue"] { --c: var(--blue); }
[data-color="pink"] { --c: var(--pink); } [data-color="purple"] { --c: var(--purple); }
@media (forced-colors: active) {
  .panel { background: Canvas; color: CanvasText; border: 2px solid CanvasText; box-shadow: none; }
  .marker { background: Mark; border-color: Canvas; box-shadow: 0 0 0 1px CanvasText; forced-color-adjust: none; }
  .add, button { background: ButtonFace; color: ButtonText; border: 1px solid ButtonText; }
  .note-text a { color: LinkText; }
  .error, .hint, .status, .quote, h2 { color: CanvasText; }
  textarea, input[type="text"] { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  .marker:focus-visible, button:focus-visible, .add:focus-visible { outline: 2px solid Highlight; }
}
`;
