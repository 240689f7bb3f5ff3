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

// Thousands as each language's Intl.NumberFormat groups them: a narrow no-break space in French.
const GROUP_SEPARATORS: Record<Locale, string> = { fr: '\u202f', en: ',' };

/**
 * A number as `new Intl.NumberFormat(locale).format` writes it. Whole numbers, which is what the
 * dashboard counts, are written here without building one: the first Intl.NumberFormat of a page
 * loads its locale's number data, about 20 ms in one piece (60 to 90 ms on a phone four times
 * slower, a task that blocks input), paid by the first "12" the page shows. Other numbers go to
 * Intl (src/i18n/intl-objects.test.ts checks that both write the same).
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    return once(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(value);
  }
  return String(value).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATORS[locale]);
}

export const pluralRulesFor = (locale: Locale): Intl.PluralRules =>
  once(`plural ${locale}`, () => new Intl.PluralRules(locale));
