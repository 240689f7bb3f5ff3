import type { Dataset, Evidence, Plan } from '../data/dataset-schema';
import { selectFeaturedPlan, selectPlanLabel } from '../data/dataset-selectors';
import {
  hasActiveFilters,
  selectAreaFilters,
  selectVisibleAreas,
  type AreaView,
} from '../features/areas/area-selectors';
import { CHART_PALETTES } from '../features/areas/chart-palettes';
import { exportFileName } from '../features/areas/export-areas';
import type {
  Slide,
  SlideAreaItem,
  SlideBlock,
  SlideChartSeries,
  SlideDeck,
  SlideTimelineMilestone,
  SlideTimelinePlan,
} from './slide-types';
import { formatPeriod } from '../features/plans/format-period';
import { milestoneLetter } from '../features/plans/plan-selectors';
import { selectTimelineScale } from '../features/plans/timeline-scale';
import { formatQuoteVersionLabel, selectQuotes } from '../features/quotes/quote-selectors';
import { evidenceLabelKey } from '../i18n/evidence-label';
import { formatCountWord, formatList, formatPartialDate } from '../i18n/formatters';
import { formatNumber } from '../i18n/intl-objects';
import { languageNameKey } from '../i18n/language-name';
import type { Locale } from '../i18n/locale';
import { withDeckMessages, type DeckTranslate } from './deck-i18n';
import type { I18n } from '../i18n/use-i18n';
import type { UrlState } from '../url-state/url-state';

/** The page's messages and the deck's own (src/i18n/deck-i18n.ts). */
type T = DeckTranslate;

// How the areas are laid out: columns by theme, a few themes a slide. At 3.5 % of the stage
// height a slide holds about three columns of area names, eight names in all.
const MAX_THEMES_PER_SLIDE = 3;
const MAX_AREAS_PER_SLIDE = 8;
/** Fewer areas than this are listed beside the chart rather than on a slide of their own. */
const MIN_AREAS_FOR_OWN_SLIDE = 4;
// Three sources a slide keep their titles and addresses at readable sizes (3.5 % and 2.8 %).
const MAX_SOURCES_PER_SLIDE = 3;
const MAX_NEW_AREAS_LISTED = 6;
// The milestones' dated list, in characters a slide: at 3.5 % of the stage height (and 20 pt in
// PowerPoint) a slide holds about this much text with its bullets' spacing.
const MAX_MILESTONE_CHARS_PER_SLIDE = 500;

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
  const planLabel = selectPlanLabel(plan) ?? plan.title[locale];
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
    title: dataset.title[locale],
    subtitle: t('deckSubtitle', { plan: planLabel, view }),
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

interface Context {
  dataset: Dataset;
  plan: Plan;
  planLabel: string;
  locale: Locale;
  t: T;
  cite: Citer;
  /** The filters in words, or "all thematic areas". */
  view: string;
  isFiltered: boolean;
}

interface Citer {
  /** "[1] « Title », Publisher, 31 janvier 2018" for each id, in the order given. */
  (sourceIds: readonly string[]): string[];
  numberOf: (sourceId: string) => number;
}

function createCiter(dataset: Dataset, locale: Locale, t: T): Citer {
  const numbers = new Map(dataset.sources.map((source, index) => [source.id, index + 1]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const cite = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      return [
        t('deckNoteCite', {
          number: numbers.get(id) ?? 0,
          title: source.title,
          publisher: source.publisher,
          date: formatPartialDate(source.date, locale),
        }),
      ];
    });
  return Object.assign(cite, { numberOf: (id: string) => numbers.get(id) ?? 0 });
}

/**
 * One paragraph of speaker notes for one fact: its evidence level, how it was inferred (or what
 * the dataset adds), and its sources by number, title, publisher and date.
 */
function noteFor(context: Context, fact: string, evidence: Evidence): string {
  const { t, locale, cite } = context;
  const note = evidence.note?.[locale] ?? null;
  // A fact written as a sentence loses its full stop before " : indiqué par la source."
  const factText = fact.replace(/\.\s*$/, '');
  const sentences: string[] = [];
  if (evidence.level === 'stated') sentences.push(t('deckNoteStated', { fact: factText }));
  else if (evidence.level === 'inferred') {
    sentences.push(t('deckNoteInferred', { fact: factText }));
    sentences.push(note === null ? t('deckNoteNoHow') : t('deckNoteHow', { note }));
  } else sentences.push(t('deckNoteUnknown', { fact: factText }));
  if (note !== null && evidence.level !== 'inferred') sentences.push(t('deckNoteDetail', { note }));
  const sources = cite(evidence.sourceIds);
  if (sources.length > 0) {
    sentences.push(
      t('deckNoteSources', { count: sources.length, sources: formatList(sources, locale) }),
    );
  } else if (evidence.level !== 'unknown') sentences.push(t('deckNoteNoSource'));
  return sentences.join(' ');
}

function describeView(
  dataset: Dataset,
  url: UrlState,
  locale: Locale,
  t: T,
  isFiltered: boolean,
): string {
  if (!isFiltered) return t('deckViewAll');
  const themes = dataset.themes
    .filter((theme) => url.themes.includes(theme.id))
    .map((theme) => theme.label[locale]);
  const query = url.q.trim();
  const parts = [
    ...(themes.length > 0 ? [t('printThemes', { themes: formatList(themes, locale) })] : []),
    ...(query !== '' ? [t('printSearch', { query })] : []),
    ...(url.newOnly ? [t('deckViewNewOnly')] : []),
  ];
  return formatList(parts, locale);
}

function sortedPlans(dataset: Dataset): Plan[] {
  return [...dataset.plans].sort((a, b) => a.number - b.number);
}

function signatoryNames(dataset: Dataset, plan: Plan, locale: Locale): string[] {
  return plan.signing.signatoryIds.flatMap((id) => {
    const person = dataset.people.find((p) => p.id === id);
    return person ? [`${person.name} (${person.role[locale]})`] : [];
  });
}

function titleSlide(context: Context, areas: AreaView[], total: number): Slide {
  const { dataset, plan, planLabel, locale, t, isFiltered } = context;
  const plans = sortedPlans(dataset);
  const firstYear = Math.min(
    ...plans.flatMap((p) => (p.period.startYear === null ? [] : [p.period.startYear])),
  );
  const hasFirstYear = Number.isFinite(firstYear);
  const firstPlan = plans.find((p) => p.period.startYear === firstYear);
  const number = (value: number) => formatNumber(value, locale);
  const areaCount = total > 0 ? total : (plan.areaCount ?? 0);
  const newCount =
    total > 0 ? plan.areas.filter((area) => area.isNew === true).length : plan.newAreaCount;

  const figures = [
    {
      value: number(plans.length),
      label: hasFirstYear
        ? t('deckFigurePlans', { count: plans.length, year: String(firstYear) })
        : t('deckFigurePlansUndated', { count: plans.length }),
    },
    isFiltered
      ? {
          value: number(areas.length),
          label: t('deckFigureAreasShown', { count: areas.length, total: number(areaCount) }),
        }
      : {
          value: number(areaCount),
          label: t('deckFigureAreas', { count: areaCount, plan: planLabel }),
        },
    ...(newCount === null
      ? []
      : [
          {
            value: number(newCount),
            label: t('deckFigureNew', { count: newCount, plan: planLabel }),
          },
        ]),
  ];

  const unknown = t('deckSigningUnknown');
  const place = plan.signing.place?.[locale] ?? unknown;
  const date = plan.signing.announcedOn
    ? formatPartialDate(plan.signing.announcedOn, locale)
    : unknown;
  const names = signatoryNames(dataset, plan, locale);
  const namesText = names.length > 0 ? formatList(names, locale) : unknown;

  const blocks: SlideBlock[] = [
    { kind: 'text', text: plan.title[locale] },
    { kind: 'figures', figures },
    {
      kind: 'bullets',
      items: [
        t('deckSigningPlace', { place }),
        t('deckSigningDate', { date }),
        t('deckSigningBy', { names: namesText }),
      ],
    },
  ];

  const stated = plan.areas.filter((area) => area.evidence.level === 'stated').length;
  const inferred = plan.areas.filter((area) => area.evidence.level === 'inferred').length;
  const notes = [
    t('deckNoteView', { view: context.view }),
    t('deckNotePlanCount', { count: plans.length }),
    ...(firstPlan
      ? [
          noteFor(
            context,
            t('deckNoteFirstPlan', { year: String(firstYear) }),
            firstPlan.period.evidence,
          ),
        ]
      : []),
    ...(plan.areas.length > 0
      ? [
          t('deckNoteAreaTally', {
            count: plan.areas.length,
            stated,
            inferred,
            unknown: plan.areas.length - stated - inferred,
          }),
        ]
      : []),
    noteFor(
      context,
      t('deckNoteSigning', { place, date, names: namesText }),
      plan.signing.evidence,
    ),
  ];
  return { id: 'title', title: dataset.title[locale], blocks, notes };
}

function timelineSlides(context: Context): Slide[] {
  const { dataset, t, locale } = context;
  const plans = sortedPlans(dataset);
  const milestones = dataset.milestones ?? [];
  // The page's scale (features/plans): the same years, spans and milestone places everywhere.
  const scale = selectTimelineScale(plans, milestones);
  const scaled = new Map(scale.plans.map((plan) => [plan.id, plan]));
  const axisSpan = scale.lastYear + 1 - scale.firstYear;
  const timelinePlans: SlideTimelinePlan[] = plans.map((plan) => {
    const { startYear, endYear } = plan.period;
    const mark = scaled.get(plan.id);
    return {
      id: plan.id,
      number: plan.number,
      periodLabel: formatPeriod({ startYear, endYear }, t),
      title: plan.title[locale],
      evidence: plan.period.evidence.level,
      evidenceLabel: t(evidenceLabelKey[plan.period.evidence.level]),
      startYear,
      endYear,
      isFeatured: plan.id === dataset.featuredPlanId,
      ...(mark ? { span: { from: mark.fromYear, to: mark.toYear + 1 } } : {}),
    };
  });
  const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const timelineMilestones: SlideTimelineMilestone[] = scale.milestones.flatMap((mark, index) => {
    const milestone = byId.get(mark.id);
    if (!milestone) return [];
    return [
      {
        id: mark.id,
        letter: milestoneLetter(index),
        year: scale.firstYear + mark.at * axisSpan,
        dateLabel: formatPartialDate(mark.date, locale),
        label: milestone.text[locale],
        evidence: mark.evidence,
        evidenceLabel: t(evidenceLabelKey[mark.evidence]),
      },
    ];
  });
  // Milestones alone do not make an axis for plans no source dates: those are listed instead.
  const hasYears = plans.some(
    (plan) => plan.period.startYear !== null || plan.period.endYear !== null,
  );
  const notes = [
    ...plans.map((plan) =>
      noteFor(
        context,
        t('deckNotePlan', {
          number: plan.number,
          period: formatPeriod(plan.period, t),
        }),
        plan.period.evidence,
      ),
    ),
    ...milestoneNotes(context, timelineMilestones),
  ];
  const title = t('timelineTitle', {
    count: plans.length,
    countWord: formatCountWord(plans.length, locale),
  });
  const blocks: SlideBlock[] = hasYears
    ? [
        {
          kind: 'timeline',
          plans: timelinePlans,
          minYear: scale.firstYear,
          maxYear: scale.lastYear,
          legend: [
            ...timelineLegend(timelinePlans, t),
            ...(timelineMilestones.length > 0
              ? [{ kind: 'milestone' as const, label: t('legendMilestone') }]
              : []),
          ],
          ...(timelineMilestones.length > 0 ? { milestones: timelineMilestones } : {}),
        },
      ]
    : [
        // No plan has a year a source documents: a list says so without drawing a made-up axis.
        {
          kind: 'bullets',
          items: timelinePlans.map((p) =>
            t('printPlanName', { number: p.number, period: p.periodLabel, title: p.title }),
          ),
        },
      ];
  const slides: Slide[] = [{ id: 'timeline', title, blocks, notes }];
  // The axis has room for the milestones' letters only: their dated list is a slide of its own,
  // which keeps every line at 3.5 % of the stage height.
  const groups = splitByLength(
    timelineMilestones.map((m) => ({
      milestone: m,
      item: t('deckMilestoneItem', {
        letter: m.letter,
        date: m.dateLabel,
        text: m.label,
        evidence: m.evidenceLabel,
      }),
    })),
    (entry) => entry.item.length,
    MAX_MILESTONE_CHARS_PER_SLIDE,
  );
  groups.forEach((group, index) => {
    slides.push({
      id: groups.length === 1 ? 'milestones' : `milestones-${index + 1}`,
      title:
        groups.length === 1
          ? t('deckMilestonesTitle')
          : t('deckMilestonesTitlePart', { part: index + 1, parts: groups.length }),
      blocks: [{ kind: 'bullets', items: group.map((entry) => entry.item) }],
      notes: milestoneNotes(
        context,
        group.map((entry) => entry.milestone),
      ),
    });
  });
  return slides;
}

/**
 * Splits items, in order, over as few groups as a length budget allows, as evenly as the order
 * permits (an item longer than the budget gets a group of its own).
 */
function splitByLength<T>(items: readonly T[], length: (item: T) => number, budget: number): T[][] {
  const total = items.reduce((sum, item) => sum + length(item), 0);
  const target = total / Math.max(1, Math.ceil(total / budget));
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = length(item);
    if (current.length > 0 && (used + size > budget || used >= target)) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One note a milestone: its letter, date and text, its evidence and its sources. */
function milestoneNotes(context: Context, milestones: readonly SlideTimelineMilestone[]): string[] {
  const { dataset, t } = context;
  const byId = new Map((dataset.milestones ?? []).map((m) => [m.id, m]));
  return milestones.flatMap((m) => {
    const milestone = byId.get(m.id);
    if (!milestone) return [];
    return [
      noteFor(
        context,
        t('deckNoteMilestone', { letter: m.letter, date: m.dateLabel, text: m.label }),
        milestone.evidence,
      ),
    ];
  });
}

function timelineLegend(plans: readonly SlideTimelinePlan[], t: T) {
  const labels = {
    stated: t('deckLegendStated'),
    inferred: t('deckLegendInferred'),
    unknown: t('deckLegendUnknown'),
    'open-end': t('deckLegendOpenEnd'),
  } as const;
  const drawn = plans.filter((plan) => plan.span);
  return (['stated', 'inferred', 'unknown', 'open-end'] as const)
    .filter((kind) =>
      kind === 'open-end'
        ? drawn.some((plan) => plan.startYear !== null && plan.endYear === null)
        : drawn.some((plan) => plan.evidence === kind),
    )
    .map((kind) => ({ kind, label: labels[kind] }));
}

function areaItem(context: Context, area: AreaView): SlideAreaItem {
  const { t, planLabel } = context;
  const tags = [
    ...(area.isNew === true ? [t('isNew', { plan: planLabel })] : []),
    ...(area.isNew === null ? [t('newnessUnknown')] : []),
    ...(area.evidenceLevel === 'inferred' ? [t('evidenceInferred')] : []),
    ...(area.evidenceLevel === 'unknown' ? [t('evidenceUnknown')] : []),
  ];
  return { text: area.name, isNew: area.isNew === true, evidence: area.evidenceLevel, tags };
}

function areaNote(context: Context, area: AreaView): string {
  const { t, plan, planLabel } = context;
  const source = plan.areas.find((a) => a.id === area.id);
  const fact =
    area.isNew === true
      ? t('deckNoteAreaNew', { area: area.name, plan: planLabel })
      : t('deckNoteArea', { area: area.name });
  return source ? noteFor(context, fact, source.evidence) : fact;
}

/** One column per theme; a theme with more areas than a slide holds continues in the next. */
function themeColumns(context: Context, areas: AreaView[]) {
  const { dataset, locale, t } = context;
  return dataset.themes.flatMap((theme) => {
    const themeAreas = areas.filter((area) => area.themeId === theme.id);
    const columns = [];
    for (let start = 0; start < themeAreas.length; start += MAX_AREAS_PER_SLIDE) {
      const slice = themeAreas.slice(start, start + MAX_AREAS_PER_SLIDE);
      columns.push({
        heading:
          start === 0
            ? theme.label[locale]
            : t('deckColumnContinued', { theme: theme.label[locale] }),
        areas: slice,
        items: slice.map((area) => areaItem(context, area)),
      });
    }
    return columns;
  });
}

function chartBlock(context: Context, areas: AreaView[]): SlideBlock {
  const { dataset, locale, t, planLabel } = context;
  const palette = CHART_PALETTES.light;
  const themes = dataset.themes.filter((theme) => areas.some((area) => area.themeId === theme.id));
  const count = (themeId: string, isNew: boolean | null) =>
    areas.filter((area) => area.themeId === themeId && area.isNew === isNew).length;
  const series: SlideChartSeries[] = [
    { name: t('chartNew'), color: palette.isNew, values: themes.map((th) => count(th.id, true)) },
    {
      name: t('chartContinuing'),
      color: palette.continuing,
      values: themes.map((th) => count(th.id, false)),
    },
    {
      name: t('chartUnknown'),
      color: palette.unknown,
      values: themes.map((th) => count(th.id, null)),
    },
  ].filter((s) => s.values.some((value) => value > 0));
  return {
    kind: 'chart',
    caption: t('deckChartCaption', { plan: planLabel }),
    categories: themes.map((theme) => theme.label[locale]),
    series,
  };
}

/** The chart, then the areas in columns by theme, a few themes a slide. */
function areaSlides(context: Context, areas: AreaView[]): Slide[] {
  const { t, planLabel, view } = context;
  const chartTitle = t('areasTitle', { plan: planLabel });
  if (areas.length === 0) {
    return [
      {
        id: 'chart',
        title: chartTitle,
        blocks: [{ kind: 'text', text: t('deckNoAreas', { view }) }],
        notes: [t('deckNoteView', { view })],
      },
    ];
  }
  const columns = themeColumns(context, areas);
  const chart = chartBlock(context, areas);
  const chartNotes = [
    t('deckNoteView', { view }),
    ...columns.map((column) =>
      t('deckNoteThemeCount', {
        theme: column.heading,
        count: column.items.length,
        new: column.items.filter((item) => item.isNew).length,
      }),
    ),
  ];
  const columnsBlock = (group: typeof columns): SlideBlock => ({
    kind: 'columns',
    columns: group.map(({ heading, items }) => ({ heading, items })),
  });
  const columnNotes = (group: typeof columns) =>
    group.flatMap((column) => column.areas.map((area) => areaNote(context, area)));

  // A handful of areas, or a single theme (a chart of one bar), would make a near-empty slide:
  // list the areas beside the chart instead.
  if (areas.length < MIN_AREAS_FOR_OWN_SLIDE || columns.length < 2) {
    return [
      {
        id: 'chart',
        title: chartTitle,
        blocks: [chart, columnsBlock(columns)],
        notes: [...chartNotes, ...columnNotes(columns)],
      },
    ];
  }
  const groups = balance(columns, (column) => column.items.length);
  return [
    { id: 'chart', title: chartTitle, blocks: [chart], notes: chartNotes },
    ...groups.map((group, index) => ({
      id: `areas-${index + 1}`,
      title:
        groups.length === 1
          ? t('deckAreasTitle')
          : t('deckAreasTitlePart', { part: index + 1, parts: groups.length }),
      blocks: [columnsBlock(group)],
      notes: columnNotes(group),
    })),
  ];
}

/**
 * Splits the themes, in order, over as few slides as the limits allow, with as even a share of
 * areas on each as the order permits (so no slide is left with one line).
 */
function balance<T>(items: readonly T[], weight: (item: T) => number): T[][] {
  const totalWeight = items.reduce((sum, item) => sum + weight(item), 0);
  const slideCount = Math.max(
    Math.ceil(items.length / MAX_THEMES_PER_SLIDE),
    Math.ceil(totalWeight / MAX_AREAS_PER_SLIDE),
    1,
  );
  for (let count = slideCount; count <= items.length; count += 1) {
    const groups = bestSplit(items, weight, count);
    if (groups) return groups;
  }
  return items.map((item) => [item]);
}

/** The split into `count` ordered groups, within the limits, whose areas are most evenly shared. */
function bestSplit<T>(
  items: readonly T[],
  weight: (item: T) => number,
  count: number,
): T[][] | null {
  let best: { groups: T[][]; score: number } | null = null;
  const search = (start: number, left: number, groups: T[][]) => {
    if (left === 0) {
      if (start !== items.length) return;
      const weights = groups.map((group) => group.reduce((sum, item) => sum + weight(item), 0));
      const score = Math.max(...weights) - Math.min(...weights);
      if (!best || score < best.score) best = { groups: groups.map((g) => [...g]), score };
      return;
    }
    for (let end = start + 1; end <= items.length - (left - 1); end += 1) {
      const group = items.slice(start, end);
      const groupWeight = group.reduce((sum, item) => sum + weight(item), 0);
      if (group.length > MAX_THEMES_PER_SLIDE) break;
      // A single theme heavier than a slide still gets its slide.
      if (groupWeight > MAX_AREAS_PER_SLIDE && group.length > 1) break;
      search(end, left - 1, [...groups, group]);
    }
  };
  if (items.length <= 12) search(0, count, []);
  else {
    // Too many themes to search: fill slides in order, within both limits.
    const groups: T[][] = [];
    let current: T[] = [];
    let currentWeight = 0;
    for (const item of items) {
      const itemWeight = weight(item);
      if (
        current.length > 0 &&
        (current.length === MAX_THEMES_PER_SLIDE ||
          currentWeight + itemWeight > MAX_AREAS_PER_SLIDE)
      ) {
        groups.push(current);
        current = [];
        currentWeight = 0;
      }
      current.push(item);
      currentWeight += itemWeight;
    }
    if (current.length > 0) groups.push(current);
    return groups;
  }
  return (best as { groups: T[][] } | null)?.groups ?? null;
}

function newSlides(context: Context, areas: AreaView[]): Slide[] {
  const { t, planLabel, locale } = context;
  const newAreas = areas.filter((area) => area.isNew === true);
  if (newAreas.length === 0) return [];
  const continuing = areas.filter((area) => area.isNew === false).length;
  const number = (value: number) => formatNumber(value, locale);
  // Below two figures, a slide holds about six lines of body text.
  const shown = newAreas.length > MAX_NEW_AREAS_LISTED ? MAX_NEW_AREAS_LISTED - 1 : newAreas.length;
  return [
    {
      id: 'new',
      title: t('deckNewTitle', { plan: planLabel }),
      blocks: [
        {
          kind: 'figures',
          figures: [
            {
              value: number(newAreas.length),
              label: t('deckFigureNew', { count: newAreas.length, plan: planLabel }),
            },
            ...(continuing > 0
              ? [
                  {
                    value: number(continuing),
                    label: t('deckFigureContinuing', { count: continuing }),
                  },
                ]
              : []),
          ],
        },
        {
          kind: 'bullets',
          items: [
            ...newAreas
              .slice(0, shown)
              .map((area) => t('deckNewArea', { area: area.name, theme: area.themeLabel })),
            ...(newAreas.length > shown
              ? [t('deckNewMore', { count: newAreas.length - shown })]
              : []),
          ],
        },
      ],
      notes: [
        t('deckNoteView', { view: context.view }),
        ...newAreas.map((a) => areaNote(context, a)),
      ],
    },
  ];
}

function factSlides(context: Context): Slide[] {
  const { plan, t, planLabel, locale } = context;
  if (plan.facts.length === 0) return [];
  return [
    {
      id: 'facts',
      title: t('deckFactsTitle', { plan: planLabel }),
      blocks: [{ kind: 'bullets', items: plan.facts.map((fact) => fact.text[locale]) }],
      notes: plan.facts.map((fact) => noteFor(context, fact.text[locale], fact.evidence)),
    },
  ];
}

function quoteSlides(context: Context): Slide[] {
  const { dataset, locale, t, cite } = context;
  return selectQuotes(dataset, locale).flatMap((quote) => {
    const [version, ...others] = quote.versions;
    if (!version) return [];
    const versionLabel = formatQuoteVersionLabel(version, t, locale);
    const date = formatPartialDate(quote.date, locale);
    const notes = [
      t('deckNoteQuote', { person: quote.personName, role: quote.role, date }),
      ...(version.source
        ? [
            t('deckNoteSources', {
              count: 1,
              sources: cite([version.source.id]).join(''),
            }),
          ]
        : [t('deckNoteNoSource')]),
      ...others.flatMap((other) =>
        other.source
          ? [
              t('deckNoteQuoteOther', {
                language: t(languageNameKey[other.language]),
                source: cite([other.source.id]).join(''),
              }),
            ]
          : [],
      ),
    ];
    return [
      {
        id: `quote-${quote.id}`,
        title: quote.personName,
        blocks: [
          {
            kind: 'quotation' as const,
            language: version.language,
            parts: version.parts,
            between: version.between,
            person: quote.personName,
            role: quote.role,
            versionLabel,
          },
        ],
        notes,
      },
    ];
  });
}

function sourceSlides(context: Context): Slide[] {
  const { dataset, locale, t, cite } = context;
  const items = dataset.sources.map((source) => ({
    number: cite.numberOf(source.id),
    title: source.title,
    language: source.language,
    publisher: source.publisher,
    date: formatPartialDate(source.date, locale),
    url: source.url,
  }));
  const parts: (typeof items)[] = [];
  const partCount = Math.max(1, Math.ceil(items.length / MAX_SOURCES_PER_SLIDE));
  const perPart = Math.ceil(items.length / partCount);
  for (let i = 0; i < items.length; i += perPart) parts.push(items.slice(i, i + perPart));
  if (parts.length === 0) return [];
  return parts.map((part, index) => ({
    id: parts.length === 1 ? 'sources' : `sources-${index + 1}`,
    title:
      parts.length === 1
        ? t('presentSourcesSlide')
        : t('presentSourcesSlidePart', { part: index + 1, parts: parts.length }),
    blocks: [{ kind: 'sources', items: part }],
    notes: [
      t('deckNoteSourcesIntro'),
      ...part.flatMap((item) => {
        const source = dataset.sources.find((s) => cite.numberOf(s.id) === item.number);
        return [source?.dateNote, source?.note].flatMap((note) =>
          note ? [t('deckNoteSourceDate', { number: item.number, note: note[locale] })] : [],
        );
      }),
    ],
  }));
}
