import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { buttonClass } from '../../components/ui/button-styles';
import { Section } from '../../components/ui/section';
import { useDataset } from '../../data/dataset-query';
import { selectFeaturedPlan, selectPlanLabel } from '../../data/dataset-selectors';
import { evidenceLabelKey } from '../../i18n/evidence-label';
import { formatNumber as formatCount } from '../../i18n/formatters';
import { directionOf } from '../../i18n/locale';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { useResolvedScheme } from '../../url-state/use-color-scheme';
import { useUrlState } from '../../url-state/use-url-state';
import { AreaFilters } from './area-filters';
import { AreaGrid, type AreaCardView } from './area-grid';
import {
  hasActiveFilters,
  markMatches,
  selectAreaFilters,
  selectThemeCounts,
  selectVisibleAreas,
  toggleTheme,
  type AreaView,
  type TextPart,
} from './area-selectors';
import { AreaDownloads, type AreaDownloadsProps } from './area-downloads';
import { ChartTable } from './chart-table';
import { LazyAreasChart } from './lazy-areas-chart';
import { useAreaDownloads } from './use-area-downloads';
import { localize } from '../../data/localize';

const GRID_PAGE_SIZE = 60;

// The chart redraws (and recharts measures its legend, a forced layout) only when its props
// change: the chart's data, not every keystroke.
const MemoizedAreasChart = memo(LazyAreasChart);

/** The words around a theme's label in "Thème : {theme}", split once for all the cards. */
function themeTextAround(t: I18n['t']): readonly [string, string] {
  const [before = '', after = ''] = t('themeWithLabel', { theme: '\u0000' }).split('\u0000');
  return [before, after];
}

/** "Thème : {theme}" with the theme's label marked where the search found its words. */
function markedThemeText(
  [before, after]: readonly [string, string],
  label: string,
  query: string,
): TextPart[] {
  return [
    { text: before, isMatch: false },
    ...markMatches(label, query),
    { text: after, isMatch: false },
  ].filter((part) => part.text !== '');
}

function toCard(
  area: AreaView,
  t: I18n['t'],
  planLabel: string,
  query: string,
  themeAround: readonly [string, string],
): AreaCardView {
  return {
    id: area.id,
    name: markMatches(area.name, query),
    nameLang: area.nameLang,
    themeText: markedThemeText(themeAround, area.themeLabel, query),
    newLabel:
      area.isNew === true
        ? t('isNew', { plan: planLabel })
        : area.isNew === false
          ? t('isContinuing')
          : t('newnessUnknown'),
    newTone: area.isNew === true ? 'new' : area.isNew === false ? 'neutral' : 'unknown',
    evidenceTone: area.evidenceLevel,
    evidenceLabel: t(evidenceLabelKey[area.evidenceLevel]),
    evidenceNote:
      area.evidenceNote === null
        ? null
        : area.evidenceLevel === 'inferred'
          ? t('inferredHow', { note: area.evidenceNote })
          : area.evidenceNote,
    sources: area.sources.map((source) => ({
      id: source.id,
      number: source.number,
      href: source.href,
      label: t('sourceRef', { number: source.number, title: source.title }),
    })),
  };
}

export function AreasSection() {
  const dataset = useDataset();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [url, updateUrl] = useUrlState();
  const scheme = useResolvedScheme();
  // A large dataset (thousands of areas) draws the first cards at once and the rest on request:
  // every filter change would otherwise lay out thousands of cards.
  const [limit, setLimit] = useState(GRID_PAGE_SIZE);
  const plan = selectFeaturedPlan(dataset);
  const planLabel = selectPlanLabel(plan) ?? localize(plan.title, locale);
  const filters = useMemo(() => selectAreaFilters(dataset, url), [dataset, url]);
  // The controls answer at once; the chart, count and grid follow in a render React may
  // interrupt (thousands of areas make that render the slow part of a click or a keystroke).
  // Everything below is memoized on what it shows, so that the urgent render of a click or a
  // keystroke redraws the controls only, and the deferred one what changed.
  const shownThemeKey = useDeferredValue(filters.themes.join(','));
  const shownQuery = useDeferredValue(filters.q);
  const isShownNewOnly = useDeferredValue(filters.newOnly);
  const shownThemes = useMemo(
    () => (shownThemeKey === '' ? [] : shownThemeKey.split(',')),
    [shownThemeKey],
  );
  const shownFilters = useMemo(
    () => ({ themes: shownThemes, q: shownQuery, newOnly: isShownNewOnly }),
    [shownThemes, shownQuery, isShownNewOnly],
  );
  // Counted over the whole plan whatever the search: a keystroke leaves the chart's data as is.
  const counts = useMemo(
    () => selectThemeCounts(dataset, { themes: shownThemes, q: '', newOnly: false }, locale),
    [dataset, shownThemes, locale],
  );
  const { areas, total } = useMemo(
    () => selectVisibleAreas(dataset, shownFilters, locale),
    [dataset, shownFilters, locale],
  );
  const newTotal = useMemo(() => plan.areas.filter((area) => area.isNew === true).length, [plan]);
  const cards = useMemo(() => {
    const themeAround = themeTextAround(t);
    return areas.slice(0, limit).map((area) => toCard(area, t, planLabel, shownQuery, themeAround));
  }, [areas, limit, t, planLabel, shownQuery]);
  const downloads = useAreaDownloads(dataset, filters, i18n);
  const isFiltered = hasActiveFilters(filters);
  const downloadButtons: AreaDownloadsProps['buttons'] = [
    { kind: 'csv-all', label: t('downloadAreasCsv') },
    { kind: 'json-all', label: t('downloadAreasJson') },
    ...(isFiltered
      ? ([
          { kind: 'csv-filtered', label: t('downloadFilteredCsv') },
          { kind: 'json-filtered', label: t('downloadFilteredJson') },
        ] as const)
      : []),
    { kind: 'svg', label: t('downloadChartSvg') },
    { kind: 'png', label: t('downloadChartPng') },
  ];
  const downloadStatus =
    downloads.status.kind === 'done'
      ? t('downloadDone', { file: downloads.status.file })
      : downloads.status.kind === 'failed'
        ? t('downloadFailed', { reason: downloads.status.reason })
        : '';

  // Read the themes from the URL when called: the callback keeps one identity across clicks.
  const handleToggleTheme = useCallback(
    (themeId: string) =>
      updateUrl((current) => ({
        themes: toggleTheme(selectAreaFilters(dataset, current).themes, themeId),
      })),
    [dataset, updateUrl],
  );
  // A form action (the clear buttons' forms): React keeps a press made before the section has
  // hydrated, as it does for the filters'.
  const handleClear = () => updateUrl({ themes: [], q: '', newOnly: false });
  const handleQueryChange = useCallback(
    (q: string) => updateUrl({ q }, { replace: true }),
    [updateUrl],
  );
  const handleNewOnlyChange = useCallback(
    (newOnly: boolean) => updateUrl({ newOnly }),
    [updateUrl],
  );

  const caption = t('chartCaption', { plan: planLabel });
  const hasUnknown = counts.some((count) => count.unknownCount > 0);
  const tableHeaders = useMemo(
    () => ({
      theme: t('chartTheme'),
      continuing: t('chartContinuing'),
      isNew: t('chartNew'),
      unknown: hasUnknown ? t('chartUnknown') : null,
      total: t('chartTotal'),
    }),
    [t, hasUnknown],
  );
  const tableRows = useMemo(
    () =>
      counts.map((count) => ({
        ...count,
        filterLabel: t('chartFilterBy', { theme: count.label }),
      })),
    [counts, t],
  );
  const formatNumber = useCallback((value: number) => formatCount(value, locale), [locale]);
  const filterThemes = useMemo(
    () =>
      counts.map((count) => ({
        id: count.themeId,
        label: count.label,
        count: count.total,
        isSelected: filters.themes.includes(count.themeId),
      })),
    [counts, filters.themes],
  );

  return (
    <Section
      id="areas"
      title={t('areasTitle', { plan: planLabel })}
      intro={<p>{t('areasIntro', { count: total, new: newTotal })}</p>}
    >
      <figure className="rounded-lg border border-slate-300 bg-white p-4">
        <figcaption>
          <h3 className="text-lg font-semibold text-slate-900">{t('chartTitle')}</h3>
          <p className="text-sm text-slate-700">
            {caption} {/* An instruction for a screen: paper has no list to filter. */}
            <span data-print="hide">{t('chartHint')}</span>
          </p>
        </figcaption>
        <div className="mt-3">
          <MemoizedAreasChart
            scheme={scheme}
            direction={directionOf(locale)}
            data={counts}
            newLabel={t('chartNew')}
            continuingLabel={t('chartContinuing')}
            unknownLabel={t('chartUnknown')}
            onSelectTheme={handleToggleTheme}
            loadingLabel={t('chartLoading')}
            noScriptLabel={t('chartNeedsScript')}
            errorLabel={t('errorChartTitle')}
            retryLabel={t('retry')}
          />
        </div>
        <ChartTable
          summary={t('chartTableSummary')}
          caption={caption}
          headers={tableHeaders}
          rows={tableRows}
          formatNumber={formatNumber}
          onToggleTheme={handleToggleTheme}
        />
      </figure>

      <div className="mt-6">
        <AreaFilters
          title={t('filtersTitle')}
          themesLabel={t('filterThemes')}
          themes={filterThemes}
          searchLabel={t('search')}
          searchPlaceholder={t('searchPlaceholder')}
          query={url.q}
          newOnlyLabel={t('newOnly', { plan: planLabel })}
          isNewOnly={filters.newOnly}
          onToggleTheme={handleToggleTheme}
          onQueryChange={handleQueryChange}
          onNewOnlyChange={handleNewOnlyChange}
        />
      </div>

      {/* As tall as the Clear button: its appearing with the first filter must not push the
          grid and everything below it down (a layout and a repaint of the whole page). */}
      <div className="mt-4 flex min-h-11 flex-wrap items-center justify-between gap-3 print:block print:min-h-0 print:break-after-avoid">
        <p role="status" aria-live="polite" className="font-semibold text-slate-900">
          {t('resultCount', { shown: areas.length, total })}
        </p>
        {isFiltered && areas.length > 0 ? (
          <form action={handleClear} className="contents">
            <button type="submit" className={buttonClass}>
              {t('clearFilters')}
            </button>
          </form>
        ) : null}
      </div>

      <div className="mt-4">
        {areas.length > 0 ? (
          <>
            <AreaGrid label={t('areaList')} areas={cards} />
            {areas.length > limit ? (
              <button
                type="button"
                className={`${buttonClass} mt-4`}
                onClick={() => setLimit(areas.length)}
              >
                {t('showMoreAreas', { count: areas.length - limit })}
              </button>
            ) : null}
          </>
        ) : (
          <div className="rounded-lg border border-dashed border-slate-500 p-6 text-center">
            <p className="text-lg text-slate-900">{t('emptyResult')}</p>
            <form action={handleClear}>
              <button type="submit" className={`${buttonClass} mt-3`}>
                {t('clearFilters')}
              </button>
            </form>
          </div>
        )}
      </div>

      <AreaDownloads
        title={t('downloadsTitle')}
        buttons={downloadButtons}
        statusText={downloadStatus}
        onDownload={(kind) => void downloads.download(kind)}
      />
    </Section>
  );
}
