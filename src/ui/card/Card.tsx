/**
 * The card's content. Every string is rendered as a text child (preact escapes it), never as HTML:
 * names, quotes and sentences come from the page and may contain markup.
 */
import { useState } from 'preact/hooks';
import type { Entity } from '../../core/types';
import { displayTitle, otherForms, quoteText, type MarkedText } from '../../core/entities/card-text';
import { t } from '../../shared/i18n';
import { mentionCountText, mentionPositionText, moreText, typeLabel } from './wording';
import { Notes } from './Notes';
import type { EntityNotesPort } from './notes-port';
import { TypeSwatch } from './TypeSwatch';
import type { Settings } from '../../shared/settings-model';

export interface RelatedEntity {
  id: string;
  name: string;
  type: Entity['type'];
}

export interface CardView {
  entity: Entity;
  /** Index of the mention the card belongs to among the entity's mentions (-1 when unknown). */
  position: number;
  /** Mentions that can be navigated to. */
  total: number;
  sentence: MarkedText | null;
  related: RelatedEntity[];
}

export type MentionDirection = 'next' | 'previous';

export interface CardActions {
  step(direction: MentionDirection): void;
  goTo(entityId: string): void;
}

const QUOTES_SHOWN = 2;

function Quotes({ quotes }: { quotes: Entity['quotes'] }) {
  const [all, setAll] = useState(false);
  if (quotes.length === 0) return null;
  const shown = all ? quotes : quotes.slice(0, QUOTES_SHOWN);
  const extra = quotes.length - QUOTES_SHOWN;
  return (
    <section aria-labelledby="aa-quotes">
      <h3 id="aa-quotes">{t('cardQuotes')}</h3>
      <ul class="quotes">
        {shown.map((q) => (
          <li key={q.start}>{quoteText(q.text)}</li>
        ))}
      </ul>
      {/* The button stays (as "Show fewer") so focus is never lost by removing the focused control. */}
      {extra > 0 && (
        <button type="button" class="link" aria-expanded={all ? 'true' : 'false'} onClick={() => setAll(!all)}>
          {all ? t('cardShowFewer') : moreText(extra)}
          <span class="sr"> {t('cardQuotesNoun')}</span>
        </button>
      )}
    </section>
  );
}

/**
 * `notes`: the entity's notes and their actions; without it the section says there are none.
 * `colors`: the reader's highlight colours, so the type's swatch matches the highlights.
 */
export function Card({
  view,
  actions,
  notes,
  colors,
}: {
  view: CardView;
  actions: CardActions;
  notes?: EntityNotesPort | undefined;
  colors?: Settings['typeColors'] | undefined;
}) {
  const { entity, sentence, related } = view;
  const title = displayTitle(entity.title);
  const forms = otherForms(entity);
  return (
    <>
      <div class="head">
        <h2 class="name">{entity.name}</h2>
        <span class="type">
          <TypeSwatch type={entity.type} chosen={colors?.[entity.type]} />
          {typeLabel(entity.type)}
        </span>
      </div>
      {title && <p class="role">{title}</p>}
      {forms.length > 0 && <p class="aka">{t('cardAlsoAs', forms.join(', '))}</p>}
      {sentence && (
        <section aria-labelledby="aa-first">
          <h3 id="aa-first">{t('cardFirstMention')}</h3>
          <p class="sentence">
            {sentence.before}
            <mark>{sentence.mark}</mark>
            {sentence.after}
          </p>
        </section>
      )}
      <Quotes key={entity.id} quotes={entity.quotes} />
      <section aria-labelledby="aa-mentions">
        <h3 id="aa-mentions" class="sr">
          {t('cardMentions')}
        </h3>
        <div class="row">
          <span class="count">
            {mentionCountText(entity.mentions.length)}
            {view.position >= 0 && view.total > 1 && <span class="sr">. {mentionPositionText(view.position, view.total)}</span>}
          </span>
          {view.total > 1 && (
            <>
              <button type="button" data-step="previous" onClick={() => actions.step('previous')}>
                {t('cardPrevious')}
                <span class="sr"> {t('cardMentionNoun')}</span>
              </button>
              <button type="button" data-step="next" onClick={() => actions.step('next')}>
                {t('cardNext')}
                <span class="sr"> {t('cardMentionNoun')}</span>
              </button>
            </>
          )}
        </div>
      </section>
      {related.length > 0 && (
        <section aria-labelledby="aa-related">
          <h3 id="aa-related">{t('cardRelated')}</h3>
          <div class="chips">
            {related.map((r) => (
              <button type="button" key={r.id} onClick={() => actions.goTo(r.id)}>
                {r.name}
                <span class="sr">, {typeLabel(r.type)}</span>
              </button>
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="aa-facts">
        <h3 id="aa-facts">{t('cardFacts')}</h3>
        <p class="empty">{t('cardLookupOff')}</p>
      </section>
      <section aria-labelledby="aa-notes">
        <h3 id="aa-notes">{t('cardNotes')}</h3>
        {notes ? <Notes key={notes.key} port={notes} /> : <p class="empty">{t('notesEmpty')}</p>}
      </section>
    </>
  );
}
