import type { Locale } from './locale';

// Building an Intl formatter costs far more than using one, and a page formats hundreds of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function dateFormat(locale: Locale, hasDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${hasDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      ...(hasDay ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats "2018", "2018-01" or "2018-01-31" as precisely as it is known. */
export function formatPartialDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined) return value;
  if (month === undefined) return String(year);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day ?? 1);
  return dateFormat(locale, day !== undefined).format(date);
}

export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
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
  return NUMBER_WORDS[locale][count] ?? new Intl.NumberFormat(locale).format(count);
}

/** A quotation with the marks of its own language: « … » in French, “…” in English. */
export function formatQuotation(text: string, language: string): string {
  return language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}
