/** One entity's context card in the popup, with Back to the list and "Show in page". */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardActions, CardView, MentionDirection } from '../../ui/card/Card';
import type { EntityCard } from '../../shared/messages';
import { sendToTab } from '../../shared/messaging';
import { t } from '../../shared/i18n';
import { ShadowCard } from './ShadowCard';
import { errorText } from '../../shared/error-text';

interface Props {
  tabId: number;
  card: EntityCard;
  onBack(): void;
  onOpen(entityId: string): void;
}

/** The mention a step lands on; before any, Next goes to the first and Previous to the last. */
function stepIndex(position: number, total: number, direction: MentionDirection): number {
  if (position < 0) return direction === 'next' ? 0 : total - 1;
  return (position + (direction === 'next' ? 1 : -1) + total) % total;
}

export function EntityPanel({ tabId, card, onBack, onOpen }: Props) {
  const [position, setPosition] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const back = useRef<HTMLButtonElement>(null);
  const { entity, total } = card;

  useEffect(() => {
    setPosition(-1);
    setError(null);
    back.current?.focus();
  }, [entity.id]);

  const reveal = (index: number): void => {
    sendToTab(tabId, 'page/reveal', { entityId: entity.id, index }).then(
      (r) => {
        setPosition(r.index);
        setError(null);
      },
      (e: unknown) => setError(errorText(e)),
    );
  };
  const view: CardView = { entity, position, total, sentence: card.sentence, related: card.related };
  const actions: CardActions = { step: (d) => reveal(stepIndex(position, total, d)), goTo: onOpen };

  return (
    <section class="entity-panel" data-entity={entity.id}>
      <div class="panel-bar">
        <button type="button" ref={back} class="back" onClick={onBack}>
          {t('popupBack')}
        </button>
        {total > 0 && (
          <button type="button" class="reveal" onClick={() => reveal(position < 0 ? 0 : position)}>
            {t('popupShowInPage')}
          </button>
        )}
      </div>
      <p class="reveal-status" role="status">
        {error ? t('popupRevealFailed', error) : position >= 0 ? t('popupRevealed', position + 1, total) : ''}
      </p>
      <ShadowCard view={view} actions={actions} label={entity.name} />
    </section>
  );
}
