import type { Locale } from '../i18n/locale';
import { messagesAr } from '../i18n/messages-ar';
import { messagesDe } from '../i18n/messages-de';
import { messagesEn } from '../i18n/messages-en';
import { messagesEs } from '../i18n/messages-es';
import { messagesFr, type Messages } from '../i18n/messages-fr';
import { messagesIt } from '../i18n/messages-it';
import { messagesRu } from '../i18n/messages-ru';
import { messagesZh } from '../i18n/messages-zh';

/** The page's messages in every language, for tests: the app loads one language at a time. */
export const PAGE_MESSAGES: Record<Locale, Messages> = {
  ar: messagesAr,
  zh: messagesZh,
  en: messagesEn,
  es: messagesEs,
  fr: messagesFr,
  ru: messagesRu,
  de: messagesDe,
  it: messagesIt,
};
