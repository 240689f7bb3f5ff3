// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { buildDataset } from '../../testing/dataset-builders';
import { DEFAULT_URL_STATE } from '../../url-state/url-state';
import {
  markMatches,
  normalizeText,
  selectAreaFilters,
  selectThemeCounts,
  selectVisibleAreas,
  toggleTheme,
  type AreaFilters,
} from './area-selectors';

const dataset = parseDataset(buildDataset(), 'plans.json');
const none: AreaFilters = { themes: [], q: '', newOnly: false };
const names = (filters: AreaFilters, locale: 'fr' | 'en' = 'fr') =>
  selectVisibleAreas(dataset, filters, locale).areas.map((a) => a.name);

describe('area selectors', () => {
  it('shows the twelve areas of the featured plan without filters', () => {
    const { areas, total } = selectVisibleAreas(dataset, none, 'fr');
    expect(total).toBe(12);
    expect(areas).toHaveLength(12);
  });

  it('searches without regard to accents or case, in the current language', () => {
    expect(names({ ...none, q: 'reforme' })).toEqual([
      'Gouvernance et réforme du secteur de sécurité',
    ]);
    expect(names({ ...none, q: 'CYBER' })).toEqual(['Lutte contre le cybercrime']);
    expect(names({ ...none, q: 'reform' }, 'en')).toEqual([
      'Security sector governance and reform',
    ]);
    expect(names({ ...none, q: 'zzz' })).toEqual([]);
  });

  it('keeps areas of any chosen theme and, with "new only", only the new ones', () => {
    expect(names({ ...none, themes: ['cyber', 'terrorism'] })).toHaveLength(2);
    expect(names({ ...none, newOnly: true })).toHaveLength(4);
    expect(names({ ...none, themes: ['crime'], newOnly: true })).toEqual([
      'Lutte contre le trafic de biens culturels',
    ]);
  });

  it('searches only the words the reader sees: the names in the page’s language', () => {
    // In English, the French names are not shown: "lutte" finds nothing; and the other way round.
    expect(names({ ...none, q: 'lutte' }, 'en')).toEqual([]);
    expect(names({ ...none, q: 'countering' }, 'fr')).toEqual([]);
    expect(names({ ...none, q: 'lutte' }, 'fr').length).toBeGreaterThan(3);
    expect(names({ ...none, q: 'cultural property' }, 'en')).toEqual([
      'Combating trafficking in cultural property',
    ]);
  });

  it('marks where the search found its words, whatever their case and accents', () => {
    const marked = (text: string, q: string) =>
      markMatches(text, q)
        .map((part) => (part.isMatch ? `[${part.text}]` : part.text))
        .join('');
    expect(marked('Gouvernance et réforme du secteur de sécurité', 'REFORME secu')).toBe(
      'Gouvernance et [réforme] du secteur de [sécu]rité',
    );
    expect(marked('Lutte contre le cybercrime', 'cyber crime')).toBe(
      'Lutte contre le [cybercrime]',
    );
    expect(markMatches('Terrorisme', '')).toEqual([{ text: 'Terrorisme', isMatch: false }]);
    expect(marked('Personnes', 'zzz')).toBe('Personnes');
  });

  it('matches a theme name in the search', () => {
    expect(names({ ...none, q: 'personnes' }).length).toBeGreaterThanOrEqual(2);
  });

  it('ignores URL themes the dataset does not know', () => {
    expect(
      selectAreaFilters(dataset, { ...DEFAULT_URL_STATE, themes: ['people', 'ghost', 'crime'] })
        .themes,
    ).toEqual(['crime', 'people']);
  });

  it('counts areas per theme, new and continuing, in theme order', () => {
    const counts = selectThemeCounts(dataset, { ...none, themes: ['cyber'] }, 'en');
    expect(counts.map((c) => [c.themeId, c.continuingCount, c.newCount])).toEqual([
      ['crime', 3, 1],
      ['terrorism', 1, 0],
      ['economic', 2, 0],
      ['people', 1, 1],
      ['governance', 1, 1],
      ['cyber', 0, 1],
    ]);
    expect(counts.find((c) => c.themeId === 'cyber')?.isSelected).toBe(true);
    expect(counts.reduce((sum, c) => sum + c.total, 0)).toBe(12);
  });

  it('counts areas of undocumented newness apart and leaves out themes without areas', () => {
    const changed = parseDataset(
      buildDataset((raw) => {
        const featured = raw.plans.find((plan) => plan.id === raw.featuredPlanId);
        for (const area of featured?.areas ?? []) {
          if (area.themeId === 'crime') area.isNew = null;
          if (area.themeId === 'terrorism') area.themeId = 'crime';
        }
      }),
      'plans.json',
    );
    const counts = selectThemeCounts(changed, none, 'fr');
    expect(counts.map((c) => c.themeId)).not.toContain('terrorism');
    expect(counts.find((c) => c.themeId === 'crime')).toMatchObject({
      continuingCount: 1,
      newCount: 0,
      unknownCount: 4,
      total: 5,
    });
  });

  it('keeps only the areas that have every word of the search', () => {
    expect(names({ ...none, q: 'lutte  cybercrime' })).toEqual(['Lutte contre le cybercrime']);
    expect(names({ ...none, q: 'lutte zzz' })).toEqual([]);
  });

  it('toggles a theme in and out of the selection', () => {
    expect(toggleTheme(['crime'], 'people')).toEqual(['crime', 'people']);
    expect(toggleTheme(['crime', 'people'], 'crime')).toEqual(['people']);
  });

  it('folds accents and case', () => {
    expect(normalizeText('  Réforme SÉCURITÉ ')).toBe('reforme securite');
  });
});
