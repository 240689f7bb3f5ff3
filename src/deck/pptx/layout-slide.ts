import { formatQuotedPart } from '../../i18n/formatters';
import { INTL_LOCALE, once } from '../../i18n/intl-objects';
import type { Locale } from '../../i18n/locale';
import { LIMITS } from '../deck-metrics';
import type { Slide, SlideBlock } from '../slide-types';
import { countLines, textHeight, wordsFit } from './measure-text';
import {
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_WIDTH,
  FONT,
  GAP,
  MARGIN,
  type Box,
} from './pptx-style';

// Where each block of a slide goes on the PowerPoint stage, and at what body size: measured before
// anything is drawn (draw-slide-*.ts draws into these boxes).

export function figureRows<T>(figures: readonly T[]): T[][] {
  const count = figures.length;
  const perRow =
    count <= LIMITS.figuresPerRow
      ? count
      : Math.ceil(count / Math.ceil(count / LIMITS.figuresPerRow));
  const rows: T[][] = [];
  for (let start = 0; start < count; start += perRow) {
    rows.push(figures.slice(start, start + perRow));
  }
  return rows;
}

export function columnGrid(count: number): { perRow: number; rows: number } {
  const most = LIMITS.columnsPerRow;
  const perRow = count <= most ? count : Math.ceil(count / Math.ceil(count / most));
  return { perRow, rows: Math.ceil(count / perRow) };
}

export const listFormat = (language: Locale) =>
  once(
    `list unit ${language}`,
    () => new Intl.ListFormat(INTL_LOCALE[language], { type: 'unit', style: 'short' }),
  );

/**
 * Height a block needs at a body size; null for blocks that take whatever is left (chart,
 * timeline, sources), which get at least FLEXIBLE_MINIMUM.
 */
function measureBlock(block: SlideBlock, body: number, language: Locale): number | null {
  switch (block.kind) {
    case 'text':
      return textHeight([{ text: block.text, fontSize: body }], CONTENT_WIDTH);
    case 'event':
      return textHeight(eventRuns(block, body), CONTENT_WIDTH - 0.3);
    case 'bullets':
      return (
        textHeight(
          block.items.map((text) => ({ text, fontSize: body })),
          CONTENT_WIDTH - 0.4,
        ) +
        // Half a line after each item but the last.
        (block.items.length - 1) * (body / 2 / 72)
      );
    case 'figures': {
      return figureRows(block.figures).reduce((sum, row) => {
        const width = (CONTENT_WIDTH - GAP * (row.length - 1)) / row.length;
        const tallest = Math.max(...row.map((figure) => figureHeight(figure, width, body)));
        return sum + tallest + GAP;
      }, -GAP);
    }
    case 'columns': {
      const { perRow, rows } = columnGrid(block.columns.length);
      const width = (CONTENT_WIDTH - GAP * (perRow - 1)) / perRow;
      if (!block.columns.flat().every((section) => wordsFit(section.heading, body, width))) {
        return Number.POSITIVE_INFINITY;
      }
      let total = -GAP;
      for (let row = 0; row < rows; row += 1) {
        const cells = block.columns.slice(row * perRow, (row + 1) * perRow);
        total +=
          GAP + Math.max(...cells.map((column) => columnHeight(column, width, body, language)));
      }
      return total;
    }
    case 'quotation':
      return quotationHeight(block, body);
    case 'sources':
      // Takes the room there is; sourcesLayout chooses its size and columns for it.
      return null;
    case 'chart':
    case 'timeline':
      return null;
  }
}

/** The meeting's name a step above the body, then its lines at body size (the screen's). */
export function eventRuns(block: Extract<SlideBlock, { kind: 'event' }>, body: number) {
  return [
    ...(block.name !== '' ? [{ text: block.name, fontSize: body + 2 }] : []),
    ...block.lines.map((text) => ({ text, fontSize: body })),
  ];
}

export function figureHeight(
  figure: { value: string; label: string; detail?: string },
  width: number,
  body: number,
): number {
  return textHeight(
    [
      { text: figure.value, fontSize: FONT.figure },
      { text: figure.label, fontSize: body },
      ...(figure.detail ? [{ text: figure.detail, fontSize: FONT.detail }] : []),
    ],
    width,
  );
}

/** A column's sections, one under another, each a space (a line) above the next. */
export function columnHeight(
  column: readonly { heading: string; items: { text: string; tags: string[] }[] }[],
  width: number,
  body: number,
  language: Locale,
): number {
  return textHeight(
    column.flatMap((section, index) => [
      ...(index > 0 ? [{ text: '', fontSize: body }] : []),
      { text: section.heading, fontSize: body },
      ...section.items.flatMap((item) => [
        { text: item.text, fontSize: body },
        ...(item.tags.length > 0
          ? [{ text: listFormat(language).format(item.tags), fontSize: FONT.label }]
          : []),
      ]),
    ]),
    width - 0.3,
  );
}

/** The screen's: the series' size the selector chose. */
export function quotationSize(block: Extract<SlideBlock, { kind: 'quotation' }>): number {
  return FONT[block.size];
}

function quotationHeight(block: Extract<SlideBlock, { kind: 'quotation' }>, body: number): number {
  const quote = quotationSize(block);
  return (
    textHeight(
      block.parts.flatMap((part, index) => [
        { text: formatQuotedPart(part, block), fontSize: quote },
        ...block.between.slice(index, index + 1).map((text) => ({ text, fontSize: body })),
      ]),
      CONTENT_WIDTH - 0.6,
    ) +
    GAP +
    textHeight(
      [
        { text: block.person, fontSize: body },
        { text: block.role, fontSize: body },
        { text: block.versionLabel, fontSize: FONT.detail },
      ],
      CONTENT_WIDTH - 0.6,
    )
  );
}

export type SourceItems = Extract<SlideBlock, { kind: 'sources' }>['items'];

/** "ONUDC · 31 janvier 2018": the screen's line under a source's title (slide-view.tsx). */
export function sourceByline(item: { publisher: string; date: string }): string {
  return `${item.publisher} · ${item.date}`;
}

function sourcesHeight(items: SourceItems, size: number, width: number) {
  return (
    textHeight(
      items.flatMap((item) => [
        { text: `[${item.number}] ${item.title}`, fontSize: size },
        { text: sourceByline(item), fontSize: size },
        { text: item.url, fontSize: size },
      ]),
      width,
    ) +
    (items.length * size) / 2 / 72
  );
}

/** The sources' sizes, largest first: 2 pt apart from the screen's down to the least. */
const SOURCE_SIZES = [
  ...Array.from(
    { length: Math.ceil((FONT.sourcesLargest - FONT.sources) / 2) },
    (_, i) => FONT.sourcesLargest - 2 * i,
  ),
  FONT.sources,
];

/**
 * How the sources fill their box: the largest size (the screen's 3.5 % of the stage height down to
 * 2.5 %) in one column, else in two; at the least size in two columns if nothing fits.
 */
export function sourcesLayout(
  items: SourceItems,
  box: { w: number; h: number },
): { size: number; columns: SourceItems[]; width: number; height: number } {
  const arrangements = [1, 2].flatMap((count) =>
    SOURCE_SIZES.map((size) => {
      const perColumn = Math.ceil(items.length / count);
      const columns = Array.from({ length: count }, (_, c) =>
        items.slice(c * perColumn, (c + 1) * perColumn),
      ).filter((column) => column.length > 0);
      const width = (box.w - GAP * (columns.length - 1)) / columns.length;
      const height = Math.max(0, ...columns.map((column) => sourcesHeight(column, size, width)));
      return { size, columns, width, height };
    }),
  );
  return (
    arrangements.find((arrangement) => arrangement.height <= box.h) ??
    arrangements[arrangements.length - 1]!
  );
}

const FLEXIBLE_MINIMUM = 2.6;

/**
 * The largest body size (the lead's 5 % of the stage height down to 3.5 %) at which the slide's
 * blocks fit above the bottom 10 %.
 */
export function chooseBodySize(slide: Slide, language: Locale): number {
  const available = CONTENT_BOTTOM - contentTop(slide);
  for (let body = FONT.bodyLargest; body > FONT.body; body -= 2) {
    if (stackHeight(slide.blocks, body, language) <= available) return body;
  }
  return FONT.body;
}

function stackHeight(blocks: SlideBlock[], body: number, language: Locale): number {
  return blocks.reduce(
    (sum, block, index) =>
      sum + (index > 0 ? GAP : 0) + (measureBlock(block, body, language) ?? FLEXIBLE_MINIMUM),
    0,
  );
}

/** The screen's: the title slide's title is larger. */
/**
 * The title's size: the lead title's on the title slide, the title's elsewhere, a step smaller
 * where that would take more than the two lines the title's box holds (the Arabic deck's title,
 * 78 characters, needs three at the lead size).
 */
export function titleSize(slide: Slide): number {
  const sizes = slide.id === 'title' ? [FONT.leadTitle, FONT.title] : [FONT.title];
  return sizes.find((size) => countLines(slide.title, size, CONTENT_WIDTH) <= 2) ?? sizes.at(-1)!;
}

/** Content starts lower under a title of two lines. */
export function contentTop(slide: Slide): number {
  return countLines(slide.title, titleSize(slide), CONTENT_WIDTH) > 1
    ? CONTENT_TOP + 0.35
    : CONTENT_TOP;
}

/**
 * A series of slides that continue one another ("(1/2)", "(2/2)"), or of one kind side by side (the
 * quotations): set at one size, so that the type does not jump from one to the next.
 */
export function seriesOf(slide: Slide): string {
  if (slide.id.startsWith('quote-')) return 'quote';
  return slide.id.replace(/-\d+$/, '');
}

/**
 * Each slide's body size: the largest at which every slide of its series fits (chooseBodySize of
 * the series' most crowded slide), so a series is set at one size and nothing is shrunk to fit.
 */
export function seriesBodySizes(slides: readonly Slide[], language: Locale): number[] {
  const own = slides.map((slide) => chooseBodySize(slide, language));
  const least = new Map<string, number>();
  slides.forEach((slide, index) => {
    const series = seriesOf(slide);
    least.set(series, Math.min(least.get(series) ?? Number.POSITIVE_INFINITY, own[index]!));
  });
  return slides.map((slide) => least.get(seriesOf(slide))!);
}

/** Where each block goes: measured blocks at their height, the chart and timeline share the rest. */
export function layoutSlide(
  slide: Slide,
  language: Locale,
  /** The series' size (seriesBodySizes); the slide's own largest that fits without it. */
  seriesBody?: number,
): { body: number; placed: { block: SlideBlock; box: Box }[] } {
  const body = seriesBody ?? chooseBodySize(slide, language);
  const top = contentTop(slide);
  const available = CONTENT_BOTTOM - top;
  const heights = slide.blocks.map((block) => measureBlock(block, body, language));
  const fixed = heights.reduce<number>((sum, height) => sum + (height ?? 0), 0);
  const flexibleCount = heights.filter((height) => height === null).length;
  const gaps = GAP * Math.max(0, slide.blocks.length - 1);
  const flexible =
    flexibleCount > 0 ? Math.max(FLEXIBLE_MINIMUM, (available - fixed - gaps) / flexibleCount) : 0;
  // A slide with only measured blocks is centred in the space a little above the middle, not
  // stuck under the title with a blank lower half.
  const used = fixed + gaps + flexible * flexibleCount;
  let y = flexibleCount > 0 ? top : top + Math.max(0, (available - used) / 3);
  const placed = slide.blocks.map((block, index) => {
    const box = { x: MARGIN, y, w: CONTENT_WIDTH, h: heights[index] ?? flexible };
    y += box.h + GAP;
    return { block, box };
  });
  return { body, placed };
}
