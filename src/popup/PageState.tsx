/** The popup's status line for its tab: one clear message per situation, with the one action that helps. */
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { PopupPageState } from './page-status';
import { DisableSite, EnableSite, ReloadPage } from './SiteActions';
import { SiteToggle } from './SiteToggle';

export function PageState({ state, settings, recheck }: { state: PopupPageState; settings: Settings | null; recheck: () => void }) {
  switch (state.kind) {
    case 'loading':
      return <p class="muted">{t('popupChecking')}</p>;
    case 'inactive':
      return (
        <p>
          <span class="dot" aria-hidden="true" />
          {t('popupInactive')}
        </p>
      );
    case 'not-enabled':
      return <EnableSite tabId={state.tabId} site={state.site} onDone={recheck} />;
    case 'stale':
      return <ReloadPage tabId={state.tabId} message={t('sitesStale')} onDone={recheck} />;
    case 'active': {
      const { analysis } = state;
      return (
        <>
          <p>
            <span class="dot" aria-hidden="true" />
            {t('popupActive')} <span class="muted">{t('popupVersion', state.status.version)}</span>
          </p>
          {analysis.kind === 'failed' && (
            <p class="analysis-error" role="alert">
              {t('popupAnalysisFailed', analysis.error)}
            </p>
          )}
          {analysis.kind === 'pending' && <p class="muted">{t('popupAnalysing')}</p>}
          {analysis.kind === 'no-article' && <p data-empty="no-article">{t('popupNoArticle')}</p>}
          {settings && <SiteToggle url={state.status.url} settings={settings} />}
          {state.enabled && <DisableSite tabId={state.tabId} site={state.enabled} onDone={recheck} />}
        </>
      );
    }
  }
}
