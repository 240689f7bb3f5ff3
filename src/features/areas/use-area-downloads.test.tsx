import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { selectFeaturedPlan, selectPlanLabel } from '../../data/dataset-selectors';
import { localize } from '../../data/localize';
import { parseDataset } from '../../data/parse-dataset';
import { downloadMessages } from '../../i18n/download-messages';
import { formatMessage } from '../../i18n/format-message';
import { formatPartialDate } from '../../i18n/formatters';
import { LOCALES, type Locale } from '../../i18n/locale';
import { createI18n, loadCatalog, type I18n } from '../../i18n/use-i18n';
import { captureDownload } from '../../testing/capture-download';
import { buildDataset } from '../../testing/dataset-builders';
import { AreaDownloads } from './area-downloads';
import type { AreaFilters } from './area-selectors';
import { useAreaDownloads } from './use-area-downloads';

const dataset = parseDataset(buildDataset(), 'plans.json');
const plan = selectFeaturedPlan(dataset);
const ALL: AreaFilters = { themes: [], q: '', newOnly: false };

/** The downloads' buttons and status as the areas section draws them (areas-section.tsx). */
function Downloads({ i18n, filters }: { i18n: I18n; filters: AreaFilters }) {
  const { t } = i18n;
  const { download, status } = useAreaDownloads(dataset, filters, i18n);
  return (
    <AreaDownloads
      title={t('downloadsTitle')}
      buttons={[
        { kind: 'csv-all', label: t('downloadAreasCsv') },
        { kind: 'json-all', label: t('downloadAreasJson') },
        { kind: 'svg', label: t('downloadChartSvg') },
      ]}
      statusText={status.kind === 'done' ? t('downloadDone', { file: status.file }) : ''}
      onDownload={download}
    />
  );
}

// Where a spreadsheet reads the comma as the decimal separator, it expects ";" between cells.
const SEPARATORS: Record<Locale, ',' | ';'> = {
  ar: ',',
  zh: ',',
  en: ',',
  es: ';',
  fr: ';',
  ru: ';',
  de: ';',
  it: ';',
};

beforeAll(() => Promise.all(LOCALES.map(loadCatalog)));
afterEach(() => vi.restoreAllMocks());

describe.each(LOCALES)('downloads in %s', (locale) => {
  const setup = (filters = ALL) => {
    const i18n = createI18n(locale);
    const user = userEvent.setup({ delay: null });
    render(<Downloads i18n={i18n} filters={filters} />);
    const planLabel = selectPlanLabel(plan) ?? localize(plan.title, locale);
    const d = (key: keyof (typeof downloadMessages)['fr'], values = {}) =>
      formatMessage(downloadMessages[locale][key], values, locale);
    return { i18n, t: i18n.t, user, planLabel, d };
  };

  it('the areas download as a CSV with a BOM, the language’s separator and its name', async () => {
    const { t, user, planLabel, d } = setup();
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: t('downloadAreasCsv') })),
    );
    expect(name).toBe(`unodc-osce-joint-action-plans-areas-${planLabel}-${locale}.csv`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(plan.areas.length + 1);
    const separator = SEPARATORS[locale];
    expect(lines[0]).toBe(
      [
        d('exportColumnId'),
        d('exportColumnArea'),
        d('exportColumnTheme'),
        d('exportColumnNew', { plan: planLabel }),
        d('exportColumnEvidence'),
        d('exportColumnNote'),
        d('exportColumnSources'),
      ].join(separator),
    );
    // Each area's name in the language, in the cell after its identifier.
    const area = plan.areas[0]!;
    const row = lines.find((line) => line.startsWith(`${area.id}${separator}`))!;
    expect(row.slice(area.id.length + 1)).toContain(localize(area.name, locale));
    expect(await screen.findByRole('status')).toHaveTextContent(t('downloadDone', { file: name }));
  });

  it('the areas download as JSON that states its language', async () => {
    const { t, user, planLabel } = setup();
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: t('downloadAreasJson') })),
    );
    expect(name).toBe(`unodc-osce-joint-action-plans-areas-${planLabel}-${locale}.json`);
    const json = JSON.parse(await blob.text());
    expect(json.language).toBe(locale);
    expect(json.areas[0].name).toBe(localize(plan.areas[0]!.name, locale));
  });

  it('the chart downloads as an SVG whose title, caption, legend and sources are in the language', async () => {
    const { t, user, planLabel, d } = setup();
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: t('downloadChartSvg') })),
    );
    expect(name).toBe(`unodc-osce-joint-action-plans-areas-by-theme-${planLabel}-${locale}.svg`);
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.documentElement.getAttribute('lang')).toBe(locale);
    expect(svg.querySelector('title')?.textContent).toBe(t('areasTitle', { plan: planLabel }));
    const lines = [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '');
    expect(lines).toContain(t('chartCaption', { plan: planLabel }));
    expect(lines).toContain(t('chartContinuing'));
    expect(lines).toContain(t('chartNew'));
    const sources = lines.filter((line) => /^\[\d+\] /.test(line));
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContain(d('chartSourcesTitle', { count: sources.length }));
    // The first release's date as the language writes it.
    expect(sources[0]).toContain(formatPartialDate('2018-01-31', locale));
    expect(lines.join(' ')).toContain(
      d('chartDataLine', { dataset: localize(dataset.title, locale) }),
    );
  });
});
