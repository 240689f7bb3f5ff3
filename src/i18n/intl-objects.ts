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

export const numberFormatFor = (locale: Locale): Intl.NumberFormat =>
  once(`number ${locale}`, () => new Intl.NumberFormat(locale));

export const pluralRulesFor = (locale: Locale): Intl.PluralRules =>
  once(`plural ${locale}`, () => new Intl.PluralRules(locale));
