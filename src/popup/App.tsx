import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { usePageState } from './use-page-state';
import { PageState } from './PageState';
import { Legend } from './Legend';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { Entities } from './entities/Entities';
import { PopupNotes } from './notes/PopupNotes';

export function App() {
  const [state, recheck] = usePageState();
  // Read once here and handed down: the legend and the site switch show the same settings.
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);

  // A layout effect: it runs as the state is rendered, where a plain effect waits for a frame, which a
  // popup kept open as a background tab may not get for seconds.
  useLayoutEffect(() => {
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
        <PageState state={state} settings={settings} recheck={recheck} />
      </section>
      {state.kind === 'active' && state.analysis.kind === 'done' && <Entities tabId={state.tabId} />}
      <PopupNotes />
      <Legend shown={(settings ?? DEFAULT_SETTINGS).shownTypes} colors={(settings ?? DEFAULT_SETTINGS).typeColors} />
    </>
  );
}
