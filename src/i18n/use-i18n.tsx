import { createContext, use, useMemo, type ReactNode } from 'react';
import { formatMessage, type MessageValues } from './format-message';
import type { Locale } from './locale';
import { messagesEn } from './messages-en';
import { messagesFr, type MessageKey, type Messages } from './messages-fr';

const catalogs: Record<Locale, Messages> = { fr: messagesFr, en: messagesEn };

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Picks the current language's text from a dataset's `{ fr, en }` record. */
  pick: (text: { fr: string; en: string }) => string;
}

export function createI18n(locale: Locale): I18n {
  const messages = catalogs[locale];
  return {
    locale,
    t: (key, values = {}) => formatMessage(messages[key], values, locale),
    pick: (text) => text[locale],
  };
}

const I18nContext = createContext<I18n>(createI18n('fr'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return use(I18nContext);
}
