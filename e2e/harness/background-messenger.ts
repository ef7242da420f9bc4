/**
 * Sends raw messages to the background from an extension page, as any of the extension's own
 * pages could: forged, oversized or malformed ones included. Long strings are built inside the
 * page ({ $repeat, times }), so megabytes never cross the test driver's connection.
 */
import type { ExtensionBrowser, TabDriver } from './types';

/** Somewhere in a message: replaced in the page by `$repeat` repeated `times` times. */
export interface Repeat {
  $repeat: string;
  times: number;
}
export const repeat = ($repeat: string, times: number): Repeat => ({ $repeat, times });

/** What came back: the Result the background answered, or what sendMessage threw. */
export type RawReply = { ok: true; value: unknown } | { ok: false; error: string } | { thrown: string } | undefined;

/** Runs inside the extension page (so it must not close over anything). */
async function sendAll(messages: unknown[]): Promise<unknown[]> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const build = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(build);
    if (v && typeof v === 'object') {
      const r = v as { $repeat?: string; times?: number };
      if (typeof r.$repeat === 'string') return r.$repeat.repeat(r.times ?? 1);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, build(x)]));
    }
    return v;
  };
  // Small answers only: an analysis is summarised, never carried back whole.
  const summarise = (reply: unknown): unknown => {
    const r = reply as { ok?: boolean; value?: unknown } | undefined;
    if (r?.ok && r.value && typeof r.value === 'object' && 'analysis' in r.value) {
      const v = r.value as { tagger?: string; analysis?: { entities?: unknown[] } };
      return { ok: true, value: { tagger: v.tagger, entities: v.analysis?.entities?.length } };
    }
    return reply;
  };
  return Promise.all(messages.map((m) => api.runtime.sendMessage(build(m)).then(summarise, (e: unknown) => ({ thrown: String(e) }))));
}

export class BackgroundMessenger {
  private constructor(readonly page: TabDriver) {}

  static async open(ext: ExtensionBrowser): Promise<BackgroundMessenger> {
    return new BackgroundMessenger(await ext.openExtensionPage('popup.html?tab=-1'));
  }

  /** Sends every message at once; replies in the same order. */
  async sendAll(messages: unknown[]): Promise<RawReply[]> {
    return (await this.page.evaluate(sendAll, messages)) as RawReply[];
  }

  async send(message: unknown): Promise<RawReply> {
    return (await this.sendAll([message]))[0];
  }
}
