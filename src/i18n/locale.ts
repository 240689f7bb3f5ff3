/**
 * The eight languages of the partnership: the UN's six official languages (Arabic, Chinese,
 * English, French, Russian, Spanish) and the OSCE's (English, French, German, Italian, Russian,
 * Spanish), in the order the switcher lists them (the UN's, then the OSCE's two others).
 */
export const LOCALES = ['ar', 'zh', 'en', 'es', 'fr', 'ru', 'de', 'it'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** The languages the sources are published in: every text in another is a translation. */
export const SOURCE_LOCALES = ['fr', 'en'] as const;
export type SourceLocale = (typeof SOURCE_LOCALES)[number];
export type TranslatedLocale = Exclude<Locale, SourceLocale>;
export const TRANSLATED_LOCALES = LOCALES.filter(
  (locale): locale is TranslatedLocale => !isSourceLocale(locale),
);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isSourceLocale(value: unknown): value is SourceLocale {
  return value === 'fr' || value === 'en';
}

/** Each language's name in itself, as the switcher lists it (each tagged with its own `lang`). */
export const OWN_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
  de: 'Deutsch',
  it: 'Italiano',
};

/** Where the language a reader chose is kept (localStorage), for their next first visit. */
export const LANGUAGE_CHOICE_KEY = 'joint-action-plans:language';

/** Arabic is the only one of the eight written right to left. */
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** The source language a language's text comes from: its own, or the English it is translated from. */
export const sourceLocaleFor = (locale: Locale): SourceLocale =>
  isSourceLocale(locale) ? locale : 'en';
