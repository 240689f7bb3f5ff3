import type { AreaView } from '../features/areas/area-selectors';
import { AREA_SERIES_ORDER, CHART_PALETTES } from '../features/areas/chart-palettes';
import { formatNumber } from '../i18n/intl-objects';
import {
  CONTENT_WIDTH,
  LEADING,
  LIMITS,
  SPACE,
  TYPE,
  columnWidth,
  roomUnderTitle,
  screenLines,
} from './deck-metrics';
import { noteFor, type Context } from './slide-context';
import type {
  Slide,
  SlideAreaItem,
  SlideAreaSection,
  SlideBlock,
  SlideChartSeries,
} from './slide-types';
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

// A columns slide as slide-view.tsx draws it (deck-metrics.ts), in % of the stage's height: each
// column's parts, so that the selector can tell, before anything is drawn, whether a column runs
// past the foot of its slide in the slide's language.
const COLUMN = {
  headingChrome: SPACE.headingRule + SPACE.headingPadding + SPACE.underHeading,
  headingLine: TYPE.columnHeading * LEADING.columnHeading,
  itemLine: TYPE.body * LEADING.areaName,
  /** A row of tags: its margin above, its line and its border. */
  tagRow: SPACE.tagMargin + TYPE.label * LEADING.tag + 2 * SPACE.tagBorder,
} as const;

/**
 * How tall a column may be under a columns slide's title (its title as long as a part's): the
 * room less a line, as the estimate, right within a line on Chromium's Noto Sans, is a line short
 * where a word just fits or just does not (a German name wraps at 26 letters, a French one not).
 */
function columnRoom({ t }: Context): number {
  const title = t('deckAreasTitlePart', { part: 10, parts: 10 });
  return roomUnderTitle(screenLines(title, 'title', CONTENT_WIDTH, true)) - COLUMN.itemLine;
}

/** An area's estimated height in a column of a slide of `count` columns: its name and tags. */
function itemHeight(item: SlideAreaItem, count: number): number {
  const width = columnWidth(count);
  return (
    screenLines(item.text, 'body', width, item.isNew) * COLUMN.itemLine +
    (item.tags.length > 0
      ? screenLines(item.tags.join(' \u00a0 '), 'label', width) * COLUMN.tagRow
      : 0)
  );
}

// An area's height is asked for again and again as the themes are split and grouped (2,000 areas
// a deck in the large dataset's test): kept by item and column count while the item lives.
const itemHeights = new WeakMap<SlideAreaItem, number[]>();

/** A section's estimated height on a slide of `count` columns: its heading, names and tags. */
function sectionHeight(section: SlideAreaSection, count: number): number {
  const width = columnWidth(count);
  let items = 0;
  for (const item of section.items) {
    const known = itemHeights.get(item) ?? [];
    itemHeights.set(item, known);
    items += known[count] ??= itemHeight(item, count);
  }
  return (
    COLUMN.headingChrome +
    screenLines(section.heading, 'columnHeading', width, true) * COLUMN.headingLine +
    items +
    SPACE.areaGap * Math.max(0, section.items.length - 1)
  );
}

/** A column's estimated height on a slide of `count` columns: its sections, one under another. */
function columnHeight(column: readonly SlideAreaSection[], count: number): number {
  return column.reduce(
    (sum, section, index) =>
      sum + (index > 0 ? SPACE.sectionGap : 0) + sectionHeight(section, count),
    0,
  );
}

/**
 * A slide's sections in columns that fit under its title, or null: each in a column of its own
 * if they fit so; else in fewer, wider columns, some stacked (a long theme beside two short ones,
 * as German's crime beside terrorism and corruption), in order and as even as can be. Never in
 * one column, which would leave half the slide empty.
 */
function layoutColumns<S extends SlideAreaSection>(
  sections: readonly S[],
  room: number,
): S[][] | null {
  if (sections.length === 1) return [[...sections]];
  for (let count = Math.min(sections.length, LIMITS.columnsPerRow); count >= 2; count -= 1) {
    let best: { columns: S[][]; tallest: number } | null = null;
    for (const columns of orderedSplits(sections, count)) {
      const tallest = Math.max(...columns.map((column) => columnHeight(column, count)));
      if (tallest <= room && (!best || tallest < best.tallest)) best = { columns, tallest };
    }
    if (best) return best.columns;
  }
  return null;
}

/** Every way to cut `items`, in order, into `count` non-empty runs. */
function* orderedSplits<T>(items: readonly T[], count: number): Generator<T[][]> {
  if (count === 1) {
    yield [[...items]];
    return;
  }
  for (let end = 1; end <= items.length - count + 1; end += 1) {
    for (const rest of orderedSplits(items.slice(end), count - 1)) {
      yield [items.slice(0, end), ...rest];
    }
  }
}

/**
 * One section per theme; a theme with more areas than fit in a column (LIMITS.areasPerSlide names,
 * and the room of a slide it shares with one other theme) continues in the next, in even parts.
 */
function themeSections(context: Context, areas: AreaView[], room: number) {
  const { dataset, locale, t } = context;
  return dataset.themes.flatMap((theme) => {
    const themeAreas = areas.filter((area) => area.themeId === theme.id);
    const label = localize(theme.label, locale);
    const continued = t('deckColumnContinued', { theme: label });
    const items = themeAreas.map((area) => areaItem(context, area));
    const partsOf = (parts: number) => {
      const size = Math.ceil(themeAreas.length / parts);
      return Array.from({ length: Math.ceil(themeAreas.length / size) }, (_, index) => ({
        heading: index === 0 ? label : continued,
        areas: themeAreas.slice(index * size, (index + 1) * size),
        items: items.slice(index * size, (index + 1) * size),
      }));
    };
    let parts = Math.max(1, Math.ceil(themeAreas.length / LIMITS.areasPerSlide));
    // A single area too long for any column keeps its own; the slide shows what fits of it.
    while (
      parts < themeAreas.length &&
      !partsOf(parts).every((part) => sectionHeight(part, 2) <= room)
    ) {
      parts += 1;
    }
    return themeAreas.length === 0 ? [] : partsOf(parts);
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
  const room = columnRoom(context);
  const sections = themeSections(context, areas, room);
  const chart = chartBlock(context, areas);
  const chartNotes = [
    t('deckNoteView', { view }),
    ...sections.map((section) =>
      t('deckNoteThemeCount', {
        theme: section.heading,
        count: section.items.length,
        new: section.items.filter((item) => item.isNew).length,
      }),
    ),
  ];
  const toSection = ({ heading, items }: (typeof sections)[number]) => ({ heading, items });
  const sectionNotes = (group: typeof sections) =>
    group.flatMap((section) => section.areas.map((area) => areaNote(context, area)));

  // A handful of areas, or a single theme (a chart of one bar), would make a near-empty slide:
  // list the areas beside the chart instead, a theme a column.
  if (areas.length < LIMITS.minAreasForOwnSlide || sections.length < 2) {
    return [
      {
        id: 'chart',
        title: chartTitle,
        blocks: [chart, { kind: 'columns', columns: sections.map((s) => [toSection(s)]) }],
        notes: [...chartNotes, ...sectionNotes(sections)],
      },
    ];
  }
  const groups = balance(
    sections,
    (section) => section.items.length,
    (group) => layoutColumns(group, room) !== null,
  );
  return [
    { id: 'chart', title: chartTitle, blocks: [chart], notes: chartNotes },
    ...groups.map((group, index): Slide => {
      // A single theme longer than a column keeps its own, which shows what fits of it.
      const columns = layoutColumns(group, room) ?? group.map((section) => [section]);
      return {
        id: `areas-${index + 1}`,
        title:
          groups.length === 1
            ? t('deckAreasTitle')
            : t('deckAreasTitlePart', { part: index + 1, parts: groups.length }),
        blocks: [{ kind: 'columns', columns: columns.map((column) => column.map(toSection)) }],
        notes: sectionNotes(group),
      };
    }),
  ];
}

/**
 * Splits the themes, in order, over as few slides as the limits allow (and as `fits` says a slide
 * holds), with as even a share of areas on each as the order permits (so no slide is left with one
 * line). A single theme always fits: it gets its slide.
 */
function balance<T>(
  items: readonly T[],
  weight: (item: T) => number,
  fits: (group: readonly T[]) => boolean,
): T[][] {
  const totalWeight = items.reduce((sum, item) => sum + weight(item), 0);
  const slideCount = Math.max(
    Math.ceil(items.length / LIMITS.themesPerSlide),
    Math.ceil(totalWeight / LIMITS.areasPerSlide),
    1,
  );
  for (let count = slideCount; count <= items.length; count += 1) {
    const groups = bestSplit(items, weight, fits, count);
    if (groups) return groups;
  }
  return items.map((item) => [item]);
}

/** The split into `count` ordered groups, within the limits, whose areas are most evenly shared. */
function bestSplit<T>(
  items: readonly T[],
  weight: (item: T) => number,
  fits: (group: readonly T[]) => boolean,
  count: number,
): T[][] | null {
  let best: { groups: T[][]; score: number } | null = null;
  const search = (start: number, left: number, groups: T[][]) => {
    if (left === 0) {
      if (start !== items.length) return;
      const weights = groups.map((group) => group.reduce((sum, item) => sum + weight(item), 0));
      // Evenness first; then, of as even splits, the one whose sparsest slide has more themes
      // (a long theme beside another rather than alone on a slide's whole width).
      const score =
        (Math.max(...weights) - Math.min(...weights)) * 10 -
        Math.min(...groups.map((group) => group.length));
      if (!best || score < best.score) best = { groups: groups.map((g) => [...g]), score };
      return;
    }
    for (let end = start + 1; end <= items.length - (left - 1); end += 1) {
      const group = items.slice(start, end);
      const groupWeight = group.reduce((sum, item) => sum + weight(item), 0);
      if (group.length > LIMITS.themesPerSlide) break;
      // A single theme heavier than a slide still gets its slide.
      if (groupWeight > LIMITS.areasPerSlide && group.length > 1) break;
      // One more column only narrows the others: a group that overflows stays too long.
      if (group.length > 1 && !fits(group)) break;
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
          currentWeight + itemWeight > LIMITS.areasPerSlide ||
          !fits([...current, item]))
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
