import type { Locale } from './locale';

// Intl objects are costly to build (the first of a locale loads its data): each one is built once
// and kept, keyed by locale and options. A first render formats hundreds of values.
const intlObjects = new Map<string, unknown>();

function once<T>(key: string, create: () => T): T {
  if (!intlObjects.has(key)) intlObjects.set(key, create());
  return intlObjects.get(key) as T;
}

export const numberFormatFor = (locale: Locale): Intl.NumberFormat =>
  once(`number ${locale}`, () => new Intl.NumberFormat(locale));

export const pluralRulesFor = (locale: Locale): Intl.PluralRules =>
  once(`plural ${locale}`, () => new Intl.PluralRules(locale));

/** Formats "2018", "2018-01" or "2018-01-31" as precisely as it is known. */
export function formatPartialDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined) return value;
  if (month === undefined) return String(year);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day ?? 1);
  const format = once(`date ${locale} ${day === undefined ? 'month' : 'day'}`, () =>
    day === undefined
      ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(locale, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }),
  );
  return format.format(date);
}

export function formatList(items: readonly string[], locale: Locale): string {
  return once(
    `list ${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  ).format(items);
}

export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    value,
  );
}

const NUMBER_WORDS: Record<Locale, readonly string[]> = {
  fr: [
    'zéro',
    'un',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'neuf',
    'dix',
    'onze',
    'douze',
  ],
  en: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
};

/** Small counts in words, as prose writes them ("the four plans"); larger ones in digits. */
export function formatCountWord(count: number, locale: Locale): string {
  return NUMBER_WORDS[locale][count] ?? numberFormatFor(locale).format(count);
}

/** A quotation with the marks of its own language: « … » in French, “…” in English. */
export function formatQuotation(text: string, language: string): string {
  return language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}
