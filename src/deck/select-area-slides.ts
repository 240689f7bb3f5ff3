import type { AreaView } from '../features/areas/area-selectors';
import { AREA_SERIES_ORDER, CHART_PALETTES } from '../features/areas/chart-palettes';
import { formatNumber } from '../i18n/intl-objects';
import { LIMITS, textUnits } from './deck-metrics';
import type { Locale } from '../i18n/locale';
import { noteFor, type Context } from './slide-context';
import type { Slide, SlideAreaItem, SlideBlock, SlideChartSeries } from './slide-types';
import { localize } from '../data/localize';

// The thematic areas: a chart by theme, the areas in columns by theme over as few slides as fit,
// and what is new in the featured plan.

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

/**
 * LIMITS.areasPerSlide counts French or English names; a language whose names run longer (German,
 * Russian: 30 % and more) weighs each area by as much more, so that its slides hold fewer.
 */
function lengthFactor({ plan, locale }: Context): number {
  const unitsIn = (language: Locale) =>
    plan.areas.reduce((sum, area) => sum + textUnits(localize(area.name, language)), 0);
  return Math.max(1, unitsIn(locale) / Math.max(unitsIn('fr'), unitsIn('en'), 1));
}

/** One column per theme; a theme with more areas than a slide holds continues in the next. */
function themeColumns(context: Context, areas: AreaView[]) {
  const { dataset, locale, t } = context;
  const perColumn = Math.max(1, Math.floor(LIMITS.areasPerSlide / lengthFactor(context)));
  return dataset.themes.flatMap((theme) => {
    const themeAreas = areas.filter((area) => area.themeId === theme.id);
    const columns = [];
    for (let start = 0; start < themeAreas.length; start += perColumn) {
      const slice = themeAreas.slice(start, start + perColumn);
      columns.push({
        heading:
          start === 0
            ? localize(theme.label, locale)
            : t('deckColumnContinued', { theme: localize(theme.label, locale) }),
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
  // The page's order (AREA_SERIES_ORDER): continuing, new, not documented; the legend follows it.
  const byKind = {
    continuing: { name: t('chartContinuing'), isNew: false },
    isNew: { name: t('chartNew'), isNew: true },
    unknown: { name: t('chartUnknown'), isNew: null },
  } as const;
  const series: SlideChartSeries[] = AREA_SERIES_ORDER.map((kind) => ({
    name: byKind[kind].name,
    color: palette[kind],
    values: themes.map((th) => count(th.id, byKind[kind].isNew)),
  })).filter((s) => s.values.some((value) => value > 0));
  return {
    kind: 'chart',
    caption: t('deckChartCaption', { plan: planLabel }),
    categories: themes.map((theme) => localize(theme.label, locale)),
    series,
  };
}

/** The chart, then the areas in columns by theme, a few themes a slide. */
export function areaSlides(context: Context, areas: AreaView[]): Slide[] {
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
  if (areas.length < LIMITS.minAreasForOwnSlide || columns.length < 2) {
    return [
      {
        id: 'chart',
        title: chartTitle,
        blocks: [chart, columnsBlock(columns)],
        notes: [...chartNotes, ...columnNotes(columns)],
      },
    ];
  }
  const longer = lengthFactor(context);
  const groups = balance(columns, (column) => column.items.length * longer);
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
    Math.ceil(items.length / LIMITS.themesPerSlide),
    Math.ceil(totalWeight / LIMITS.areasPerSlide),
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
      if (group.length > LIMITS.themesPerSlide) break;
      // A single theme heavier than a slide still gets its slide.
      if (groupWeight > LIMITS.areasPerSlide && group.length > 1) break;
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
        (current.length === LIMITS.themesPerSlide ||
          currentWeight + itemWeight > LIMITS.areasPerSlide)
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

export function newSlides(context: Context, areas: AreaView[]): Slide[] {
  const { t, planLabel, locale, isFiltered } = context;
  const newAreas = areas.filter((area) => area.isNew === true);
  if (newAreas.length === 0) return [];
  const continuing = areas.filter((area) => area.isNew === false).length;
  const number = (value: number) => formatNumber(value, locale);
  const shown =
    newAreas.length > LIMITS.newAreasListed ? LIMITS.newAreasListed - 1 : newAreas.length;
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
              label: t(isFiltered ? 'deckFigureNewShown' : 'deckFigureNew', {
                count: newAreas.length,
                plan: planLabel,
              }),
            },
            ...(continuing > 0
              ? [
                  {
                    value: number(continuing),
                    label: t(isFiltered ? 'deckFigureContinuingShown' : 'deckFigureContinuing', {
                      count: continuing,
                    }),
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
