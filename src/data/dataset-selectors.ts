import type { Dataset, Plan, Source } from './dataset-schema';

// Shared lookups over a validated dataset. The schema guarantees every reference resolves,
// so a missing record here is a programming error, not bad data.

export function selectFeaturedPlan(dataset: Dataset): Plan {
  const plan = dataset.plans.find((p) => p.id === dataset.featuredPlanId);
  if (!plan) throw new Error(`featuredPlanId "${dataset.featuredPlanId}" not in dataset`);
  return plan;
}

export function selectSourcesByIds(dataset: Dataset, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => dataset.sources.filter((source) => source.id === id));
}

export function selectPlanLabel(plan: Plan): string | null {
  const { startYear, endYear } = plan.period;
  if (startYear === null) return null;
  if (endYear === null || endYear === startYear) return String(startYear);
  return `${startYear}-${endYear}`;
}
