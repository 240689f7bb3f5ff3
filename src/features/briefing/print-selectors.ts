import type { Dataset } from '../../data/dataset-schema';
import { selectFeaturedPlan, selectPlanLabel } from '../../data/dataset-selectors';
import type { Locale } from '../../i18n/locale';
import type { UrlState } from '../../url-state/url-state';
import { localize } from '../../data/localize';

/** What a printed handout says about the view it was printed from. */
export interface PrintSummary {
  /** The chosen themes the dataset knows, in the dataset's order. */
  themeLabels: string[];
  /** The search as typed, without surrounding spaces; empty when there is none. */
  query: string;
  isNewOnly: boolean;
  /** The featured plan's period, or its title where no source documents the period. */
  featuredPlanLabel: string;
  /** How many areas the featured plan has: what an unfiltered grid lists. */
  areaCount: number;
  /** The plan whose details the page shows (the chosen one, else the featured one). */
  plan: { number: number; period: string | null; title: string };
  hasFilters: boolean;
}

/** Reads the same URL state as the sections, so the handout states exactly what they draw. */
export function selectPrintSummary(dataset: Dataset, url: UrlState, locale: Locale): PrintSummary {
  const featured = selectFeaturedPlan(dataset);
  const themeLabels = dataset.themes
    .filter((theme) => url.themes.includes(theme.id))
    .map((theme) => localize(theme.label, locale));
  const query = url.q.trim();
  const plan = dataset.plans.find((p) => p.id === url.plan) ?? featured;
  return {
    themeLabels,
    query,
    isNewOnly: url.newOnly,
    featuredPlanLabel: selectPlanLabel(featured) ?? localize(featured.title, locale),
    areaCount: featured.areas.length,
    plan: {
      number: plan.number,
      period: selectPlanLabel(plan),
      title: localize(plan.title, locale),
    },
    hasFilters: themeLabels.length > 0 || query !== '' || url.newOnly,
  };
}
