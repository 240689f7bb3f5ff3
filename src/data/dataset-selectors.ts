import type { Dataset, Plan, Source } from './dataset-schema';

// Shared lookups over a validated dataset. The schema guarantees every reference resolves,
// so a missing record here is a programming error, not bad data.

export function selectFeaturedPlan(dataset: Dataset): Plan {
  const plan = dataset.plans.find((p) => p.id === dataset.featuredPlanId);
  if (!plan) throw new Error(`featuredPlanId "${dataset.featuredPlanId}" not in dataset`);
  return plan;
}

export interface SourceRef {
  id: string;
  title: string;
  url: string;
}

/** A resolver from source ids to what a link needs; build it once per selection. */
export function createSourceResolver(dataset: Dataset): (ids: readonly string[]) => SourceRef[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  return (ids) =>
    ids.flatMap((id) => {
      const source = sources.get(id);
      return source ? [{ id, title: source.title, url: source.url }] : [];
    });
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
