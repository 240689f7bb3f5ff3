import type { Dataset } from '../../data/dataset-schema';
import {
  createSourceResolver,
  selectFeaturedPlan,
  selectPlanLabel,
} from '../../data/dataset-selectors';
import { evidenceLabelKey } from '../../i18n/evidence-label';
import { formatPartialDate } from '../../i18n/formatters';
import { downloadMessages } from '../../i18n/download-messages';
import { extendTranslate, type I18n } from '../../i18n/use-i18n';
import { sourceLocaleFor } from '../../i18n/locale';
import { selectThemeCounts, selectVisibleAreas, type AreaFilters } from './area-selectors';
import { buildChartSvg, svgToPng } from './chart-image';
import * as exporters from './export-areas';
import type { DownloadKind } from './download-kind';
import { localize } from '../../data/localize';

const NO_FILTERS: AreaFilters = { themes: [], q: '', newOnly: false };

/**
 * Writes one download: the areas as CSV or JSON, or the chart as SVG or PNG, in the reader's
 * language. Loaded on the first click (src/features/areas/use-area-downloads.ts), with the
 * exporters and the chart's drawing code: one small chunk rather than two.
 */
export async function buildAreaDownload(
  kind: DownloadKind,
  dataset: Dataset,
  filters: AreaFilters,
  { t: pageT, locale, pick }: I18n,
): Promise<{ blob: Blob; file: string }> {
  const t = extendTranslate(pageT, locale, downloadMessages);
  const plan = selectFeaturedPlan(dataset);
  const planLabel = selectPlanLabel(plan) ?? localize(plan.title, locale);
  const isFiltered = kind.endsWith('filtered');
  const { areas } = selectVisibleAreas(dataset, isFiltered ? filters : NO_FILTERS, locale);
  const fileName = (what: string, extension: string, filtered = isFiltered) =>
    exporters.exportFileName({
      datasetId: dataset.id,
      what,
      plan: planLabel,
      isFiltered: filtered,
      locale,
      extension,
    });
  let blob: Blob;
  let file: string;
  if (kind === 'csv-all' || kind === 'csv-filtered') {
    const table = exporters.buildAreaTable(areas, {
      id: t('exportColumnId'),
      area: t('exportColumnArea'),
      theme: t('exportColumnTheme'),
      isNew: t('exportColumnNew', { plan: planLabel }),
      evidence: t('exportColumnEvidence'),
      note: t('exportColumnNote'),
      sources: t('exportColumnSources'),
      yes: t('exportYes'),
      no: t('exportNo'),
      unknown: t('exportUnknown'),
      evidenceLevel: (level) => t(evidenceLabelKey[level]),
    });
    blob = new Blob([exporters.toCsv(table, exporters.csvSeparatorFor(locale))], {
      type: 'text/csv;charset=utf-8',
    });
    file = fileName('areas', 'csv');
  } else if (kind === 'json-all' || kind === 'json-filtered') {
    const json = exporters.toAreaJson(areas, {
      dataset: pick(dataset.title),
      plan: planLabel,
      language: locale,
      filters: isFiltered
        ? { themes: filters.themes, search: filters.q, newOnly: filters.newOnly }
        : { themes: [], search: '', newOnly: false },
    });
    blob = new Blob([json], { type: 'application/json' });
    file = fileName('areas', 'json');
  } else {
    // Each source in the reader's language where it has an edition in it (UNODC's English page,
    // not ONUDC's French one, in English), one a line with its date.
    // In the order of their numbers, as the page lists them.
    const cite = createSourceResolver(dataset, sourceLocaleFor(locale));
    const sources = cite(plan.areas.flatMap((area) => area.evidence.sourceIds)).sort(
      (a, b) => a.number - b.number,
    );
    const address = new URL(window.location.href);
    const svg = buildChartSvg({
      title: t('areasTitle', { plan: planLabel }),
      caption: t('chartCaption', { plan: planLabel }),
      sourcesTitle: t('chartSourcesTitle', { count: sources.length }),
      sourceLines: sources.map((source) =>
        t('chartSourceLine', {
          number: source.number,
          publisher: source.publisher,
          date: formatPartialDate(source.date, locale),
          title: source.title,
        }),
      ),
      dataLine: t('chartDataLine', { dataset: pick(dataset.title) }),
      dateLine: t('chartDateLine', {
        date: formatPartialDate(new Date().toISOString().slice(0, 10), locale),
        // The address as a reader would copy it: no bare "?" when the view has no parameter.
        url: `${address.origin}${address.pathname}${address.search}`,
      }),
      lang: locale,
      legend: {
        continuing: t('chartContinuing'),
        isNew: t('chartNew'),
        unknown: t('chartUnknown'),
      },
      rows: selectThemeCounts(dataset, NO_FILTERS, locale),
    });
    blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, 2);
    file = fileName('areas-by-theme', kind, false);
  }
  return { blob, file };
}
