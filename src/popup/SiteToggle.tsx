import { useEffect, useState } from 'preact/hooks';
import { highlightsOn, loadSettings, setSiteHighlights, siteKey } from '../shared/settings';

/** The per-site highlight switch. The content script follows storage changes, so no message is needed. */
export function SiteToggle({ url }: { url: string }) {
  const host = new URL(url).hostname;
  const [on, setOn] = useState<boolean | null>(null);

  useEffect(() => {
    loadSettings().then((s) => setOn(highlightsOn(s, host)));
  }, [host]);

  if (on === null) return null;
  return (
    <label class="site-toggle">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLInputElement).checked;
          setOn(next);
          void setSiteHighlights(host, next);
        }}
      />
      Highlight entities on {siteKey(host)}
    </label>
  );
}
