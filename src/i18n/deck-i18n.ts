import { deckMessagesEn } from './deck-messages-en';
import { deckMessagesFr, type DeckMessageKey, type DeckMessages } from './deck-messages-fr';
import { formatMessage, type MessageValues } from './format-message';
import type { Locale } from './locale';
import type { MessageKey } from './messages-fr';
import type { I18n } from './use-i18n';

const catalogs: Record<Locale, DeckMessages> = { fr: deckMessagesFr, en: deckMessagesEn };

export type DeckTranslate = (key: MessageKey | DeckMessageKey, values?: MessageValues) => string;

function isDeckKey(key: string): key is DeckMessageKey {
  return Object.hasOwn(deckMessagesFr, key);
}

/** The page's translator, taught the deck's messages too (only code that loads with the deck). */
export function withDeckMessages(t: I18n['t'], locale: Locale): DeckTranslate {
  const messages = catalogs[locale];
  return (key, values = {}) =>
    isDeckKey(key) ? formatMessage(messages[key], values, locale) : t(key, values);
}
