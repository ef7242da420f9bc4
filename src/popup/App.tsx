import { useEffect, useState } from 'preact/hooks';
import { loadPageState, type PopupPageState } from './page-status';
import { SiteToggle } from './SiteToggle';
import { Legend } from './Legend';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { Entities } from './entities/Entities';
import { PopupNotes } from './notes/PopupNotes';

/** How often, and how many times, the popup asks again while the article is still being analysed. */
const PENDING_RETRY_MS = 400;
const PENDING_RETRIES = 150;

export function App() {
  const [state, setState] = useState<PopupPageState>({ kind: 'loading' });
  // Read once here and handed down: the legend and the site switch show the same settings.
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const check = (): void => {
      void loadPageState().then((s) => {
        if (!live) return;
        setState(s);
        // The analysis runs in the page; the popup follows it until it is done or failed.
        if (s.kind === 'active' && s.analysis.kind === 'pending' && ++tries < PENDING_RETRIES) timer = setTimeout(check, PENDING_RETRY_MS);
      });
    };
    check();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    // Lets tests and tools know the first real state has rendered.
    if (state.kind !== 'loading') document.body.dataset.ready = state.kind;
  }, [state]);

  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <section class="status" data-state={state.kind} aria-live="polite">
        {state.kind === 'loading' && <p class="muted">{t('popupChecking')}</p>}
        {state.kind === 'inactive' && (
          <p>
            <span class="dot" aria-hidden="true" />
            {t('popupInactive')}
          </p>
        )}
        {state.kind === 'active' && (
          <p>
            <span class="dot" aria-hidden="true" />
            {t('popupActive')} <span class="muted">{t('popupVersion', state.status.version)}</span>
          </p>
        )}
        {state.kind === 'active' && state.analysis.kind === 'failed' && (
          <p class="analysis-error" role="alert">
            {t('popupAnalysisFailed', state.analysis.error)}
          </p>
        )}
        {state.kind === 'active' && state.analysis.kind === 'pending' && <p class="muted">{t('popupAnalysing')}</p>}
        {state.kind === 'active' && state.analysis.kind === 'no-article' && <p data-empty="no-article">{t('popupNoArticle')}</p>}
        {state.kind === 'active' && settings && <SiteToggle url={state.status.url} settings={settings} />}
      </section>
      {state.kind === 'active' && state.analysis.kind === 'done' && <Entities tabId={state.tabId} />}
      <PopupNotes />
      <Legend shown={(settings ?? DEFAULT_SETTINGS).shownTypes} colors={(settings ?? DEFAULT_SETTINGS).typeColors} />
    </>
  );
}
