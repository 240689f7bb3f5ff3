import type { Locale } from '../i18n/locale';
import type { Dataset } from './dataset-schema';

// Kept free of runtime imports: the build's Node code (prerender.config.ts) runs this file too.
const TRANSLATION_KEYS = new Set(['translations', 'nameTranslations', 'titleTranslations']);
const isSourceLocale = (locale: Locale) => locale === 'fr' || locale === 'en';

/**
 * The dataset with only one language's translations (none for French and English): each page's
 * copy of the bundled dataset, so that a page fetches the texts of its own language and of the
 * sources' two, not of all eight (prerender.config.ts). Everything else is kept as it is.
 */
export function datasetForLanguage(dataset: Dataset, locale: Locale): Dataset {
  const keep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(keep);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
      if (!TRANSLATION_KEYS.has(key) || typeof child !== 'object' || child === null) {
        return [[key, keep(child)]];
      }
      const own = (child as Record<string, unknown>)[locale];
      return isSourceLocale(locale) || own === undefined ? [] : [[key, { [locale]: own }]];
    });
    return Object.fromEntries(entries);
  };
  return keep(dataset) as Dataset;
}

/** Whether a dataset holds a language's texts (French and English it always does). */
export function hasLanguage(dataset: Dataset, locale: Locale): boolean {
  return isSourceLocale(locale) || dataset.title.translations?.[locale] !== undefined;
}
