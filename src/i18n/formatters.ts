import type { Locale } from './locale';
import { formatNumber, INTL_LOCALE, once } from './intl-objects';

export { formatNumber, INTL_LOCALE, pluralRulesFor } from './intl-objects';

// French and English month names, written here (see formatPartialDate); the other six go to Intl.
const MONTHS: Partial<Record<Locale, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The Intl locale whose dates a language's text uses: English dates as the UN writes them. */
export const DATE_LOCALE: Record<Locale, string> = INTL_LOCALE;

/**
 * Formats "2018", "2018-01" or "2018-01-31" as precisely as it is known, as
 * Intl.DateTimeFormat(DATE_LOCALE[locale], { year: 'numeric', month: 'long', day?: 'numeric' })
 * writes it ("31 janvier 2018", "31 January 2018"), without building one: the first Intl.DateTimeFormat
 * of a page loads its locale's calendar data, a task of 10 to 15 ms (50 ms on a phone four times
 * slower) when the sections hydrate. formatters.test.ts checks every day of a year against Intl.
 */
export function formatPartialDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined) return value;
  if (month === undefined) {
    // A year alone: digits in French and English; "2018年", "2018 г." as Intl writes them elsewhere.
    if (locale === 'fr' || locale === 'en' || year < 1) return String(year);
    const yearOnly = once(
      `date ${locale} year`,
      () => new Intl.DateTimeFormat(DATE_LOCALE[locale], { year: 'numeric', timeZone: 'UTC' }),
    );
    const date = new Date(0);
    date.setUTCFullYear(year, 0, 1);
    return yearOnly.format(date);
  }
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day ?? 1);
  const shownYear = date.getUTCFullYear();
  const monthName = MONTHS[locale]?.[date.getUTCMonth()];
  if (shownYear < 1 || monthName === undefined) {
    return once(`date ${locale} ${day === undefined ? 'month' : 'day'}`, () =>
      day === undefined
        ? new Intl.DateTimeFormat(DATE_LOCALE[locale], {
            year: 'numeric',
            month: 'long',
            timeZone: 'UTC',
          })
        : new Intl.DateTimeFormat(DATE_LOCALE[locale], {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            timeZone: 'UTC',
          }),
    ).format(date);
  }
  if (day === undefined) return `${monthName} ${shownYear}`;
  // Day, month, year in both languages: English as the UN and the OSCE write it ("31 January
  // 2018"), which is British English's form, not American English's ("January 31, 2018").
  return `${date.getUTCDate()} ${monthName} ${shownYear}`;
}

/**
 * "a, b et c" / "a, b and c", as Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type:
 * 'conjunction' }) writes them (English without the serial comma, as en-GB and the UN's editorial
 * manual write it, like the dates), without building one: its first construction in a page took
 * 30 to 40 ms (150 ms on a phone four times slower) when the timeline hydrated.
 * formatters.test.ts checks it against Intl.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  const rest = items.slice(0, -1).join(', ');
  if (locale === 'fr') return `${rest} et ${last}`;
  if (locale === 'en') return `${rest} and ${last}`;
  return once(
    `list ${locale}`,
    () => new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }),
  ).format(items);
}

/**
 * A size in decimal units (1 Mo = 1,000,000 bytes), as Intl names them: "6,0 Mo", "5 MB". Every
 * size the page states uses this one base, so a size and its limit compare at a glance.
 * fractionDigits fixes the decimals (a file's size, "6,0 Mo"); by default a round limit stays "5 Mo".
 */
export function formatBytes(bytes: number, locale: Locale, fractionDigits?: number): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit,
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 1,
  }).format(value);
}

// French and English prose writes small counts in words; the other six languages' messages take
// digits, which need no agreement of case or gender with the thing counted (Russian, Arabic).
const NUMBER_WORDS: Partial<Record<Locale, readonly string[]>> = {
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
  return NUMBER_WORDS[locale]?.[count] ?? formatNumber(count, locale);
}

/**
 * A quoted part as shown: in its language's quotation marks when verbatim; a translation made for
 * the dashboard is never put in quotation marks, as if someone had said it that way.
 */
export function formatQuotedPart(
  text: string,
  quotation: { language: string; isTranslation?: boolean },
): string {
  return quotation.isTranslation ? text : formatQuotation(text, quotation.language);
}

/** A quotation with the marks of its own language: « … » in French, “…” in English, „…“ in German. */
export function formatQuotation(text: string, language: string): string {
  if (language === 'fr') return `«\u00a0${text}\u00a0»`;
  if (language === 'de') return `„${text}“`;
  if (['ru', 'es', 'it', 'ar'].includes(language)) return `«${text}»`;
  return `“${text}”`;
}
