import { t } from '../shared/i18n';
import { removeSite, type Settings } from '../shared/settings';

/** The sites where the reader set the popup's switch, each with a button that forgets it. */
export function SiteList({ sites }: { sites: Settings['sites'] }) {
  const entries = Object.entries(sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optionsSitesHeading')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="plain sites">
          {entries.map(([site, s]) => (
            <li key={site} data-site={site}>
              <span>{site}</span> <span class="muted">{s.highlights ? t('optionsSiteOn') : t('optionsSiteOff')}</span>{' '}
              <button type="button" aria-label={t('optionsSiteRemoveLabel', site)} onClick={() => void removeSite(site)}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
