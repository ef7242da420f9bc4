/**
 * Reuses the last request when the same text is asked for again (a pass repeated before its
 * reply), so one text costs the background one analysis. A failed request is forgotten, so the
 * next pass asks again.
 */
import type { PageAnalyzer } from '../model/background-analyzer';

export function reusingLastRequest(analyze: PageAnalyzer): PageAnalyzer {
  let last: { text: string; reply: ReturnType<PageAnalyzer> } | null = null;
  return (text, hooks) => {
    if (last?.text === text) {
      hooks.sent();
      return last.reply;
    }
    const reply = analyze(text, hooks);
    const mine = { text, reply };
    last = mine;
    reply.catch(() => {
      if (last === mine) last = null;
    });
    return reply;
  };
}
