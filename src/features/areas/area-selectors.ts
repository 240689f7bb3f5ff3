import type { Area, Dataset, EvidenceLevel } from '../../data/dataset-schema';
import {
  createSourceResolver,
  selectFeaturedPlan,
  type SourceRef,
} from '../../data/dataset-selectors';
import type { Locale } from '../../i18n/locale';
import type { UrlState } from '../../url-state/url-state';

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

function searchText(area: Area, themeLabel: string): string {
  let byTheme = searchTexts.get(area);
  if (!byTheme) searchTexts.set(area, (byTheme = new Map()));
  let text = byTheme.get(themeLabel);
  if (text === undefined) {
    // Both languages: a search typed in French still finds its areas after switching to English.
    text = normalizeText(`${area.name.fr} ${area.name.en} ${themeLabel}`);
    byTheme.set(themeLabel, text);
  }
  return text;
}

/** The search's words, folded as the areas' texts are; none for an empty search. */
function queryWords(query: string): string[] {
  const normalized = normalizeText(query);
  return normalized === '' ? [] : normalized.split(/\s+/);
}

function matches(area: Area, filters: AreaFilters, words: string[], themeLabel: string): boolean {
  if (filters.themes.length > 0 && !filters.themes.includes(area.themeId)) return false;
  if (filters.newOnly && area.isNew !== true) return false;
  if (words.length === 0) return true;
  const haystack = searchText(area, themeLabel);
  return words.every((word) => haystack.includes(word));
}

export function areaMatches(area: Area, filters: AreaFilters, themeLabel: string): boolean {
  return matches(area, filters, queryWords(filters.q), themeLabel);
}

export interface AreaView {
  id: string;
  name: string;
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
  const themeLabels = new Map(dataset.themes.map((theme) => [theme.id, theme.label[locale]]));
  const sourceRefs = createSourceResolver(dataset, locale);
  // Folded once per selection, not once per area.
  const words = queryWords(filters.q);
  const areas = plan.areas
    .filter((area) => matches(area, filters, words, themeLabels.get(area.themeId) ?? ''))
    .map((area) => ({
      id: area.id,
      name: area.name[locale],
      themeId: area.themeId,
      themeLabel: themeLabels.get(area.themeId) ?? area.themeId,
      isNew: area.isNew,
      evidenceLevel: area.evidence.level,
      evidenceNote: area.evidence.note?.[locale] ?? null,
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
        label: theme.label[locale],
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
