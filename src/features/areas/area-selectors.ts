import type { Area, Dataset, EvidenceLevel } from '../../data/dataset-schema';
import { createSourceResolver, selectFeaturedPlan } from '../../data/dataset-selectors';
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

export function areaMatches(area: Area, filters: AreaFilters, themeLabel: string): boolean {
  if (filters.themes.length > 0 && !filters.themes.includes(area.themeId)) return false;
  if (filters.newOnly && area.isNew !== true) return false;
  const query = normalizeText(filters.q);
  if (query === '') return true;
  const haystack = searchText(area, themeLabel);
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

export interface AreaView {
  id: string;
  name: string;
  themeId: string;
  themeLabel: string;
  isNew: boolean | null;
  evidenceLevel: EvidenceLevel;
  evidenceNote: string | null;
  sources: { id: string; title: string; url: string }[];
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
  const sourceRefs = createSourceResolver(dataset);
  const areas = plan.areas
    .filter((area) => areaMatches(area, filters, themeLabels.get(area.themeId) ?? ''))
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
  return dataset.themes
    .map((theme) => {
      const areas = plan.areas.filter((area) => area.themeId === theme.id);
      return {
        themeId: theme.id,
        label: theme.label[locale],
        newCount: areas.filter((area) => area.isNew === true).length,
        continuingCount: areas.filter((area) => area.isNew === false).length,
        unknownCount: areas.filter((area) => area.isNew === null).length,
        total: areas.length,
        isSelected: filters.themes.includes(theme.id),
      };
    })
    .filter((count) => count.total > 0);
}

/** Adds the theme to the selection, or removes it if it was there. */
export function toggleTheme(themes: readonly string[], themeId: string): string[] {
  return themes.includes(themeId) ? themes.filter((id) => id !== themeId) : [...themes, themeId];
}
