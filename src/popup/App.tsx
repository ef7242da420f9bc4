import { useEffect, useState } from 'preact/hooks';
import { loadPageState, type PopupPageState } from './page-status';
import { SiteToggle } from './SiteToggle';
import { Legend } from './Legend';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';

export function App() {
  const [state, setState] = useState<PopupPageState>({ kind: 'loading' });
  // Read once here and handed down: the legend and the site switch show the same settings.
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);

  useEffect(() => {
    let live = true;
    loadPageState().then((s) => live && setState(s));
    return () => {
      live = false;
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
        <h1>Archyde Annotator</h1>
      </header>
      <section class="status" data-state={state.kind} aria-live="polite">
        {state.kind === 'loading' && <p class="muted">Checking this page…</p>}
        {state.kind === 'inactive' && (
          <p>
            <span class="dot" aria-hidden="true" />
            Not active on this page. Open an article on archyde.com to see its people, organisations and places.
          </p>
        )}
        {state.kind === 'active' && (
          <p>
            <span class="dot" aria-hidden="true" />
            Active on this article <span class="muted">(version {state.status.version})</span>
          </p>
        )}
        {state.kind === 'active' && state.analysis.kind === 'failed' && (
          <p class="analysis-error" role="alert">
            This article could not be analysed: {state.analysis.error}
          </p>
        )}
        {state.kind === 'active' && settings && <SiteToggle url={state.status.url} settings={settings} />}
      </section>
      <Legend shown={(settings ?? DEFAULT_SETTINGS).shownTypes} />
    </>
  );
}
