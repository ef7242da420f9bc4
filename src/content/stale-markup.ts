/**
 * Removes what an earlier, dead instance of this content script left on the page, and nothing else.
 *
 * Firefox destroys a content script outright when its extension is removed, disabled or
 * updated: no code of ours runs then, so its highlights stay in the DOM (unstyled, since the
 * manifest stylesheet goes with it, but still tab stops). When the extension comes back, Firefox
 * injects the new version into open tabs, and without this sweep it would wrap the old highlights
 * again. (Chromium never injects a manifest content script into an open page; its orphaned
 * instance undoes its own changes, see context-watch.ts.)
 *
 * What is ours: every instance writes a random id (INSTANCE_ID, new on every page load) on <html>
 * and on each element it adds. The sweep takes only the elements whose id is the one on <html>;
 * a page's own <archyde-entity> or [data-aa-ui] element never carries it. The id is in the DOM, so
 * a page script could copy it onto its own elements: then it only gets us to remove what it could
 * remove itself. No secret of the extension would do better, since the one case that needs the
 * sweep after an uninstall and reinstall finds the extension's storage wiped
 * (docs/decisions/0101-page-world-boundary.md).
 *
 * Unwrapping merges the text around each removed element back into one node. The dead
 * instance's record of which nodes it split is gone, so this may also merge two text nodes the
 * page itself had left adjacent there: the text and the markup are the page's own again.
 */
import { ATTR_INSTANCE, ATTR_UI, MENTION_TAG } from './highlight/markup';

function mergeAround(node: Node | null): void {
  if (!node || node.nodeType !== Node.TEXT_NODE) return;
  const text = node as Text;
  while (text.previousSibling?.nodeType === Node.TEXT_NODE) {
    const prev = text.previousSibling as Text;
    text.data = prev.data + text.data;
    prev.remove();
  }
  while (text.nextSibling?.nodeType === Node.TEXT_NODE) {
    const next = text.nextSibling as Text;
    text.data += next.data;
    next.remove();
  }
}

/** An instance id as INSTANCE_ID writes it: anything else on <html> is not ours and selects nothing. */
const INSTANCE_ID_FORM = /^[0-9a-f]{32}$/;

/**
 * `rootMark`: the attribute on <html> that holds the running (or last) instance's id. Removes the
 * elements carrying that id and the mark itself; returns how many elements were removed.
 */
export function sweepStaleMarkup(doc: Document, rootMark: string): number {
  const root = doc.documentElement;
  const id = root.getAttribute(rootMark);
  if (id === null) return 0; // no earlier instance ran here: nothing to look for
  root.removeAttribute(rootMark);
  if (!INSTANCE_ID_FORM.test(id)) return 0;
  const leftovers = [...doc.querySelectorAll(`${MENTION_TAG}[${ATTR_INSTANCE}="${id}"]`)];
  for (const el of leftovers.reverse()) {
    // Innermost first, so nested leftovers unwrap cleanly.
    const first = el.firstChild;
    const last = el.lastChild;
    el.replaceWith(...el.childNodes);
    mergeAround(first);
    if (last !== first) mergeAround(last);
  }
  const hosts = [...doc.querySelectorAll(`[${ATTR_UI}="${id}"]`)];
  for (const host of hosts) host.remove();
  return leftovers.length + hosts.length;
}
