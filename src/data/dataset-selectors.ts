import type { Dataset, Plan, QuoteVersion, Source } from './dataset-schema';

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
  publisher: string;
  /** As precise as the source: "2011-12", "2018-01-31". */
  date: string;
}

/** A resolver from source ids to what a link needs; build it once per selection. */
export function createSourceResolver(dataset: Dataset): (ids: readonly string[]) => SourceRef[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  return (ids) =>
    ids.flatMap((id) => {
      const source = sources.get(id);
      return source
        ? [
            {
              id,
              title: source.title,
              url: source.url,
              publisher: source.publisher,
              date: source.date,
            },
          ]
        : [];
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

/** Where a part follows no words of the source's own: the omission is marked, never hidden. */
export const QUOTATION_OMISSION = '[…]';

/**
 * A quotation version as its source prints it: the quoted parts, each verbatim, and the source's
 * own words between two parts (the attribution, for example), or a marked omission where the
 * dataset gives none. A version 1 quotation (one text) is one part.
 */
export function selectQuotationParts(version: QuoteVersion): {
  parts: string[];
  between: string[];
} {
  const parts = version.parts ?? (version.text === undefined ? [] : [{ text: version.text }]);
  return {
    parts: parts.map((part) => part.text),
    between: parts.slice(1).map((part) => part.before ?? QUOTATION_OMISSION),
  };
}
