/**
 * Test support for the context card.
 *  - `cardProbe`: reads the real extension's card through the extension-only 'page/card' request,
 *    sent from an extension page (the closed shadow root is unreachable from the page, by design).
 *  - `cardTestPage` + `cardBundle`: a hand-written page with <archyde-entity> markup and its
 *    analysis, plus the card bundled on its own, for testing the card without the highlighter.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import type { DocumentAnalysis, Entity, Mention } from '../../src/core/types';
import type { CardSnapshot } from '../../src/shared/page-reports';
import { ROOT } from './paths';
import type { ExtensionBrowser, TabDriver } from './types';

/** Page CSS that would wreck an unprotected card. */
export const HOSTILE_CSS = `
* { color: red !important; font-size: 40px !important; display: block !important; line-height: 3 !important;
    background: yellow !important; letter-spacing: 5px !important; visibility: visible !important; }
html *, html > *:last-child, [role="dialog"], div, button, h2, section { position: static !important; width: 50px !important;
    transform: rotate(3deg) !important; opacity: 0.5 !important; font-family: monospace !important; }
archyde-annotator-card { display: none !important; }
`;

export interface CardProbe {
  snapshot(): Promise<CardSnapshot>;
  close(): Promise<void>;
}

type ExtApi = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
    update(id: number, p: object): Promise<unknown>;
  };
};

/**
 * Opens an extension page that talks to the article's tab, then brings the article tab back to
 * the front (a background tab gets no animation frames and, in Firefox, loses focus).
 */
export async function cardProbe(ext: ExtensionBrowser, articleUrl: string): Promise<CardProbe> {
  const probe = await ext.openExtensionPage('popup.html?tab=-1');
  const tabId = await probe.evaluate(async (url: string) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
    const api = g.browser ?? g.chrome;
    for (const t of await api.tabs.query({})) {
      if (t.id === undefined) continue;
      try {
        const reply = (await api.tabs.sendMessage(t.id, { type: 'page/status', payload: null })) as { ok: boolean; value?: { url: string } };
        if (reply?.ok && reply.value?.url === url) {
          await api.tabs.update(t.id, { active: true });
          return t.id;
        }
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, articleUrl);
  if (tabId === null) throw new Error(`no content script answers at ${articleUrl}`);
  return {
    async snapshot() {
      return probe.evaluate(async (id: number) => {
        const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
        const reply = (await (g.browser ?? g.chrome).tabs.sendMessage(id, { type: 'page/card', payload: null })) as
          { ok: true; value: CardSnapshot } | { ok: false; error: string };
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      }, tabId);
    },
    close: () => probe.close(),
  };
}

// ---- a hand-written page for testing the card on its own ----

export interface CardTestPage {
  url: string;
  html: string;
  analysis: DocumentAnalysis;
}

type EntitySeed = Pick<Entity, 'id' | 'name' | 'type'> & Partial<Omit<Entity, 'mentions'>>;

/**
 * Builds markup from paragraphs written with {id:surface} markers, e.g. "{e1:Xi Jinping} met {e2:Putin}".
 * The first mention of each entity gets tabindex=0 and role=button, the others tabindex=-1.
 */
export function cardTestPage(url: string, seeds: EntitySeed[], paragraphs: string[], extraHead = ''): CardTestPage {
  const mentions: Mention[] = [];
  const byId = new Map(seeds.map((s) => [s.id, s]));
  const seen = new Set<string>();
  let text = '';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs
    .map((p, pi) => {
      if (pi > 0) text += '\n\n';
      const html = p.replace(/\{(\w+):([^}]+)\}|([^{]+)/g, (_all, id: string | undefined, surface: string | undefined, plain: string | undefined) => {
        if (plain !== undefined) {
          text += plain;
          return esc(plain);
        }
        const seed = byId.get(id!)!;
        const index = mentions.length;
        mentions.push({ start: text.length, end: text.length + surface!.length, text: surface!, type: seed.type, entity: seed.id });
        text += surface!;
        // As the highlighter does: the entity's first mention is its one tab stop, a popup button.
        const stop = seen.has(seed.id) ? 'tabindex="-1"' : 'tabindex="0" role="button" aria-haspopup="dialog"';
        seen.add(seed.id);
        return `<archyde-entity data-aa-entity="${seed.id}" data-aa-type="${seed.type}" data-aa-mention="${index}" ${stop}>${esc(surface!)}</archyde-entity>`;
      });
      return `<p>${html}</p>`;
    })
    .join('\n');
  const entities: Entity[] = seeds.map((s) => ({
    aliases: [s.name],
    title: null,
    titledForms: [],
    firstSentence: null,
    quotes: [],
    coMentioned: [],
    ...s,
    mentions: mentions.flatMap((m, i) => (m.entity === s.id ? [i] : [])),
  }));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card test</title>${extraHead}</head>
<body><main><article><h1>Card test article</h1>${body}</article></main><p><a href="#after">After the article</a></p></body></html>`;
  return { url, html, analysis: { mentions, entities } };
}

/** The card, bundled alone, mounted on `window.__aaCard` in the page's main world (test pages only). */
export async function cardBundle(): Promise<string> {
  // The card acts only on mention elements the highlighter made (known by identity, not markup):
  // here the test stands in for the highlighter and registers the page's hand-written ones.
  // The card's closed shadow root is kept for tests (window.__aaCard.root) by wrapping attachShadow.
  // The page has no extension API, so the card's words come from a stand-in for i18n.getMessage.
  const entry = `
    import { mountCards } from './src/content/card/mount';
    import { ownMention } from './src/content/highlight/markup';
    import { installI18nStub } from './e2e/harness/i18n-stub';
    import english from './src/_locales/en/messages.json';
    installI18nStub(english);
    let root = null;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const r = attach.call(this, init);
      if (this.localName === 'archyde-annotator-card') root = r;
      return r;
    };
    for (const el of document.querySelectorAll('archyde-entity')) {
      const data = { entityId: el.getAttribute('data-aa-entity'), type: el.getAttribute('data-aa-type'), mentionIndex: Number(el.getAttribute('data-aa-mention')) };
      ownMention(el, data, true);
    }
    const analysis = JSON.parse(document.getElementById('aa-analysis').textContent);
    const source = {
      analysis: () => analysis,
      mentionElements: (id) => [...document.querySelectorAll('archyde-entity[data-aa-entity="' + CSS.escape(id) + '"]')],
    };
    const ctl = new AbortController();
    const controller = mountCards(source, { signal: ctl.signal });
    Element.prototype.attachShadow = attach;
    window.__aaCard = { controller, abort: () => ctl.abort(), root };
  `;
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'card-test-entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Embeds the analysis and runs the bundle in the page. */
export async function mountTestCard(tab: TabDriver, page: CardTestPage, bundle: string): Promise<void> {
  await tab.evaluate(
    ({ json, code }: { json: string; code: string }) => {
      const data = document.createElement('script');
      data.type = 'application/json';
      data.id = 'aa-analysis';
      data.textContent = json;
      document.head.append(data);
      const s = document.createElement('script');
      s.textContent = code;
      document.head.append(s);
    },
    { json: JSON.stringify(page.analysis), code: bundle },
  );
}

export type { CardSnapshot };
