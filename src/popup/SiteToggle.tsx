import { useState } from 'preact/hooks';
import { highlightsOn, setSiteHighlights, siteKey, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';

/** The per-site highlight switch. The content script follows storage changes, so no message is needed. */
export function SiteToggle({ url, settings }: { url: string; settings: Settings }) {
  const host = new URL(url).hostname;
  const [on, setOn] = useState<boolean>(() => highlightsOn(settings, host));

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
      {t('popupSiteToggle', siteKey(host))}
    </label>
  );
}
