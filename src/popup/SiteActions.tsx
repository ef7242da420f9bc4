/**
 * The popup's actions on the tab's site: enable it (host permission, registration, and the
 * content script run in the open tab at once), disable it again, or reload a page that predates
 * the installed version. Each reports failure in words and leaves things as they were.
 */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToTab } from '../shared/messaging';
import { disableSite, injectContentScript, syncRegistration } from '../shared/site-access';
import type { Site } from '../shared/sites';
import { errorText } from '../shared/error-text';

interface Props {
  tabId: number;
  site: Site;
  /** The state changed: check the page again. */
  onDone: () => void;
}

export function EnableSite({ tabId, site, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const enable = (): void => {
    // First, inside the click: both browsers grant a permission request only during the reader's gesture.
    const asked = browser.permissions.request({ origins: site.patterns });
    setBusy(true);
    setError(null);
    void asked
      .then(async (granted) => {
        if (!granted) throw new Error(t('sitesEnableRefused', site.name));
        await syncRegistration();
        await injectContentScript(tabId);
        onDone();
      })
      .catch((err: unknown) => setError(t('sitesEnableFailed', site.name, errorText(err))))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <p data-empty="not-enabled">{t('sitesNotEnabled', site.name)}</p>
      <button type="button" id="site-enable" class="action" disabled={busy} onClick={enable}>
        {t('sitesEnable', site.name)}
      </button>
      {error && (
        <p class="analysis-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export function DisableSite({ tabId, site, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const disable = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      // The open page is cleared first, while its content script still answers; then the permission goes.
      await sendToTab(tabId, 'page/stop', null).catch(() => undefined);
      await disableSite(site);
      onDone();
    } catch (err) {
      setError(t('sitesDisableFailed', site.name, errorText(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p class="site-disable">
      <span class="muted">{t('sitesEnabledByYou', site.name)}</span>{' '}
      <button type="button" id="site-disable" disabled={busy} onClick={() => void disable()}>
        {t('sitesDisable')}
      </button>
      {error && (
        <span class="analysis-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}

/** The page's content script is gone or from another version: a reload runs the installed one. */
export function ReloadPage({ tabId, message, onDone }: { tabId: number; message: string; onDone: () => void }) {
  return (
    <>
      <p data-empty="stale">{message}</p>
      <button
        type="button"
        id="page-reload"
        class="action"
        onClick={() => {
          void browser.tabs.reload(tabId).then(onDone);
        }}
      >
        {t('sitesReload')}
      </button>
    </>
  );
}
