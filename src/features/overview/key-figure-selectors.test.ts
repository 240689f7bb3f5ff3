// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { buildDataset } from '../../testing/dataset-builders';
import { selectKeyFigures } from './key-figure-selectors';

const figuresOf = (json: ReturnType<typeof buildDataset>) =>
  Object.fromEntries(
    selectKeyFigures(parseDataset(json, 'plans.json')).figures.map((f) => [f.kind, f]),
  );

describe('key figures', () => {
  it('counts plans, areas, new areas, the first year and the sources from the dataset', () => {
    const dataset = parseDataset(buildDataset(), 'plans.json');
    const { planLabel, figures } = selectKeyFigures(dataset);
    expect(planLabel).toBe('2018-2019');
    expect(Object.fromEntries(figures.map((f) => [f.kind, f.value]))).toMatchObject({
      plans: 4,
      areas: 12,
      'new-areas': 4,
      sources: dataset.sources.length,
    });
    expect(figures.find((f) => f.kind === 'first-year')?.value).toBeLessThanOrEqual(2011);
  });

  it('follows the data: a fifth plan and a source more change the counts', () => {
    const figures = figuresOf(
      buildDataset((d) => {
        d.plans.push({ ...structuredClone(d.plans[0]!), id: 'plan-5', number: 5 });
        d.sources.push({ ...structuredClone(d.sources[0]!), id: 'another-source' });
      }),
    );
    expect(figures.plans?.value).toBe(5);
    expect(figures.sources?.value).toBe(buildDataset().sources.length + 1);
  });

  it('leaves out what the dataset does not document rather than showing 0', () => {
    const figures = figuresOf(
      buildDataset((d) => {
        const plan = d.plans.find((p) => p.id === d.featuredPlanId)!;
        plan.areaCount = null;
        plan.newAreaCount = null;
        plan.areas = [];
      }),
    );
    expect(figures.areas).toBeUndefined();
    expect(figures['new-areas']).toBeUndefined();
  });

  it('says when the first year is inferred', () => {
    const figures = figuresOf(
      buildDataset((d) => {
        const first = d.plans.find((p) => p.id === 'plan-2011')!;
        first.period.startYear = 2009;
        first.period.evidence.level = 'inferred';
      }),
    );
    expect(figures['first-year']).toMatchObject({ value: 2009, evidence: 'inferred' });
  });
});
