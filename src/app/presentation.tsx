import { useCallback, useEffect, useRef } from 'react';
import { useDataset } from '../data/dataset-query';
import { selectFeaturedPlan, selectPlanLabel } from '../data/dataset-selectors';
import {
  selectAreaFilters,
  selectThemeCounts,
  selectVisibleAreas,
} from '../features/areas/area-selectors';
import { LazyAreasChart } from '../features/areas/lazy-areas-chart';
import { Deck, type DeckSlide } from '../features/briefing/deck';
import { selectPlanDetails, selectTimeline } from '../features/plans/plan-selectors';
import { formatPeriod } from '../features/plans/format-period';
import { formatQuoteVersionLabel, selectQuotes } from '../features/quotes/quote-selectors';
import { Quotation } from '../components/ui/quotation';
import { evidenceLabelKey } from '../i18n/evidence-label';
import { formatCountWord, formatList, formatPartialDate } from '../i18n/formatters';
import { useI18n } from '../i18n/use-i18n';
import { useUrlState } from '../url-state/use-url-state';

const SOURCES_PER_SLIDE = 3;

/** The slides, built from the dataset in the current language and under the current filters. */
export default function Presentation() {
  const dataset = useDataset();
  const { t, locale, pick } = useI18n();
  const [url, updateUrl] = useUrlState();
  const plan = selectFeaturedPlan(dataset);
  const planLabel = selectPlanLabel(plan) ?? plan.title[locale];
  const filters = selectAreaFilters(dataset, url);
  const { areas } = selectVisibleAreas(dataset, filters, locale);
  const details = selectPlanDetails(dataset, plan.id, locale);
  const themeCounts = selectThemeCounts(
    dataset,
    { themes: [], q: '', newOnly: false },
    locale,
  ).filter((count) => filters.themes.length === 0 || filters.themes.includes(count.themeId));
  const newTotal = plan.areas.filter((area) => area.isNew === true).length;

  const slides: DeckSlide[] = [
    {
      id: 'title',
      title: pick(dataset.title),
      content: (
        <div className="flex flex-1 flex-col justify-center gap-[3vh]">
          <p className="text-[1.5em] font-semibold text-blue-950">{plan.title[locale]}</p>
          <p className="max-w-[60ch] text-[1.1em]">{pick(dataset.summary)}</p>
          {details ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-[2vw] gap-y-[1vh]">
              <dt className="font-semibold">{t('signedAt')}</dt>
              <dd>{details.place ?? t('notDocumented')}</dd>
              <dt className="font-semibold">{t('announcedOn')}</dt>
              <dd>
                {details.announcedOn
                  ? formatPartialDate(details.announcedOn, locale)
                  : t('notDocumented')}
              </dd>
              <dt className="font-semibold">{t('signatories')}</dt>
              <dd>
                {details.signatories.length > 0
                  ? formatList(details.signatories, locale)
                  : t('notDocumented')}
              </dd>
            </dl>
          ) : null}
        </div>
      ),
    },
    {
      id: 'timeline',
      title: t('timelineTitle', {
        count: dataset.plans.length,
        countWord: formatCountWord(dataset.plans.length, locale),
      }),
      content: (
        <ol className="grid flex-1 auto-rows-fr grid-cols-2 gap-[2vh] lg:grid-cols-4">
          {selectTimeline(dataset, plan.id, locale).map((summary) => (
            <li
              key={summary.id}
              className={`flex flex-col justify-center gap-[1vh] rounded-lg border-[3px] p-[2vh] ${summary.isSelected ? 'border-blue-950 bg-blue-50' : 'border-slate-500'}`}
            >
              <span className="font-semibold uppercase">
                {t('planNumber', { number: summary.number })}
              </span>
              <span className="text-[1.4em] font-bold text-blue-950">
                {formatPeriod(summary, t)}
              </span>
              <span>{summary.title}</span>
              <span className="text-[0.9em]">
                {t('evidenceWithLevel', { level: t(evidenceLabelKey[summary.periodEvidence]) })}
              </span>
            </li>
          ))}
        </ol>
      ),
    },
    {
      id: 'chart',
      title: t('areasTitle', { plan: planLabel }),
      content: (
        <div className="flex min-h-0 flex-1 flex-col">
          <p className="text-[1.1em]">
            {t('presentAreasSummary', { count: plan.areas.length, new: newTotal })}
          </p>
          <div aria-hidden="true" className="mt-[2vh] min-h-0 flex-1">
            <LazyAreasChart
              size="projector"
              data={themeCounts.map((count) => ({ ...count, isSelected: false }))}
              newLabel={t('chartNew')}
              continuingLabel={t('chartContinuing')}
              unknownLabel={t('chartUnknown')}
              onSelectTheme={() => {}}
              loadingLabel={t('chartLoading')}
              noScriptLabel={t('chartNeedsScript')}
              errorLabel={t('errorChartTitle')}
              retryLabel={t('retry')}
            />
          </div>
          <ul className="sr-only">
            {themeCounts.map((count) => (
              <li key={count.themeId}>
                {count.label}:{' '}
                {t('presentAreasSummary', { count: count.total, new: count.newCount })}
              </li>
            ))}
          </ul>
        </div>
      ),
    },
    ...themeCounts
      .map((count) => ({
        count,
        themeAreas: areas.filter((area) => area.themeId === count.themeId),
      }))
      .filter(({ themeAreas }) => themeAreas.length > 0)
      .map(({ count, themeAreas }) => ({
        id: `theme-${count.themeId}`,
        title: t('presentThemeSlide', { theme: count.label }),
        content: (
          <ul className="flex flex-1 flex-col justify-center gap-[2.5vh]">
            {themeAreas.map((area) => (
              <li key={area.id} className="flex flex-wrap items-baseline gap-x-[1vw] text-[1.2em]">
                <span className="font-semibold">{area.name}</span>
                {area.isNew ? (
                  <span className="rounded border-2 border-amber-800 bg-amber-100 px-2 text-[0.75em] font-semibold text-amber-950">
                    {t('isNew', { plan: planLabel })}
                  </span>
                ) : null}
                {area.evidenceLevel === 'inferred' ? (
                  <span className="rounded border-2 border-sky-800 px-2 text-[0.75em] text-sky-950">
                    {t('evidenceInferred')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ),
      })),
    ...selectQuotes(dataset, locale).map((quote) => {
      const version = quote.versions[0]!;
      return {
        id: `quote-${quote.id}`,
        title: quote.personName,
        content: (
          <figure className="flex flex-1 flex-col justify-center gap-[3vh]">
            <blockquote
              lang={version.language}
              className="border-l-[6px] border-blue-950 pl-[2vw] text-[1.25em] leading-snug"
            >
              <Quotation
                language={version.language}
                parts={version.parts}
                between={version.between}
                betweenClassName="text-[0.8em] text-slate-800"
              />
            </blockquote>
            <figcaption>
              <span className="font-semibold">{quote.personName}</span>, {quote.role}
              <span className="block text-[0.9em]">
                {t('quoteDate', { date: formatPartialDate(quote.date, locale) })} ·{' '}
                {formatQuoteVersionLabel(version, t, locale)}
              </span>
            </figcaption>
          </figure>
        ),
      };
    }),
    ...chunk(dataset.sources, SOURCES_PER_SLIDE).map((sources, part, parts) => ({
      id: `sources-${part + 1}`,
      title:
        parts.length === 1
          ? t('presentSourcesSlide')
          : t('presentSourcesSlidePart', { part: part + 1, parts: parts.length }),
      content: (
        <ul className="flex flex-1 flex-col justify-center gap-[3vh]">
          {sources.map((source) => (
            <li key={source.id}>
              <p lang={source.language} className="font-semibold">
                {source.title}
              </p>
              <p>
                {source.publisher} · {formatPartialDate(source.date, locale)}
              </p>
              <p className="break-all text-[0.9em] text-blue-950">{source.url}</p>
            </li>
          ))}
        </ul>
      ),
    })),
  ];

  const total = slides.length;
  const index = Math.min(url.slide, total) - 1;
  const enteredFullscreen = useRef(false);

  const handleIndexChange = useCallback(
    (next: number) => updateUrl({ slide: next + 1 }, { replace: true }),
    [updateUrl],
  );
  const handleExit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    updateUrl({ mode: 'dashboard', slide: 1 });
  }, [updateUrl]);

  useEffect(() => {
    // Esc in full screen is taken by the browser to leave full screen: leave the deck with it.
    const handleChange = () => {
      if (document.fullscreenElement) enteredFullscreen.current = true;
      else if (enteredFullscreen.current) updateUrl({ mode: 'dashboard', slide: 1 });
    };
    document.addEventListener('fullscreenchange', handleChange);
    return () => document.removeEventListener('fullscreenchange', handleChange);
  }, [updateUrl]);

  return (
    <Deck
      title={pick(dataset.title)}
      slides={slides}
      index={index}
      labels={{
        previous: t('presentPrevious'),
        next: t('presentNext'),
        exit: t('presentExit'),
        progress: t('presentProgress', { current: index + 1, total }),
        deck: t('presentDeck'),
      }}
      onIndexChange={handleIndexChange}
      onExit={handleExit}
    />
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
