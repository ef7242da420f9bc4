/**
 * Tags as a reader types them in one field ("travel, Xi , china") and as a note stores them:
 * trimmed, no empty ones, duplicates (ignoring case) dropped in order, each within the limits
 * the note schema sets (model.ts). A tag that breaks a limit is an error that names it, so the
 * editor can say what to fix while the typed text is kept.
 */
import { LIMITS } from './model.ts';

export type TagsResult = { ok: true; tags: string[] } | { ok: false; error: 'tooMany' | 'tooLong'; tag?: string };

export function parseTags(input: string): TagsResult {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const piece of input.split(/[,\r\n]/)) {
    const tag = piece.trim().replace(/\s+/g, ' ');
    if (!tag) continue;
    const folded = tag.toLowerCase();
    if (seen.has(folded)) continue;
    if (tag.length > LIMITS.tag) return { ok: false, error: 'tooLong', tag };
    seen.add(folded);
    tags.push(tag);
  }
  if (tags.length > LIMITS.tags) return { ok: false, error: 'tooMany' };
  return { ok: true, tags };
}

/** Tags as the field shows them again when a note is edited. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
