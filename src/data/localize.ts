import { isolateRanges } from '../i18n/bidi';
import { isSourceLocale, type Locale } from '../i18n/locale';
import { inBrackets } from '../i18n/brackets';
import type { Localized, Person, Translations } from './dataset-schema';

/**
 * The language a text is shown in: the one asked for where the data has it, English otherwise
 * (the UN's and the OSCE's common working language), never a blank or a key. A text shown in
 * another language than the page's is tagged with its own (`lang="en"`).
 */
export function languageShown(text: Localized, locale: Locale): Locale {
  if (isSourceLocale(locale)) return locale;
  return text.translations?.[locale] === undefined ? 'en' : locale;
}

/** A dataset text in the page's language (see languageShown). */
export function localize(text: Localized, locale: Locale): string {
  if (isSourceLocale(locale)) return text[locale];
  const translation = text.translations?.[locale];
  // An Arabic text's ranges of years read as they are written, "2018-2019" (src/i18n/bidi.ts).
  return translation === undefined ? text.en : isolateRanges(translation, locale);
}

/** A name as the page's language writes it: its translation where there is one, else as given. */
export function localizeName(
  name: string,
  translations: Translations | undefined,
  locale: Locale,
): string {
  return isSourceLocale(locale) ? name : (translations?.[locale] ?? name);
}

/**
 * The `lang` to put on a dataset text where it is shown in another language than the page's (the
 * English a dataset without the page's language falls back to); undefined where it is the page's.
 */
export function fallbackLang(text: Localized, locale: Locale): Locale | undefined {
  const shown = languageShown(text, locale);
  return shown === locale ? undefined : shown;
}

/** A signatory as the plans and the title slide name them: "Name (role)". */
export function personWithRole(person: Person, locale: Locale): string {
  const name = localizeName(person.name, person.nameTranslations, locale);
  return `${name}${inBrackets(localize(person.role, locale), locale)}`;
}
