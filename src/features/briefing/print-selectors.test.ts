// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { buildDataset } from '../../testing/dataset-builders';
import { parseUrlState } from '../../url-state/url-state';
import { selectPrintSummary } from './print-selectors';

const dataset = parseDataset(buildDataset(), 'plans.json');
const summarize = (search: string, locale: 'fr' | 'en' = 'fr') =>
  selectPrintSummary(dataset, parseUrlState(search), locale);

describe('selectPrintSummary', () => {
  it('states no filter and the featured plan for a bare address', () => {
    expect(summarize('')).toEqual({
      themeLabels: [],
      query: '',
      isNewOnly: false,
      featuredPlanLabel: '2018-2019',
      areaCount: 12,
      plan: { number: 4, period: '2018-2019', title: 'Plan d’action conjoint 2018-2019' },
      hasFilters: false,
    });
  });

  it('names the chosen themes in the dataset’s order and language, leaving out unknown ones', () => {
    const summary = summarize('?themes=people,nope,crime&lang=en', 'en');
    expect(summary.themeLabels).toEqual(['Crime and trafficking', 'People']);
    expect(summary.hasFilters).toBe(true);
  });

  it('keeps the search as typed, trimmed, and the new-only switch', () => {
    expect(summarize('?q=%20réforme%20&new=1')).toMatchObject({
      query: 'réforme',
      isNewOnly: true,
      hasFilters: true,
    });
    expect(summarize('?q=%20%20').hasFilters).toBe(false);
  });

  it('gives the chosen plan, with no period where no source documents one', () => {
    expect(summarize('?plan=plan-3').plan).toEqual({
      number: 3,
      period: null,
      title: 'Troisième plan d’action conjoint',
    });
    expect(summarize('?plan=plan-1999').plan.number).toBe(4);
  });
});
