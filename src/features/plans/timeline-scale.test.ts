// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { buildDataset } from '../../testing/dataset-builders';
import { selectTimelineScale } from './timeline-scale';

const dataset = parseDataset(buildDataset(), 'plans.json');
const fifthPlan = parseDataset(
  JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/plans-with-fifth-plan.json'), 'utf8'),
  ),
  'plans-with-fifth-plan.json',
);

const byId = (scale: ReturnType<typeof selectTimelineScale>, id: string) =>
  scale.plans.find((plan) => plan.id === id)!;

describe('the timeline scale', () => {
  it('covers every dated plan with one evenly spaced label per year', () => {
    const scale = selectTimelineScale(dataset.plans);
    expect(scale.years.map((y) => y.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
    ]);
    const gaps = scale.years.slice(1).map((y, i) => y.at - scale.years[i]!.at);
    for (const gap of gaps) expect(gap).toBeCloseTo(1 / 9, 9);
    expect(scale.years[0]!.at).toBeCloseTo(1 / 18, 9);
  });

  it('draws each plan at its years, with its certainty', () => {
    const scale = selectTimelineScale(dataset.plans);
    const at = (year: number) => (year - 2011) / 9;
    expect(scale.plans.map((p) => p.id)).toEqual([
      'plan-2011',
      'plan-2013-2014',
      'plan-3',
      'plan-2018-2019',
    ]);
    expect(byId(scale, 'plan-2018-2019')).toMatchObject({ kind: 'stated', fromYear: 2018 });
    expect(byId(scale, 'plan-2018-2019').from).toBeCloseTo(at(2018));
    expect(byId(scale, 'plan-2018-2019').to).toBeCloseTo(at(2020));
    // Announced, not signed: inferred, at 2013-2014.
    expect(byId(scale, 'plan-2013-2014')).toMatchObject({ kind: 'inferred', fromYear: 2013 });
    expect(byId(scale, 'plan-2013-2014').to).toBeCloseTo(at(2015));
    // A known start and an unknown end: solid for its year, then a fade, never a claimed end.
    const first = byId(scale, 'plan-2011');
    expect(first.kind).toBe('open-end');
    expect(first.from).toBeCloseTo(at(2011));
    expect(first.knownTo).toBeCloseTo(at(2012));
    expect(first.to).toBeGreaterThan(first.knownTo);
  });

  it('puts the undocumented third plan between the years its neighbours give (2014 to 2018)', () => {
    const third = byId(selectTimelineScale(dataset.plans), 'plan-3');
    expect(third).toMatchObject({ kind: 'undocumented', fromYear: 2014, toYear: 2018 });
    expect(third.from).toBeCloseTo((2014 - 2011) / 9);
    expect(third.to).toBeCloseTo((2019 - 2011) / 9);
  });

  it('extends the axis for a dataset with a fifth plan', () => {
    const scale = selectTimelineScale(fifthPlan.plans);
    expect(scale.years.at(-1)?.year).toBe(2022);
    expect(scale.years).toHaveLength(12);
    expect(byId(scale, 'plan-2020-2022').to).toBeCloseTo(1);
    expect(byId(scale, 'plan-2018-2019').to).toBeLessThan(
      byId(scale, 'plan-2020-2022').from + 1e-9,
    );
  });

  it('places milestones at their dates, as precisely as they are known, in date order', () => {
    const scale = selectTimelineScale(dataset.plans, [
      { id: 'signing', date: '2018-01-31', evidence: { level: 'stated' } },
      { id: 'formalised', date: '2010', evidence: { level: 'stated' } },
      { id: 'design', date: '2011-12', evidence: { level: 'inferred' } },
    ]);
    expect(scale.years[0]?.year).toBe(2010);
    const at = (position: number) => (position - 2010) / 10;
    expect(scale.milestones.map((m) => m.id)).toEqual(['formalised', 'design', 'signing']);
    expect(scale.milestones[0]!.at).toBeCloseTo(at(2010.5));
    expect(scale.milestones[1]!.at).toBeCloseTo(at(2011 + 11.5 / 12));
    expect(scale.milestones[2]!.at).toBeCloseTo(at(2018 + 30.5 / 365));
    expect(scale.milestones[1]!.evidence).toBe('inferred');
  });
});
