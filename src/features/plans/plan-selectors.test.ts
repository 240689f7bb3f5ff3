// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { buildDataset } from '../../testing/dataset-builders';
import { selectPlanDetails, selectSelectedPlanId, selectTimeline } from './plan-selectors';

const dataset = parseDataset(
  buildDataset((d) => d.plans.reverse()),
  'plans.json',
);

describe('plan selectors', () => {
  it('orders the timeline by plan number whatever the file order', () => {
    expect(selectTimeline(dataset, 'plan-2011', 'fr').map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it('keeps what no source documents as null, never a guess', () => {
    const [first, second, third] = selectTimeline(dataset, 'plan-2011', 'en');
    expect(first).toMatchObject({
      startYear: 2011,
      endYear: null,
      periodEvidence: 'stated',
      isSelected: true,
    });
    expect(second).toMatchObject({ startYear: 2013, endYear: 2014, periodEvidence: 'inferred' });
    expect(third).toMatchObject({ startYear: null, endYear: null, periodEvidence: 'unknown' });
  });

  it('falls back to the featured plan for an unknown or missing plan id', () => {
    expect(selectSelectedPlanId(dataset, 'plan-1999')).toBe('plan-2018-2019');
    expect(selectSelectedPlanId(dataset, null)).toBe('plan-2018-2019');
    expect(selectSelectedPlanId(dataset, 'plan-3')).toBe('plan-3');
  });

  it('gives the 2018-2019 signing: place, date and both signatories', () => {
    const details = selectPlanDetails(dataset, 'plan-2018-2019', 'en');
    expect(details).toMatchObject({
      place: 'OSCE Secretariat, Vienna',
      announcedOn: '2018-01-31',
      areaCount: 12,
      newAreaCount: 4,
    });
    expect(details?.signatories).toEqual([
      'Yury Fedotov (Executive Director of UNODC)',
      'Thomas Greminger (Secretary General of the OSCE)',
    ]);
  });

  it('lists the six areas of the first plan with their source', () => {
    const details = selectPlanDetails(dataset, 'plan-2011', 'en');
    expect(details?.areas).toHaveLength(6);
    expect(details?.areas[0]?.evidence.sources.map((s) => s.id)).toEqual(['esn-2011']);
    expect(details?.place).toBeNull();
  });
});
