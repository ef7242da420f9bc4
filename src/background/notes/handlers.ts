/**
 * The background's answers to the `notes/*` requests. Each payload is checked against its schema
 * first (whatever the messaging layer already checked), so a malformed request gets an error that
 * says what is wrong and touches nothing.
 *
 * Who may ask what: content scripts run inside web pages, so they are held to their own site
 * (they save, delete and list notes of pages on the site they run on; entity notes, by design,
 * come from every page). Export, import and clearing are for extension pages (popup, options).
 */
import * as v from 'valibot';
import type { Handlers } from '../../shared/messages';
import { NotesRequestSchemas, type NotesRequests, type NotesRequestType } from '../../shared/protocol/notes.ts';
import { describeIssues, type Note } from '../../core/notes/model.ts';
import { parseImport } from '../../core/notes/import.ts';
import { exportFilename, toAnnotationCollection, toMarkdown } from '../../core/notes/export.ts';
import type { NotesRepository } from './repository.ts';

export interface SenderPolicy {
  /** True for the extension's own pages (popup, options), judged from the sender's URL. */
  isExtensionPage(sender: unknown): boolean;
  /** The address of the page a content script runs in, or null. */
  pageUrl(sender: unknown): string | null;
}

/** The policy for runtime.onMessage senders, given the extension's base URL (runtime.getURL('')). */
export function senderPolicy(extensionBase: string): SenderPolicy {
  const url = (s: unknown) => {
    const u = (s as { url?: unknown } | null)?.url;
    return typeof u === 'string' ? u : null;
  };
  return {
    isExtensionPage: (s) => url(s)?.startsWith(extensionBase) ?? false,
    pageUrl: (s) => {
      const tab = (s as { tab?: { url?: unknown } } | null)?.tab;
      return url(s) ?? (typeof tab?.url === 'string' ? tab.url : null);
    },
  };
}

function check<K extends NotesRequestType>(type: K, payload: unknown): NotesRequests[K]['req'] {
  const r = v.safeParse(NotesRequestSchemas[type], payload);
  if (!r.success) throw new Error(`${type}: ${describeIssues(r.issues)}`);
  return r.output as NotesRequests[K]['req'];
}

const siteOf = (urlOrKey: string): string | null => {
  try {
    const u = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrKey) ? new URL(urlOrKey) : new URL(`https://${urlOrKey}`);
    return u.host
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/:(80|443)$/, '');
  } catch {
    return null;
  }
};

export function createNotesHandlers(repo: NotesRepository, policy: SenderPolicy, now: () => number = Date.now): Handlers<NotesRequests> {
  const extensionOnly = (type: string, sender: unknown) => {
    if (!policy.isExtensionPage(sender)) throw new Error(`${type} is only answered to the extension's own pages`);
  };
  /** Extension pages may touch any page's notes; a content script only its own site's. */
  const sameSite = (type: string, sender: unknown, pageKeyOrUrl: string) => {
    if (policy.isExtensionPage(sender)) return;
    const from = policy.pageUrl(sender);
    const site = from ? siteOf(from) : null;
    if (!site || site !== siteOf(pageKeyOrUrl)) throw new Error(`${type}: a page may only reach notes of its own site`);
  };

  return {
    'notes/save': async (payload, sender) => {
      const { note } = check('notes/save', payload);
      sameSite('notes/save', sender, note.page.key);
      sameSite('notes/save', sender, note.page.url);
      return repo.put(note);
    },
    'notes/delete': async (payload, sender) => {
      const { id } = check('notes/delete', payload);
      const existing = await repo.get(id);
      if (!existing) return { deleted: null };
      sameSite('notes/delete', sender, existing.page.key);
      return { deleted: await repo.delete(id) };
    },
    'notes/byPage': async (payload, sender) => {
      const { pageKey } = check('notes/byPage', payload);
      sameSite('notes/byPage', sender, pageKey);
      return repo.byPage(pageKey);
    },
    'notes/byEntities': async (payload) => {
      const { keys } = check('notes/byEntities', payload);
      return repo.byEntities(keys);
    },
    'notes/search': async (payload, sender) => {
      const { query, limit } = check('notes/search', payload);
      extensionOnly('notes/search', sender);
      return repo.search(query, limit);
    },
    'notes/warmSearch': async (payload, sender) => {
      check('notes/warmSearch', payload);
      extensionOnly('notes/warmSearch', sender);
      return { ready: repo.warmSearch() };
    },
    'notes/export': async (payload, sender) => {
      const { format, pageKey } = check('notes/export', payload);
      extensionOnly('notes/export', sender);
      const notes: Note[] = pageKey ? await repo.byPage(pageKey) : await repo.all();
      const filename = exportFilename(format, new Date(now()).toISOString().slice(0, 10), pageKey);
      return format === 'jsonld'
        ? { filename, mimeType: 'application/ld+json', content: JSON.stringify(toAnnotationCollection(notes), null, 2) }
        : { filename, mimeType: 'text/markdown', content: toMarkdown(notes) };
    },
    'notes/import': async (payload, sender) => {
      const { content } = check('notes/import', payload);
      extensionOnly('notes/import', sender);
      const parsed = parseImport(content);
      if (!parsed.ok) throw new Error(`import refused, nothing changed: ${parsed.error}`);
      return repo.importMany(parsed.notes);
    },
    'notes/clear': async (payload, sender) => {
      check('notes/clear', payload);
      extensionOnly('notes/clear', sender);
      return { deleted: await repo.clear() };
    },
  };
}
