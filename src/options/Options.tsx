import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { HoverDelay } from './HoverDelay';
import { NotesData } from './NotesData';
import { SiteList } from './SiteList';
import { EnabledSites } from './EnabledSites';
import { TypeToggles } from './TypeToggles';

/** The settings page. It shows the stored settings and follows their changes from any context (the popup, another options tab). */
export function Options() {
  const { version } = browser.runtime.getManifest();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    onSettingsChanged(setSettings, ctl.signal);
    void loadSettings().then((s) => {
      if (ctl.signal.aborted) return;
      setSettings((prev) => prev ?? s);
      document.body.dataset.ready = 'settings'; // for tests and tools: the controls show stored values from here on
    });
    return () => ctl.abort();
  }, []);

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsVersion', version)}</p>
      {settings && (
        <div id="settings-ready">
          <TypeToggles shown={settings.shownTypes} colors={settings.typeColors} />
          <HoverDelay value={settings.hoverDelayMs} />
          <SiteList sites={settings.sites} />
        </div>
      )}
      <EnabledSites />
      <NotesData />
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('optionsPrivacyHeading')}</h2>
        <ul class="privacy">
          <li>{t('optsPrivacyNotes')}</li>
          <li>{t('optsPrivacySettings')}</li>
          <li>{t('optsPrivacyNothingLeaves')}</li>
          <li>{t('optsPrivacyLookup')}</li>
          <li>{t('optsPrivacyExport')}</li>
        </ul>
      </section>
    </>
  );
}
