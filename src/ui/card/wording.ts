/**
 * The card's sentences about an entity, from the extension's message catalogue (t()), so they
 * are translated with the rest of the interface. Names and titles come from the page and are
 * substituted as text.
 */
import type { Entity, EntityType } from '../../core/types';
import { t } from '../../shared/i18n';

// i18n: cardTypePERSON cardTypeORG cardTypePLACE cardTypeMISC cardTypeDATE
export function typeLabel(type: EntityType): string {
  return t(`cardType${type}`);
}

/** Accessible name of the card and of a co-mention button: "Xi Jinping, Person". */
export function dialogLabel(entity: Pick<Entity, 'name' | 'type'>): string {
  return t('cardNameAndType', entity.name, typeLabel(entity.type));
}

export function mentionCountText(n: number): string {
  return n === 1 ? t('cardMentionedOnce') : t('cardMentionedTimes', n);
}

export function mentionPositionText(index: number, total: number): string {
  return t('cardMentionPosition', index + 1, total);
}

export function moreText(hidden: number): string {
  return t('cardMoreQuotes', hidden);
}

// i18n: cardTypeSpokenPERSON cardTypeSpokenORG cardTypeSpokenPLACE cardTypeSpokenMISC cardTypeSpokenDATE
/** Said politely by the live region when a mention gets keyboard focus. */
export function announcement(entity: Pick<Entity, 'name' | 'type' | 'title'>, mentions: number): string {
  const title = entity.title?.trim();
  const type = t(`cardTypeSpoken${entity.type}`);
  const count = mentionCountText(mentions);
  return title ? t('cardAnnounceTitled', entity.name, type, title, count) : t('cardAnnounce', entity.name, type, count);
}
