import type { Dataset } from '../data/dataset-schema';
import { selectFeaturedPlan, selectPlanLabel } from '../data/dataset-selectors';
import {
  hasActiveFilters,
  selectAreaFilters,
  selectVisibleAreas,
} from '../features/areas/area-selectors';
import { exportFileName } from '../features/areas/export-areas';
import type { Locale } from '../i18n/locale';
import type { I18n } from '../i18n/use-i18n';
import type { UrlState } from '../url-state/url-state';
import { withDeckMessages } from './deck-i18n';
import { areaSlides, newSlides } from './select-area-slides';
import { factSlides, quoteSlides, sourceSlides } from './select-text-slides';
import { timelineSlides } from './select-timeline-slides';
import { titleSlide } from './select-title-slide';
import { createCiter, describeView, type Context } from './slide-context';
import type { Slide, SlideDeck } from './slide-types';
import { localize } from '../data/localize';

// One module a slide family (select-*-slide(s).ts), composed here in the deck's order; what fits on
// a slide is in deck-metrics.ts.

/**
 * The deck, from the dataset in the current language and under the current filters: what every
 * renderer (screen, presenter view, printed deck, PowerPoint) draws. Pure; decides every word.
 */
export function selectSlideDeck(
  dataset: Dataset,
  url: UrlState,
  locale: Locale,
  pageT: I18n['t'],
): SlideDeck {
  const t = withDeckMessages(pageT, locale);
  const plan = selectFeaturedPlan(dataset);
  const planLabel = selectPlanLabel(plan) ?? localize(plan.title, locale);
  const filters = selectAreaFilters(dataset, url);
  const isFiltered = hasActiveFilters(filters);
  const { areas, total } = selectVisibleAreas(dataset, filters, locale);
  const view = describeView(dataset, url, locale, t, isFiltered);
  const cite = createCiter(dataset, locale, t);
  const context: Context = { dataset, plan, planLabel, locale, t, cite, view, isFiltered };

  const slides: Slide[] = [
    titleSlide(context, areas, total),
    ...timelineSlides(context),
    ...areaSlides(context, areas),
    ...newSlides(context, areas),
    ...factSlides(context),
    ...quoteSlides(context),
    ...sourceSlides(context),
  ];

  return {
    language: locale,
    title: localize(dataset.title, locale),
    subtitle: t('deckSubtitle', { plan: planLabel, view }),
    footer: isFiltered
      ? t('deckFooterFiltered', { title: localize(dataset.title, locale), view })
      : localize(dataset.title, locale),
    fileStem: exportFileName({
      datasetId: dataset.id,
      what: 'slides',
      plan: planLabel,
      isFiltered,
      locale,
      extension: '',
    }).replace(/\.$/, ''),
    slides,
  };
}
