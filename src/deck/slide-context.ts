import type { Dataset, Evidence, Plan } from '../data/dataset-schema';
import { formatList, formatPartialDate } from '../i18n/formatters';
import type { Locale } from '../i18n/locale';
import type { UrlState } from '../url-state/url-state';
import type { DeckTranslate } from './deck-i18n';
import { localize } from '../data/localize';

// What every slide family of the selector shares: the deck's context (dataset, language, the
// filters in words, the sources' numbers) and the speaker notes written from a fact's evidence.

/** The page's messages and the deck's own (src/deck/deck-i18n.ts). */
export type T = DeckTranslate;

export interface Context {
  dataset: Dataset;
  plan: Plan;
  planLabel: string;
  locale: Locale;
  t: T;
  cite: Citer;
  /** The filters in words, or "all thematic areas". */
  view: string;
  isFiltered: boolean;
}

export interface Citer {
  /** "[1] « Title », Publisher, 31 janvier 2018" for each id, in the order given. */
  (sourceIds: readonly string[]): string[];
  numberOf: (sourceId: string) => number;
}

export function createCiter(dataset: Dataset, locale: Locale, t: T): Citer {
  const numbers = new Map(dataset.sources.map((source, index) => [source.id, index + 1]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const cite = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      return [
        t('deckNoteCite', {
          number: numbers.get(id) ?? 0,
          title: source.title,
          publisher: source.publisher,
          date: formatPartialDate(source.date, locale),
        }),
      ];
    });
  return Object.assign(cite, { numberOf: (id: string) => numbers.get(id) ?? 0 });
}

/**
 * One paragraph of speaker notes for one fact: its evidence level, how it was inferred (or what
 * the dataset adds), and its sources by number, title, publisher and date.
 */
export function noteFor(context: Context, fact: string, evidence: Evidence): string {
  const { t, locale, cite } = context;
  const note = (evidence.note ? localize(evidence.note, locale) : undefined) ?? null;
  // A fact written as a sentence loses its full stop before " : indiqué par la source."
  const factText = fact.replace(/\.\s*$/, '');
  const sentences: string[] = [];
  if (evidence.level === 'stated') sentences.push(t('deckNoteStated', { fact: factText }));
  else if (evidence.level === 'inferred') {
    sentences.push(t('deckNoteInferred', { fact: factText }));
    sentences.push(note === null ? t('deckNoteNoHow') : t('deckNoteHow', { note }));
  } else sentences.push(t('deckNoteUnknown', { fact: factText }));
  if (note !== null && evidence.level !== 'inferred') sentences.push(t('deckNoteDetail', { note }));
  const sources = cite(evidence.sourceIds);
  if (sources.length > 0) {
    sentences.push(
      t('deckNoteSources', { count: sources.length, sources: formatList(sources, locale) }),
    );
  } else if (evidence.level !== 'unknown') sentences.push(t('deckNoteNoSource'));
  return sentences.join(' ');
}

export function describeView(
  dataset: Dataset,
  url: UrlState,
  locale: Locale,
  t: T,
  isFiltered: boolean,
): string {
  if (!isFiltered) return t('deckViewAll');
  const themes = dataset.themes
    .filter((theme) => url.themes.includes(theme.id))
    .map((theme) => localize(theme.label, locale));
  const query = url.q.trim();
  const parts = [
    ...(themes.length > 0 ? [t('printThemes', { themes: formatList(themes, locale) })] : []),
    ...(query !== '' ? [t('printSearch', { query })] : []),
    ...(url.newOnly ? [t('deckViewNewOnly')] : []),
  ];
  return formatList(parts, locale);
}

export function sortedPlans(dataset: Dataset): Plan[] {
  return [...dataset.plans].sort((a, b) => a.number - b.number);
}
