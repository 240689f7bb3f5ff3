import type { Locale } from '../i18n/locale';
import type { Dataset } from './dataset-schema';

// Kept free of runtime imports: the build's Node code (prerender.config.ts) runs this file too.
const TRANSLATION_KEYS = new Set(['translations', 'nameTranslations', 'titleTranslations']);
const isSourceLocale = (locale: Locale) => locale === 'fr' || locale === 'en';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** A text (localizedSchema) as the schema has it, or as a copy keeps it: nothing but its languages. */
const isLocalized = (node: Node) => {
  const entries = Object.entries(node);
  return (
    entries.length > 0 &&
    entries.every(([key, child]) =>
      key === 'fr' || key === 'en'
        ? typeof child === 'string'
        : key === 'translations' &&
          isNode(child) &&
          Object.values(child).every((text) => typeof text === 'string'),
    )
  );
};

/**
 * The dataset with only the texts one language's page shows: each page's copy of the bundled
 * dataset (prerender.config.ts). French and English share one, the sources' two languages and no
 * translation. Another language's keeps its translations, and the English only where a text has
 * none (the page then shows the English): never the French, nor an English it does not show (the
 * Russian copy 9.8 to 6.3 KB gzip). Such a copy is no longer a whole dataset: hasLanguage says
 * which languages it holds, and withLanguage adds another's copy to it (a change of language in
 * place: src/data/dataset-query.ts).
 */
export function datasetForLanguage(dataset: Dataset, locale: Locale): Dataset {
  const keep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(keep);
    if (!isNode(value)) return value;
    const entries = Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
      if (!TRANSLATION_KEYS.has(key) || !isNode(child)) return [[key, keep(child)]];
      const own = child[locale];
      return isSourceLocale(locale) || own === undefined ? [] : [[key, { [locale]: own }]];
    });
    const kept = Object.fromEntries(entries);
    if (isSourceLocale(locale) || !isLocalized(value)) return kept;
    return isNode(kept.translations) ? { translations: kept.translations } : { en: kept.en };
  };
  return keep(dataset) as Dataset;
}

/**
 * Whether a dataset holds a language's texts: a translation of its title, or every text in that
 * source language (a whole dataset has them all; another language's copy, not the French).
 */
export function hasLanguage(dataset: Dataset, locale: Locale): boolean {
  if (!isSourceLocale(locale)) return dataset.title.translations?.[locale] !== undefined;
  const holds = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.every(holds);
    if (!isNode(value)) return true;
    if (isLocalized(value) && typeof value[locale] !== 'string') return false;
    return Object.values(value).every(holds);
  };
  return holds(dataset);
}

/**
 * Two copies of the same dataset made one, each text with both copies' languages: the page's view
 * still has its own language's texts while it changes to the other (src/data/dataset-query.ts).
 */
export function withLanguage(dataset: Dataset, copy: Dataset): Dataset {
  const merge = (kept: unknown, added: unknown): unknown => {
    if (Array.isArray(kept) && Array.isArray(added) && kept.length === added.length) {
      return added.map((child, index) => merge(kept[index], child));
    }
    if (!isNode(kept) || !isNode(added) || Array.isArray(kept) || Array.isArray(added)) {
      return added;
    }
    const keys = new Set([...Object.keys(kept), ...Object.keys(added)]);
    return Object.fromEntries(
      [...keys].map((key) => [key, key in added ? merge(kept[key], added[key]) : kept[key]]),
    );
  };
  return merge(dataset, copy) as Dataset;
}
