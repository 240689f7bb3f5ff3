// Kept apart from formatters.ts: the page's own code formats messages with these two only, and a
// module is loaded whole by the chunk that holds it.
import type { Locale } from './locale';

// Intl objects are costly to build (the first of a locale loads its data): each one is built once
// and kept, keyed by locale and options. A first render formats hundreds of values.
const intlObjects = new Map<string, unknown>();

export function once<T>(key: string, create: () => T): T {
  if (!intlObjects.has(key)) intlObjects.set(key, create());
  return intlObjects.get(key) as T;
}

/**
 * The tag each language's Intl objects are built with. Arabic pins its digits to the Latin ones
 * (0-9), as the UN's Arabic pages write years and figures: browsers and Node disagree on Arabic's
 * default digits since CLDR changed it in 2024 (cldr #3678), and one page must not mix the two.
 * English writes dates as the UN and the OSCE do ("31 January 2018"), which is British English's form.
 */
export const INTL_LOCALE: Record<Locale, string> = {
  ar: 'ar-u-nu-latn',
  zh: 'zh-Hans',
  en: 'en-GB',
  es: 'es',
  fr: 'fr',
  ru: 'ru',
  de: 'de',
  it: 'it',
};

// Thousands as French and English group them (a narrow no-break space in French); the other six
// languages' numbers go to Intl.
const GROUP_SEPARATORS: Partial<Record<Locale, string>> = { fr: '\u202f', en: ',' };

/**
 * A number as `new Intl.NumberFormat(locale).format` writes it. Whole numbers, which is what the
 * dashboard counts, are written here without building one: the first Intl.NumberFormat of a page
 * loads its locale's number data, about 20 ms in one piece (60 to 90 ms on a phone four times
 * slower, a task that blocks input), paid by the first "12" the page shows. Other numbers go to
 * Intl (src/i18n/intl-objects.test.ts checks that both write the same).
 */
export function formatNumber(value: number, locale: Locale): string {
  const separator = GROUP_SEPARATORS[locale];
  if (separator === undefined || !Number.isSafeInteger(value) || value < 0) {
    return once(`number ${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale])).format(value);
  }
  return String(value).replace(/\B(?=(\d{3})+$)/g, separator);
}

export const pluralRulesFor = (locale: Locale): Intl.PluralRules =>
  once(`plural ${locale}`, () => new Intl.PluralRules(INTL_LOCALE[locale]));
