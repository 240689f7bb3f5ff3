import type { Locale } from './locale';
import { numberFormatFor, once } from './intl-objects';

export { numberFormatFor, pluralRulesFor } from './intl-objects';

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
