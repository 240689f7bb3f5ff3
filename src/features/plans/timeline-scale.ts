import type { EvidenceLevel, Plan } from '../../data/dataset-schema';

/**
 * How a plan's span is drawn. Never a fake precise span: a stated period is solid, an announced
 * (inferred) one lighter, an unknown end fades out, and an undocumented period is a hatched stretch
 * between the neighbours' years ("sometime between"), never error bars.
 */
export type PlanMarkKind = 'stated' | 'inferred' | 'open-end' | 'undocumented';

export interface ScaledPlan {
  id: string;
  number: number;
  kind: PlanMarkKind;
  /** Fractions of the axis (0 to 1): where the mark starts and ends. */
  from: number;
  to: number;
  /** For an open end: where the known part stops and the fade begins. */
  knownTo: number;
  /** The years the mark covers (inclusive), for the text alternative. */
  fromYear: number;
  toYear: number;
}

export interface ScaledMilestone {
  id: string;
  date: string;
  /** Where the date sits on the axis (0 to 1), in the middle of what the date says. */
  at: number;
  evidence: EvidenceLevel;
}

export interface TimelineScale {
  /** First and last year on the axis (inclusive): each year is one equal band. */
  firstYear: number;
  lastYear: number;
  /** One label per year, at the middle of its band. */
  years: { year: number; at: number }[];
  plans: ScaledPlan[];
  milestones: ScaledMilestone[];
}

export interface DatedMilestone {
  id: string;
  date: string;
  evidence: { level: EvidenceLevel };
}

/** How long an unknown end fades out, in years: a hint of "it went on", not a claimed end. */
const OPEN_END_YEARS = 1;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** A date's middle, in years: "2010" is mid-2010, "2011-12" mid-December, a day its own noon. */
function datePosition(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  const start = Date.UTC(2001, 0, 1);
  const dayOfYear = (Date.UTC(2001, month - 1, day) - start) / 86_400_000;
  return year + (dayOfYear + 0.5) / 365;
}

/**
 * Places the plans (ordered by number) and the dated milestones on one linear scale of years that
 * covers every dated plan and milestone. A plan with no documented year lies between the last
 * known year before it and the first known year after it (in plan order), which is all the
 * sources say of it.
 */
export function selectTimelineScale(
  plans: readonly Plan[],
  milestones: readonly DatedMilestone[] = [],
): TimelineScale {
  const ordered = [...plans].sort((a, b) => a.number - b.number);
  const knownYears = ordered.flatMap((plan) =>
    [plan.period.startYear, plan.period.endYear].filter((y): y is number => y !== null),
  );
  const allYears = [...knownYears, ...milestones.map((m) => yearOf(m.date))];
  const openEnds = ordered
    .filter((plan) => plan.period.startYear !== null && plan.period.endYear === null)
    .map((plan) => (plan.period.startYear ?? 0) + OPEN_END_YEARS);
  const firstYear = allYears.length > 0 ? Math.min(...allYears) : new Date().getUTCFullYear();
  const lastYear = Math.max(firstYear, ...allYears, ...openEnds);
  const span = lastYear + 1 - firstYear;
  const at = (position: number) => (position - firstYear) / span;

  const lastKnownBefore = (index: number) =>
    ordered
      .slice(0, index)
      .flatMap((p) => [p.period.endYear ?? p.period.startYear].filter((y) => y !== null))
      .at(-1) ?? firstYear;
  const firstKnownAfter = (index: number) =>
    ordered
      .slice(index + 1)
      .flatMap((p) => [p.period.startYear ?? p.period.endYear].filter((y) => y !== null))
      .at(0) ?? lastYear;

  const scaledPlans = ordered.map((plan, index): ScaledPlan => {
    const { startYear, endYear, evidence } = plan.period;
    const base = { id: plan.id, number: plan.number };
    if (startYear !== null && endYear === null) {
      return {
        ...base,
        kind: 'open-end',
        from: at(startYear),
        knownTo: at(startYear + 1),
        to: at(startYear + 1 + OPEN_END_YEARS),
        fromYear: startYear,
        toYear: startYear + OPEN_END_YEARS,
      };
    }
    if (startYear === null || endYear === null) {
      const fromYear = startYear ?? lastKnownBefore(index);
      const toYear = Math.max(fromYear, endYear ?? firstKnownAfter(index));
      return {
        ...base,
        kind: 'undocumented',
        from: at(fromYear),
        knownTo: at(fromYear),
        to: at(toYear + 1),
        fromYear,
        toYear,
      };
    }
    return {
      ...base,
      kind: evidence.level === 'stated' ? 'stated' : 'inferred',
      from: at(startYear),
      knownTo: at(endYear + 1),
      to: at(endYear + 1),
      fromYear: startYear,
      toYear: endYear,
    };
  });

  return {
    firstYear,
    lastYear,
    years: Array.from({ length: span }, (_, i) => ({
      year: firstYear + i,
      at: at(firstYear + i + 0.5),
    })),
    plans: scaledPlans,
    milestones: [...milestones]
      .sort((a, b) => datePosition(a.date) - datePosition(b.date))
      .map((m) => ({
        id: m.id,
        date: m.date,
        at: at(datePosition(m.date)),
        evidence: m.evidence.level,
      })),
  };
}
