/**
 * The article at a glance: its entities as a list, and one entity's context card in place of the
 * list when an entry is opened. Back returns to the list with focus on the entry that was opened.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../../shared/messages';
import { sendToTab } from '../../shared/messaging';
import { t } from '../../shared/i18n';
import browser from '../../shared/browser';
import { EntityList } from './EntityList';
import { EntityPanel } from './EntityPanel';
import { errorText } from '../../shared/error-text';

type Load = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; cards: EntityCard[] };

export function Entities({ tabId }: { tabId: number }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  /** The entry to give focus back to when the list shows again. */
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    sendToTab(tabId, 'page/entities', null).then(
      (r) => live && setLoad({ kind: 'ready', cards: r.entities }),
      (e: unknown) => live && setLoad({ kind: 'failed', error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [tabId]);

  useEffect(() => {
    if (open !== null || returnTo.current === null) return;
    const id = returnTo.current;
    returnTo.current = null;
    const entry = [...document.querySelectorAll<HTMLElement>('button.entry')].find((b) => b.dataset.entity === id);
    entry?.focus();
  }, [open]);

  if (load.kind === 'loading') return <p class="muted entities-state">{t('popupEntitiesLoading')}</p>;
  if (load.kind === 'failed')
    return (
      <p class="analysis-error entities-state" role="alert">
        {t('popupEntitiesFailed', load.error)}
      </p>
    );
  if (load.cards.length === 0)
    return (
      <div class="entities-state" data-empty="no-entities">
        <p>{t('popupNoEntities')}</p>
        {/* Only the shown kinds are listed: the one thing the reader can change is which kinds those are. */}
        <button type="button" id="open-options" class="action" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('sitesChooseKinds')}
        </button>
      </div>
    );

  const card = open === null ? undefined : load.cards.find((c) => c.entity.id === open);
  if (card)
    return (
      <EntityPanel
        tabId={tabId}
        card={card}
        onOpen={(id) => setOpen(load.cards.some((c) => c.entity.id === id) ? id : open)}
        onBack={() => {
          returnTo.current = card.entity.id;
          setOpen(null);
        }}
      />
    );
  return <EntityList cards={load.cards} query={query} onQuery={setQuery} onOpen={(id) => setOpen(id)} />;
}
