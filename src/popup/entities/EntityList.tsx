/** The article's entities as a filterable list of buttons, one per entity, grouped by type. */
import { useMemo } from 'preact/hooks';
import type { EntityType } from '../../core/types';
import type { EntityCard } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { aliasesOf, groupEntities } from './groups';

/** The heading of each group. */
function groupLabel(type: EntityType): string {
  // i18n: popupGroupPERSON popupGroupORG popupGroupPLACE popupGroupMISC popupGroupDATE
  return t(`popupGroup${type}`);
}

function mentionsText(n: number): string {
  // i18n: popupMentionsOne popupMentionsMany
  return n === 1 ? t('popupMentionsOne') : t('popupMentionsMany', n);
}

interface Props {
  cards: readonly EntityCard[];
  query: string;
  onQuery(query: string): void;
  onOpen(entityId: string): void;
}

export function EntityList({ cards, query, onQuery, onOpen }: Props) {
  const groups = useMemo(() => groupEntities(cards, query), [cards, query]);
  return (
    <section class="entities" aria-labelledby="aa-entities-title">
      <h2 id="aa-entities-title">{t('popupEntitiesTitle')}</h2>
      <form role="search" class="filter" aria-labelledby="aa-entities-title" onSubmit={(e) => e.preventDefault()}>
        <label for="aa-filter">{t('popupFilterLabel')}</label>
        <input id="aa-filter" type="search" autocomplete="off" value={query} onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)} />
      </form>
      {groups.length === 0 && (
        <p class="muted" role="status">
          {t('popupFilterNoMatch')}
        </p>
      )}
      {groups.map((g) => (
        <section key={g.type} class="group" data-type={g.type} aria-labelledby={`aa-group-${g.type}`}>
          <h3 id={`aa-group-${g.type}`}>
            {groupLabel(g.type)} <span class="muted">({g.cards.length})</span>
          </h3>
          <ul>
            {g.cards.map((c) => {
              const aliases = aliasesOf(c);
              return (
                <li key={c.entity.id}>
                  <button type="button" class="entry" data-entity={c.entity.id} onClick={() => onOpen(c.entity.id)}>
                    <span class="entry-name">{c.entity.name}</span>
                    <span class="entry-count">{mentionsText(c.entity.mentions.length)}</span>
                    {aliases.length > 0 && <span class="entry-aliases">{t('popupAlsoAs', aliases.join(', '))}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
