// Every language's catalog of this part, loaded with the part's code (not with the page).
import type { Locale } from '../i18n/locale';
import { deckMessagesFr, type DeckMessages } from './deck-messages-fr';
import { deckMessagesEn } from './deck-messages-en';
import { deckMessagesAr } from './deck-messages-ar';
import { deckMessagesZh } from './deck-messages-zh';
import { deckMessagesEs } from './deck-messages-es';
import { deckMessagesRu } from './deck-messages-ru';
import { deckMessagesDe } from './deck-messages-de';
import { deckMessagesIt } from './deck-messages-it';

export const deckMessages: Record<Locale, DeckMessages> = {
  fr: deckMessagesFr,
  en: deckMessagesEn,
  ar: deckMessagesAr,
  zh: deckMessagesZh,
  es: deckMessagesEs,
  ru: deckMessagesRu,
  de: deckMessagesDe,
  it: deckMessagesIt,
};
