/**
 * Removes what an earlier, dead instance of this content script left on the page.
 *
 * Firefox destroys a content script outright when its extension is removed, disabled or
 * updated: no code of ours runs then, so its highlights stay in the DOM (unstyled, since the
 * manifest stylesheet goes with it). When the extension comes back, Firefox injects the new
 * version into open tabs, and without this sweep it would wrap the old highlights again.
 * A live older instance (Chromium after an update) cleans up itself on the takeover event,
 * which is dispatched first; what remains afterwards has no owner.
 *
 * Unwrapping merges the text around each removed element back into one node. The dead
 * instance's record of which nodes it split is gone, so this may also merge two text nodes the
 * page itself had left adjacent there: the text and the markup are the page's own again.
 */
import { ATTR_HIGHLIGHTS, ATTR_SHOWN_TYPES, ATTR_UI, MENTION_TAG } from './highlight/markup';

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

/** Returns how many leftover elements were removed. */
export function sweepStaleMarkup(doc: Document, rootMark: string): number {
  const leftovers = [...doc.querySelectorAll(MENTION_TAG)];
  for (const el of leftovers.reverse()) {
    // Innermost first, so nested leftovers unwrap cleanly.
    const first = el.firstChild;
    const last = el.lastChild;
    el.replaceWith(...el.childNodes);
    mergeAround(first);
    if (last !== first) mergeAround(last);
  }
  const hosts = [...doc.querySelectorAll(`[${ATTR_UI}]`)];
  for (const host of hosts) host.remove();
  const root = doc.documentElement;
  for (const attr of [ATTR_HIGHLIGHTS, ATTR_SHOWN_TYPES, rootMark]) root.removeAttribute(attr);
  return leftovers.length + hosts.length;
}
