import type { Area, Dataset, EvidenceLevel } from '../../data/dataset-schema';
import {
  createSourceResolver,
  selectFeaturedPlan,
  type SourceRef,
} from '../../data/dataset-selectors';
import { sourceLocaleFor, type Locale } from '../../i18n/locale';
import type { UrlState } from '../../url-state/url-state';
import { fallbackLang, localize } from '../../data/localize';

export interface AreaFilters {
  themes: string[];
  q: string;
  newOnly: boolean;
}

/** Folds case and accents so that "reforme" finds "réforme". */
export function normalizeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fr')
    .trim();
}

/** Keeps only the URL's themes that the dataset knows, in the dataset's order. */
export function selectAreaFilters(dataset: Dataset, url: UrlState): AreaFilters {
  const known = dataset.themes.map((theme) => theme.id).filter((id) => url.themes.includes(id));
  return { themes: known, q: url.q, newOnly: url.newOnly };
}

export function hasActiveFilters(filters: AreaFilters): boolean {
  return filters.themes.length > 0 || filters.q.trim() !== '' || filters.newOnly;
}

// Normalizing 2,000 names on every keystroke is most of a search's cost: do it once per area.
const searchTexts = new WeakMap<Area, Map<string, string>>();

/** What a search reads: the words the reader sees, the area's name and theme in the page's language
 * (a search over the other language found areas showing none of the words typed). */
function searchText(area: Area, locale: Locale, themeLabel: string): string {
  let byLabel = searchTexts.get(area);
  if (!byLabel) searchTexts.set(area, (byLabel = new Map()));
  const key = `${locale} ${themeLabel}`;
  let text = byLabel.get(key);
  if (text === undefined) {
    text = normalizeText(`${localize(area.name, locale)} ${themeLabel}`);
    byLabel.set(key, text);
  }
  return text;
}

/** The search's words, folded as the areas' texts are; none for an empty search. */
function queryWords(query: string): string[] {
  const normalized = normalizeText(query);
  return normalized === '' ? [] : normalized.split(/\s+/);
}

function matches(
  area: Area,
  filters: AreaFilters,
  words: string[],
  locale: Locale,
  themeLabel: string,
): boolean {
  if (filters.themes.length > 0 && !filters.themes.includes(area.themeId)) return false;
  if (filters.newOnly && area.isNew !== true) return false;
  if (words.length === 0) return true;
  const haystack = searchText(area, locale, themeLabel);
  return words.every((word) => haystack.includes(word));
}

/** A piece of a shown text, marked where the search found one of its words. */
export interface TextPart {
  text: string;
  isMatch: boolean;
}

/**
 * Splits `text` where the search's words occur in it, as the search folds them (case and accents):
 * "reforme" marks "réforme". One part, unmarked, without a search.
 */
export function markMatches(text: string, query: string): TextPart[] {
  const words = queryWords(query);
  if (words.length === 0 || text === '') return [{ text, isMatch: false }];
  // The folded text, and for each of its characters the original one it came from.
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const fold = char
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase('fr');
    for (let k = 0; k < fold.length; k += 1) origin.push(index);
    folded += fold;
    index += char.length;
  }
  const isMarked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const start = origin[at]!;
      const end = at + word.length < origin.length ? origin[at + word.length]! : text.length;
      for (let index = start; index < end; index += 1) isMarked[index] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const last = parts.at(-1);
    if (last && last.isMatch === isMarked[index]) last.text += text[index];
    else parts.push({ text: text[index]!, isMatch: isMarked[index]! });
  }
  return parts;
}

export interface AreaView {
  id: string;
  name: string;
  nameLang?: Locale;
  themeId: string;
  themeLabel: string;
  isNew: boolean | null;
  evidenceLevel: EvidenceLevel;
  evidenceNote: string | null;
  sources: SourceRef[];
}

export interface AreaSelection {
  areas: AreaView[];
  total: number;
}

/** The featured plan's areas that the filters keep, ready to draw. */
export function selectVisibleAreas(
  dataset: Dataset,
  filters: AreaFilters,
  locale: Locale,
): AreaSelection {
  const plan = selectFeaturedPlan(dataset);
  const themeLabels = new Map(
    dataset.themes.map((theme) => [theme.id, localize(theme.label, locale)]),
  );
  const sourceRefs = createSourceResolver(dataset, sourceLocaleFor(locale));
  // Folded once per selection, not once per area.
  const words = queryWords(filters.q);
  const areas = plan.areas
    .filter((area) => matches(area, filters, words, locale, themeLabels.get(area.themeId) ?? ''))
    .map((area) => ({
      id: area.id,
      name: localize(area.name, locale),
      /** Where the name is shown in English for want of the page's language. */
      nameLang: fallbackLang(area.name, locale),
      themeId: area.themeId,
      themeLabel: themeLabels.get(area.themeId) ?? area.themeId,
      isNew: area.isNew,
      evidenceLevel: area.evidence.level,
      evidenceNote: (area.evidence.note ? localize(area.evidence.note, locale) : undefined) ?? null,
      sources: sourceRefs(area.evidence.sourceIds),
    }));
  return { areas, total: plan.areas.length };
}

export interface ThemeCount {
  themeId: string;
  label: string;
  newCount: number;
  continuingCount: number;
  unknownCount: number;
  total: number;
  isSelected: boolean;
}

/** Areas of the featured plan per theme, in the dataset's theme order; empty themes left out. */
export function selectThemeCounts(
  dataset: Dataset,
  filters: AreaFilters,
  locale: Locale,
): ThemeCount[] {
  const plan = selectFeaturedPlan(dataset);
  // One pass over the areas (thousands in a large dataset), not four per theme.
  const tallies = new Map<string, { isNew: number; continuing: number; unknown: number }>();
  for (const area of plan.areas) {
    let tally = tallies.get(area.themeId);
    if (!tally) tallies.set(area.themeId, (tally = { isNew: 0, continuing: 0, unknown: 0 }));
    if (area.isNew === true) tally.isNew += 1;
    else if (area.isNew === false) tally.continuing += 1;
    else tally.unknown += 1;
  }
  return dataset.themes.flatMap((theme) => {
    const tally = tallies.get(theme.id);
    if (!tally) return [];
    return [
      {
        themeId: theme.id,
        label: localize(theme.label, locale),
        newCount: tally.isNew,
        continuingCount: tally.continuing,
        unknownCount: tally.unknown,
        total: tally.isNew + tally.continuing + tally.unknown,
        isSelected: filters.themes.includes(theme.id),
      },
    ];
  });
}

/** Adds the theme to the selection, or removes it if it was there. */
export function toggleTheme(themes: readonly string[], themeId: string): string[] {
  return themes.includes(themeId) ? themes.filter((id) => id !== themeId) : [...themes, themeId];
}
