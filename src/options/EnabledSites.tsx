/**
 * The sites the extension runs on: archyde.com from the manifest (always on), and each site the
 * reader enabled, with Remove. A typed address is enabled through the browser's permission prompt.
 * The list follows permission changes from anywhere (the popup, the browser's own settings).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { builtInPatterns, disableSite, enabledSites, syncRegistration } from '../shared/site-access';
import { siteOfInput, sitesOfPatterns, type Site, type SiteInputProblem } from '../shared/sites';
import { errorText } from '../shared/error-text';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function problemText(problem: SiteInputProblem, input: string): string {
  if (problem === 'empty') return t('sitesInputEmpty');
  if (problem === 'not-web') return t('sitesInputNotWeb');
  return t('sitesInputInvalid', input.trim().slice(0, 100));
}

export function EnabledSites() {
  const [sites, setSites] = useState<Site[] | null>(null);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const builtIn = sitesOfPatterns(builtInPatterns(), []);

  useEffect(() => {
    let live = true;
    const refresh = (): void => {
      void enabledSites().then((s) => live && setSites(s));
    };
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const add = (e: Event): void => {
    e.preventDefault();
    const parsed = siteOfInput(input);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: problemText(parsed.problem, input) });
      return;
    }
    const { site } = parsed;
    // First, inside the reader's gesture: the browser grants a permission request only then.
    const asked = browser.permissions.request({ origins: site.patterns });
    setBusy(true);
    void asked
      .then(async (granted) => {
        if (!granted) throw new Error(t('sitesEnableRefused', site.name));
        await syncRegistration();
        setInput('');
        setSites(await enabledSites());
        setStatus({ kind: 'ok', text: t('sitesAdded', site.name) });
      })
      .catch((err: unknown) => setStatus({ kind: 'error', text: t('sitesAddFailed', site.name, errorText(err)) }))
      .finally(() => setBusy(false));
  };

  const remove = async (site: Site): Promise<void> => {
    setBusy(true);
    try {
      await disableSite(site);
      setSites(await enabledSites());
      setStatus({ kind: 'ok', text: t('sitesRemoved', site.name) });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="enabled-sites-h">
      <h2 id="enabled-sites-h">{t('sitesHeading')}</h2>
      <p class="muted">{t('sitesHint')}</p>
      <ul class="plain" id="enabled-sites">
        {builtIn.map((s) => (
          <li key={s.name} data-site={s.name} data-built-in="">
            <span>{s.name}</span> <span class="muted">{t('sitesBuiltIn')}</span>
          </li>
        ))}
        {(sites ?? []).map((s) => (
          <li key={s.name} data-site={s.name}>
            <span>{s.name}</span>{' '}
            <button type="button" disabled={busy} aria-label={t('sitesRemoveLabel', s.name)} onClick={() => void remove(s)}>
              {t('sitesRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="row site-add" onSubmit={add}>
        <label for="site-input">{t('sitesAddLabel')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.net"
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" id="site-add" disabled={busy}>
          {t('sitesAdd')}
        </button>
      </form>
      <p id="sites-status" role={status?.kind === 'error' ? 'alert' : 'status'} class={status?.kind === 'error' ? 'error' : ''}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
