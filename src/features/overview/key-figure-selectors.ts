import type { Dataset, EvidenceLevel } from '../../data/dataset-schema';
import { selectFeaturedPlan, selectPlanLabel } from '../../data/dataset-selectors';

export type KeyFigureKind = 'plans' | 'areas' | 'new-areas' | 'first-year' | 'sources';

export interface KeyFigure {
  kind: KeyFigureKind;
  value: number;
  /** How sure the figure is, where the dataset says (the first year's source). */
  evidence: EvidenceLevel | null;
}

export interface KeyFigures {
  /** The featured plan as people name it ("2018-2019"), or null when its years are unknown. */
  planLabel: string | null;
  figures: KeyFigure[];
}

interface DatedRecord {
  date: string;
  evidence: { level: EvidenceLevel };
}

/**
 * The numbers a briefing starts with, each counted from the dataset: a figure the dataset cannot
 * give (a plan with no documented areas, no dated year at all) is left out, never shown as 0.
 */
export function selectKeyFigures(
  dataset: Dataset & { milestones?: readonly DatedRecord[] },
): KeyFigures {
  const plan = selectFeaturedPlan(dataset);
  const figures: KeyFigure[] = [{ kind: 'plans', value: dataset.plans.length, evidence: null }];
  const areaCount = plan.areaCount ?? (plan.areas.length > 0 ? plan.areas.length : null);
  if (areaCount !== null) figures.push({ kind: 'areas', value: areaCount, evidence: null });
  const newCount =
    plan.newAreaCount ??
    (plan.areas.length > 0 && plan.areas.every((area) => area.isNew !== null)
      ? plan.areas.filter((area) => area.isNew === true).length
      : null);
  if (newCount !== null) figures.push({ kind: 'new-areas', value: newCount, evidence: null });

  // The earliest year any dated record gives: a plan's start or a milestone.
  const dated = [
    ...dataset.plans.flatMap((p) =>
      p.period.startYear === null
        ? []
        : [{ year: p.period.startYear, level: p.period.evidence.level }],
    ),
    ...(dataset.milestones ?? []).map((m) => ({
      year: Number(m.date.slice(0, 4)),
      level: m.evidence.level,
    })),
  ].sort((a, b) => a.year - b.year || Number(b.level === 'stated') - Number(a.level === 'stated'));
  const first = dated[0];
  if (first) figures.push({ kind: 'first-year', value: first.year, evidence: first.level });

  figures.push({ kind: 'sources', value: dataset.sources.length, evidence: null });
  return { planLabel: selectPlanLabel(plan), figures };
}
