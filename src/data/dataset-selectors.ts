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
  /** The source's number in the sources list (its place in the dataset, from 1). */
  number: number;
  /** The in-page address of its entry in the sources list. */
  href: string;
  publisher: string;
  /** As precise as the source: "2011-12", "2018-01-31". */
  date: string;
}

/** The id of a source's entry in the sources list, which numbered references link to. */
export const sourceElementId = (sourceId: string) => `source-${sourceId}`;

/**
 * A resolver from source ids to what a reference needs; build it once per selection. Given a
 * language, a source with an edition in that language is cited through that edition (the
 * English page cites the English release), each source once.
 */
export function createSourceResolver(
  dataset: Dataset,
  language?: Source['language'],
): (ids: readonly string[]) => SourceRef[] {
  const sources = new Map(
    dataset.sources.map((source, index) => [source.id, { source, number: index + 1 }]),
  );
  const inLanguage = (id: string) => {
    const source = sources.get(id)?.source;
    if (!language || !source || source.language === language) return id;
    return (
      source.editionIds?.find(
        (editionId) => sources.get(editionId)?.source.language === language,
      ) ?? id
    );
  };
  return (ids) =>
    [...new Set(ids.map(inLanguage))].flatMap((id) => {
      const entry = sources.get(id);
      if (!entry) return [];
      const { source, number } = entry;
      return [
        {
          id,
          title: source.title,
          url: source.url,
          publisher: source.publisher,
          date: source.date,
          number,
          href: `#${sourceElementId(id)}`,
        },
      ];
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
export function selectQuotationParts(version: { parts?: QuoteVersion['parts']; text?: string }): {
  parts: string[];
  between: string[];
} {
  const parts = version.parts ?? (version.text === undefined ? [] : [{ text: version.text }]);
  return {
    parts: parts.map((part) => part.text),
    between: parts.slice(1).map((part) => part.before ?? QUOTATION_OMISSION),
  };
}
