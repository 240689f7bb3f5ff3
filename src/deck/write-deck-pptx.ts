import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { formatQuotation } from '../i18n/formatters';
import type { Locale } from '../i18n/locale';
import type { Slide, SlideBlock, SlideDeck } from './slide-types';

// The deck as a PowerPoint file (issue 10). Loaded on demand (pptx-download-button.tsx imports
// this module when pressed): pptxgenjs and jszip stay out of the first load.
//
// Sizes in inches on a 16:9 slide of 13.333 × 7.5 in (540 pt high). Type for a room
// (../shared/DESIGN.md): body at least 3.5 % of the height (18.9 pt: 20 pt here), titles 7 %
// or more; the sources slide may go down to 2.5 % (13.5 pt: 14 pt here). Content stays above
// the bottom 10 %, where the slide master puts the deck's title and the slide number.

export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
export const FONT = {
  title: 40,
  titleTwoLines: 32,
  bodyLargest: 28,
  body: 20,
  figure: 48,
  sources: 14,
  footer: 20,
} as const;

const MARGIN = 0.6;
const CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
const CONTENT_TOP = 1.55;
const CONTENT_BOTTOM = SLIDE_HEIGHT * 0.9;
const GAP = 0.25;
/** A milestone's diamond, in the legend and on the axis: the page's amber. */
const MILESTONE_MARK = {
  fill: { color: 'B45309' },
  line: { color: 'B45309', width: 0.75 },
};
const FONT_FACE = 'Arial';
const MASTER = 'DECK';

const INK = '0F172A';
const MUTED = '334155';
const NAVY = '172554';
const ACCENT = '1E3A8A';
const PANEL = 'EEF2FF';
const RULE = 'CBD5E1';

/** Languages as PowerPoint tags them (the spelling checker and the voice read the text with it). */
const LANGUAGE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

// pptxgenjs writes lang="en-US" wherever it is not given one (notes, chart text, slide number):
// the writer never uses en-US itself, so each of those is set to the deck's language afterwards.
const DEFAULT_LANG = / lang="en-US"/g;

// The type allows only 'minMax', the writer passes any value on: 'maxMin' lists the first
// category at the top of a horizontal bar chart, in the screen's order, not the reverse.
const CATEGORIES_TOP_DOWN = 'maxMin' as unknown as 'minMax';

export const PPTX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export function deckPptxFileName(deck: SlideDeck): string {
  return `${deck.fileStem}.pptx`;
}

// Text measured as a renderer without the slide's font (LibreOffice on a bare Debian falls back to
// DejaVu Sans, wider than Arial) would lay it out, so that it fits in both.
const CHAR_WIDTH_EM = 0.56;
const LINE_HEIGHT = 1.2;
const BOX_INSET = 0.2;

/** Lines a paragraph takes at a font size in a box of a width, wrapping at spaces. */
export function countLines(text: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(((width - BOX_INSET) * 72) / (fontSize * CHAR_WIDTH_EM)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}

// Bold digits are the widest (DejaVu Sans Bold: 0.7 em): periods and headings are measured so.
const BOLD_CHAR_WIDTH_EM = 0.7;

/** Whether every word of a bold heading fits on a line: a word is never cut in two. */
export function wordsFit(text: string, fontSize: number, width: number): boolean {
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => word.length));
  return (longest * fontSize * BOLD_CHAR_WIDTH_EM) / 72 <= width - BOX_INSET;
}

const lineHeight = (fontSize: number) => (fontSize * LINE_HEIGHT) / 72;

function textHeight(paragraphs: { text: string; fontSize: number }[], width: number): number {
  return (
    paragraphs.reduce(
      (sum, { text, fontSize }) => sum + countLines(text, fontSize, width) * lineHeight(fontSize),
      0,
    ) + BOX_INSET
  );
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Run = PptxGenJS.TextProps;

interface Context {
  pptx: PptxGenJS;
  slide: PptxGenJS.Slide;
  lang: string;
  language: Locale;
}

const FIGURES_PER_ROW = 4;

function figureRows<T>(figures: readonly T[]): T[][] {
  const count = figures.length;
  const perRow =
    count <= FIGURES_PER_ROW ? count : Math.ceil(count / Math.ceil(count / FIGURES_PER_ROW));
  const rows: T[][] = [];
  for (let start = 0; start < count; start += perRow) {
    rows.push(figures.slice(start, start + perRow));
  }
  return rows;
}

function columnGrid(count: number): { perRow: number; rows: number } {
  const perRow = count <= 3 ? count : Math.ceil(count / Math.ceil(count / 3));
  return { perRow, rows: Math.ceil(count / perRow) };
}

const listFormat = (language: Locale) =>
  new Intl.ListFormat(language, { type: 'unit', style: 'short' });

/**
 * Height a block needs at a body size; null for blocks that take whatever is left (chart,
 * timeline, sources), which get at least FLEXIBLE_MINIMUM.
 */
function measureBlock(block: SlideBlock, body: number, language: Locale): number | null {
  switch (block.kind) {
    case 'text':
      return textHeight([{ text: block.text, fontSize: body }], CONTENT_WIDTH);
    case 'bullets':
      return (
        textHeight(
          block.items.map((text) => ({ text, fontSize: body })),
          CONTENT_WIDTH - 0.4,
        ) +
        block.items.length * (body / 2 / 72)
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
      if (!block.columns.every((column) => wordsFit(column.heading, body, width))) {
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

function figureHeight(
  figure: { value: string; label: string; detail?: string },
  width: number,
  body: number,
): number {
  return textHeight(
    [
      { text: figure.value, fontSize: FONT.figure },
      { text: figure.label, fontSize: body },
      ...(figure.detail ? [{ text: figure.detail, fontSize: FONT.body }] : []),
    ],
    width,
  );
}

function columnHeight(
  column: { heading: string; items: { text: string; tags: string[] }[] },
  width: number,
  body: number,
  language: Locale,
): number {
  return textHeight(
    [
      { text: column.heading, fontSize: body },
      ...column.items.flatMap((item) => [
        { text: item.text, fontSize: body },
        ...(item.tags.length > 0
          ? [{ text: listFormat(language).format(item.tags), fontSize: FONT.body }]
          : []),
      ]),
    ],
    width - 0.3,
  );
}

function quotationSize(body: number) {
  return Math.round(body * 1.15);
}

function quotationHeight(block: Extract<SlideBlock, { kind: 'quotation' }>, body: number): number {
  const quote = quotationSize(body);
  return (
    textHeight(
      block.parts.flatMap((part, index) => [
        { text: formatQuotation(part, block.language), fontSize: quote },
        ...block.between.slice(index, index + 1).map((text) => ({ text, fontSize: body })),
      ]),
      CONTENT_WIDTH - 0.6,
    ) +
    GAP +
    textHeight(
      [
        { text: block.person, fontSize: body },
        { text: block.role, fontSize: body },
        { text: block.versionLabel, fontSize: FONT.body },
      ],
      CONTENT_WIDTH - 0.6,
    )
  );
}

type SourceItems = Extract<SlideBlock, { kind: 'sources' }>['items'];

function sourcesHeight(items: SourceItems, size: number, width: number) {
  return (
    textHeight(
      items.flatMap((item) => [
        { text: `[${item.number}] ${item.title}`, fontSize: size },
        { text: `${item.publisher}  ${item.date}`, fontSize: size },
        { text: item.url, fontSize: size },
      ]),
      width,
    ) +
    (items.length * size) / 2 / 72
  );
}

const SOURCES_LARGEST = 20;

/**
 * How the sources fill their box: the largest size (20 pt down to 14 pt, 2.6 % of the slide
 * height) in one column, else in two; at 14 pt in two columns if nothing fits.
 */
export function sourcesLayout(
  items: SourceItems,
  box: { w: number; h: number },
): { size: number; columns: SourceItems[]; width: number; height: number } {
  const arrangements = [1, 2].flatMap((count) =>
    Array.from({ length: (SOURCES_LARGEST - FONT.sources) / 2 + 1 }, (_, i) => {
      const size = SOURCES_LARGEST - 2 * i;
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

/** The largest body size (28 pt down to 20 pt) at which the slide's blocks fit above the bottom 10 %. */
export function chooseBodySize(slide: Slide, language: Locale): number {
  const available = CONTENT_BOTTOM - contentTop(slide.title);
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

function titleSize(title: string): number {
  return countLines(title, FONT.title, CONTENT_WIDTH) > 1 ? FONT.titleTwoLines : FONT.title;
}

function contentTop(title: string): number {
  return titleSize(title) === FONT.title || countLines(title, FONT.titleTwoLines, CONTENT_WIDTH) < 2
    ? CONTENT_TOP
    : CONTENT_TOP + 0.35;
}

/** Where each block goes: measured blocks at their height, the chart and timeline share the rest. */
export function layoutSlide(
  slide: Slide,
  language: Locale,
): { body: number; placed: { block: SlideBlock; box: Box }[] } {
  const body = chooseBodySize(slide, language);
  const top = contentTop(slide.title);
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

function addBlock(context: Context, block: SlideBlock, box: Box, body: number) {
  const { slide, lang } = context;
  const base = { fontFace: FONT_FACE, color: INK, lang, valign: 'top' as const };
  switch (block.kind) {
    case 'text':
      slide.addText(block.text, { ...base, ...box, fontSize: body });
      return;
    case 'bullets':
      slide.addText(
        block.items.map((text) => ({
          text,
          options: { bullet: { indent: 24 }, breakLine: true, paraSpaceAfter: body / 2 },
        })),
        { ...base, ...box, fontSize: body },
      );
      return;
    case 'figures': {
      let y = box.y;
      for (const row of figureRows(block.figures)) {
        const width = (box.w - GAP * (row.length - 1)) / row.length;
        const height = Math.max(...row.map((figure) => figureHeight(figure, width, body)));
        row.forEach((figure, column) => {
          const runs: Run[] = [
            {
              text: figure.value,
              options: { fontSize: FONT.figure, bold: true, color: ACCENT, breakLine: true },
            },
            { text: figure.label, options: { fontSize: body, breakLine: Boolean(figure.detail) } },
          ];
          if (figure.detail) {
            runs.push({ text: figure.detail, options: { fontSize: FONT.body, color: MUTED } });
          }
          slide.addText(runs, {
            ...base,
            x: box.x + column * (width + GAP),
            y,
            w: width,
            h: height,
            fill: { color: PANEL },
          });
        });
        y += height + GAP;
      }
      return;
    }
    case 'columns': {
      const { perRow, rows } = columnGrid(block.columns.length);
      const width = (box.w - GAP * (perRow - 1)) / perRow;
      let y = box.y;
      for (let row = 0; row < rows; row += 1) {
        const cells = block.columns.slice(row * perRow, (row + 1) * perRow);
        const height = Math.max(
          ...cells.map((column) => columnHeight(column, width, body, context.language)),
        );
        cells.forEach((column, index) => {
          const runs: Run[] = [
            {
              text: column.heading,
              options: { fontSize: body, bold: true, color: NAVY, breakLine: true },
            },
          ];
          column.items.forEach((item, itemIndex) => {
            const isLast = itemIndex === column.items.length - 1;
            runs.push({
              text: item.text,
              options: {
                fontSize: body,
                bullet: { indent: 18 },
                breakLine: item.tags.length > 0 || !isLast,
                bold: item.isNew,
              },
            });
            if (item.tags.length > 0) {
              runs.push({
                text: listFormat(context.language).format(item.tags),
                options: {
                  fontSize: FONT.body,
                  color: item.isNew ? 'B45309' : MUTED,
                  indentLevel: 1,
                  breakLine: !isLast,
                },
              });
            }
          });
          slide.addText(runs, {
            ...base,
            x: box.x + index * (width + GAP),
            y,
            w: width,
            h: height,
            line: { color: RULE, width: 1 },
          });
        });
        y += height + GAP;
      }
      return;
    }
    case 'quotation': {
      const quoteLang = LANGUAGE_TAGS[block.language];
      const quote = quotationSize(body);
      const runs: Run[] = [];
      block.parts.forEach((part, index) => {
        runs.push({
          text: formatQuotation(part, block.language),
          options: { fontSize: quote, italic: true, lang: quoteLang, breakLine: true },
        });
        for (const text of block.between.slice(index, index + 1)) {
          runs.push({
            text,
            options: { fontSize: body, color: MUTED, lang: quoteLang, breakLine: true },
          });
        }
      });
      const attribution = textHeight(
        [
          { text: block.person, fontSize: body },
          { text: block.role, fontSize: body },
          { text: block.versionLabel, fontSize: FONT.body },
        ],
        box.w - 0.6,
      );
      const quoteHeight = box.h - attribution - GAP;
      slide.addShape(context.pptx.ShapeType.rect, {
        x: box.x,
        y: box.y,
        w: 0.12,
        h: quoteHeight,
        fill: { color: ACCENT },
        line: { color: ACCENT, width: 0 },
      });
      slide.addText(runs, {
        ...base,
        x: box.x + 0.4,
        y: box.y,
        w: box.w - 0.4,
        h: quoteHeight,
        lang: quoteLang,
      });
      slide.addText(
        [
          { text: block.person, options: { fontSize: body, bold: true, breakLine: true } },
          { text: block.role, options: { fontSize: body, breakLine: true } },
          { text: block.versionLabel, options: { fontSize: FONT.body, color: MUTED } },
        ],
        { ...base, x: box.x + 0.4, y: box.y + quoteHeight + GAP, w: box.w - 0.4, h: attribution },
      );
      return;
    }
    case 'sources': {
      const { size, columns, width } = sourcesLayout(block.items, box);
      columns.forEach((items, column) => {
        const runs: Run[] = items.flatMap((item, index): Run[] => [
          { text: `[${item.number}] `, options: { fontSize: size, bold: true } },
          {
            text: item.title,
            options: {
              fontSize: size,
              bold: true,
              lang: LANGUAGE_TAGS[item.language],
              breakLine: true,
            },
          },
          {
            text: `${item.publisher}  ${item.date}`,
            options: { fontSize: size, breakLine: true },
          },
          {
            text: item.url,
            options: {
              fontSize: size,
              color: ACCENT,
              hyperlink: { url: item.url },
              breakLine: index < items.length - 1,
              paraSpaceAfter: size / 2,
            },
          },
        ]);
        slide.addText(runs, {
          ...base,
          ...box,
          x: box.x + column * (width + GAP),
          w: width,
          fontSize: size,
        });
      });
      return;
    }
    case 'chart': {
      const captionHeight = textHeight([{ text: block.caption, fontSize: FONT.body }], box.w);
      slide.addText(block.caption, {
        ...base,
        ...box,
        h: captionHeight,
        fontSize: FONT.body,
        color: MUTED,
      });
      addChart(context, block, { ...box, y: box.y + captionHeight, h: box.h - captionHeight });
      return;
    }
    case 'timeline':
      addTimeline(context, block, box, body);
      return;
  }
}

function addChart(
  { pptx, slide, lang }: Context,
  block: Extract<SlideBlock, { kind: 'chart' }>,
  box: Box,
) {
  slide.addChart(
    pptx.ChartType.bar,
    block.series.map((series) => ({
      name: series.name,
      labels: block.categories,
      values: series.values,
    })),
    {
      ...box,
      barDir: 'bar',
      barGrouping: 'stacked',
      barGapWidthPct: 40,
      chartColors: block.series.map((series) => series.color.replace('#', '').toUpperCase()),
      catAxisOrientation: CATEGORIES_TOP_DOWN,
      // Every theme named, not one in two when the labels are long.
      catAxisLabelFrequency: '1',
      catAxisLabelFontSize: FONT.body,
      catAxisLabelFontFace: FONT_FACE,
      catAxisLabelColor: INK,
      valAxisLabelFontSize: FONT.body,
      valAxisLabelColor: MUTED,
      valAxisMajorUnit: 1,
      valAxisMinVal: 0,
      valAxisLabelFormatCode: '0',
      valGridLine: { color: RULE, size: 1 },
      // Each segment's count in it, as on screen; a zero segment says nothing ("0;;" has no
      // section for zero).
      showValue: true,
      dataLabelPosition: 'ctr',
      dataLabelColor: 'FFFFFF',
      dataLabelFontSize: FONT.body,
      dataLabelFontBold: true,
      dataLabelFontFace: FONT_FACE,
      dataLabelFormatCode: '0;;',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: FONT.body,
      legendFontFace: FONT_FACE,
      // The caption is written above the chart as text (see addBlock): a chart title takes room
      // from the plot, and LibreOffice then drops every other theme's label.
      showTitle: false,
      altText: block.caption,
      lang,
    },
  );
}

function textWidth(text: string, fontSize: number, isBold = false): number {
  return (text.length * fontSize * (isBold ? BOLD_CHAR_WIDTH_EM : CHAR_WIDTH_EM)) / 72 + BOX_INSET;
}

// The timeline draws what the screen's does (solid: stated; light and dashed: inferred; a dashed
// outline between the neighbours' years: undocumented; a dashed line: an open end), and each row
// says its evidence in words beside it, so the slide needs no legend: it would take the room of
// a plan at room-sized type.
function addTimeline(
  { pptx, slide }: Context,
  block: Extract<SlideBlock, { kind: 'timeline' }>,
  box: Box,
  body: number,
) {
  const base = { fontFace: FONT_FACE, color: INK, valign: 'middle' as const };
  // Wide enough for a plan's title on one line at 20 pt, so that title and evidence fit a row
  // beside the milestones' strip.
  const labelWidth = 5.3;
  const axisX = box.x + labelWidth + GAP;
  const axisWidth = box.x + box.w - axisX;
  // Spans are half-open years: the last year is drawn to its end (2018-2019 fills two slots).
  const years = block.maxYear - block.minYear + 1;
  const yearWidth = axisWidth / years;
  const axisHeight = lineHeight(FONT.body) + 0.2;
  const milestones = block.milestones ?? [];
  // Under the years, the milestones: a small diamond each, its letter alternately above and below
  // it so that two close dates stay readable (the dated list is the next slide).
  const diamond = 0.2;
  const letterHeight = lineHeight(FONT.body);
  const stripHeight = milestones.length > 0 ? 2 * letterHeight + diamond + 0.1 : 0;
  const rowHeight = (box.h - axisHeight - stripHeight) / Math.max(1, block.plans.length);
  const barHeight = Math.min(0.7, rowHeight * 0.5);
  const xOf = (year: number) =>
    axisX +
    (Math.min(Math.max(year, block.minYear), block.maxYear + 1) - block.minYear) * yearWidth;
  const titleSize =
    [body, FONT.body].find((size) =>
      block.plans.every(
        (plan) =>
          textHeight(
            [
              { text: plan.title, fontSize: size },
              { text: plan.evidenceLabel, fontSize: FONT.body },
            ],
            labelWidth,
          ) <= rowHeight,
      ),
    ) ?? FONT.body;

  block.plans.forEach((plan, index) => {
    const y = box.y + index * rowHeight;
    slide.addText(
      [
        {
          text: plan.title,
          options: {
            bold: true,
            fontSize: titleSize,
            breakLine: true,
            color: plan.isFeatured ? NAVY : INK,
          },
        },
        { text: plan.evidenceLabel, options: { fontSize: FONT.body, color: MUTED } },
      ],
      { ...base, x: box.x, y, w: labelWidth, h: rowHeight },
    );
    const barY = y + (rowHeight - barHeight) / 2;
    const from = plan.span?.from ?? plan.startYear;
    if (from === null) return;
    const to = plan.span?.to ?? (plan.endYear ?? plan.startYear ?? from) + 1;
    const barX = xOf(from);
    const barWidth = xOf(to) - barX;
    const periodWidth = textWidth(plan.periodLabel, FONT.body, true);

    const isUndocumented = plan.startYear === null;
    if (isUndocumented) {
      // No source documents the period: an outline between the neighbours' years.
      slide.addShape(pptx.ShapeType.rect, {
        x: barX,
        y: barY,
        w: barWidth,
        h: barHeight,
        fill: { color: 'F8FAFC' },
        line: { color: '64748B', width: 1.5, dashType: 'dash' },
      });
    }
    const isStated = plan.evidence === 'stated';
    const solidTo = plan.startYear !== null && plan.endYear === null ? plan.startYear + 1 : to;
    if (!isUndocumented)
      slide.addShape(pptx.ShapeType.rect, {
        x: barX,
        y: barY,
        w: xOf(solidTo) - barX,
        h: barHeight,
        fill: { color: isStated ? ACCENT : 'BFDBFE' },
        line: { color: ACCENT, width: 1.5, dashType: isStated ? 'solid' : 'dash' },
      });
    if (!isUndocumented && plan.endYear === null && to > solidTo) {
      // The end is not documented: the bar runs on as a dashed line, open.
      slide.addShape(pptx.ShapeType.line, {
        x: xOf(solidTo),
        y: barY + barHeight / 2,
        w: xOf(to) - xOf(solidTo),
        h: 0,
        line: { color: ACCENT, width: 2.5, dashType: 'dash' },
      });
    }
    // The period beside its bar: on the right where there is room, else on the left; in its
    // outline for an undocumented period where it fits there.
    if (isUndocumented && periodWidth <= barWidth) {
      slide.addText(plan.periodLabel, {
        ...base,
        x: barX,
        y: barY,
        w: barWidth,
        h: barHeight,
        fontSize: FONT.body,
        italic: true,
        color: MUTED,
        align: 'center',
      });
      return;
    }
    const right = barX + barWidth + 0.05;
    const spaceRight = axisX + axisWidth - right;
    const spaceLeft = barX - 0.05 - axisX;
    const isOnRight = spaceRight >= periodWidth || spaceRight >= spaceLeft;
    const width = Math.min(periodWidth, isOnRight ? spaceRight : spaceLeft);
    slide.addText(plan.periodLabel, {
      ...base,
      x: isOnRight ? right : barX - 0.05 - width,
      y: barY - 0.2,
      w: width,
      h: barHeight + 0.4,
      fontSize: FONT.body,
      bold: !isUndocumented,
      italic: isUndocumented,
      color: isUndocumented ? MUTED : INK,
      align: isOnRight ? 'left' : 'right',
    });
  });

  const axisY = box.y + block.plans.length * rowHeight;
  slide.addShape(pptx.ShapeType.line, {
    x: axisX,
    y: axisY,
    w: axisWidth,
    h: 0,
    line: { color: MUTED, width: 1.5 },
  });
  // Each year under its slot while the labels fit side by side, every other year if not.
  const step = yearWidth >= textWidth('2000', FONT.body) - BOX_INSET + 0.08 ? 1 : 2;
  for (let year = block.minYear; year <= block.maxYear; year += step) {
    // Centred on its year's slot, as wide as the slots it stands for (four digits never wrap).
    slide.addText(String(year), {
      ...base,
      x: xOf(year) + yearWidth / 2 - (yearWidth * step) / 2,
      y: axisY + 0.05,
      w: yearWidth * step,
      h: axisHeight,
      margin: 0,
      fontSize: FONT.body,
      color: MUTED,
      align: 'center',
    });
  }
  const stripY = axisY + axisHeight + 0.05;
  // What the diamonds are, beside them under the plans' names.
  const milestoneLegend = block.legend?.find((entry) => entry.kind === 'milestone');
  if (milestones.length > 0 && milestoneLegend) {
    slide.addShape(pptx.ShapeType.diamond, {
      x: box.x + labelWidth - diamond,
      y: stripY + (stripHeight - diamond) / 2,
      w: diamond,
      h: diamond,
      ...MILESTONE_MARK,
    });
    slide.addText(milestoneLegend.label, {
      ...base,
      x: box.x,
      y: stripY,
      w: labelWidth - diamond - 0.1,
      h: stripHeight,
      fontSize: FONT.body,
      color: MUTED,
      align: 'right',
    });
  }
  milestones.forEach((milestone, index) => {
    const x = xOf(milestone.year);
    slide.addShape(pptx.ShapeType.diamond, {
      x: x - diamond / 2,
      y: stripY + letterHeight,
      w: diamond,
      h: diamond,
      ...MILESTONE_MARK,
    });
    slide.addText(milestone.letter, {
      ...base,
      x: x - 0.3,
      y: index % 2 === 0 ? stripY : stripY + letterHeight + diamond,
      w: 0.6,
      h: letterHeight,
      margin: 0,
      fontSize: FONT.body,
      bold: true,
      align: 'center',
    });
  });
}

function defineMaster(pptx: PptxGenJS, deck: SlideDeck, lang: string) {
  const footerY = SLIDE_HEIGHT * 0.915;
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_WIDTH, h: 0.14, fill: { color: NAVY } } },
      {
        line: {
          x: MARGIN,
          y: footerY,
          w: CONTENT_WIDTH,
          h: 0,
          line: { color: RULE, width: 1 },
        },
      },
      {
        text: {
          text: deck.title,
          options: {
            x: MARGIN,
            y: footerY + 0.05,
            w: CONTENT_WIDTH - 1.5,
            h: SLIDE_HEIGHT - footerY - 0.1,
            fontFace: FONT_FACE,
            fontSize: FONT.footer,
            color: MUTED,
            lang,
            valign: 'middle',
          },
        },
      },
    ],
    slideNumber: {
      x: SLIDE_WIDTH - MARGIN - 1.2,
      y: footerY + 0.05,
      w: 1.2,
      h: SLIDE_HEIGHT - footerY - 0.1,
      fontFace: FONT_FACE,
      fontSize: FONT.footer,
      color: MUTED,
      align: 'right',
    },
  });
}

/** Splits the notes text pptxgenjs writes as one run into one paragraph per note. */
function notesParagraphs(xml: string, lang: string): string {
  return xml.replace(
    /(<p:ph type="body" idx="1"\/>[\s\S]*?<a:t>)([\s\S]*?)(<\/a:t>)/,
    (_, start: string, text: string, end: string) =>
      `${start}${text
        .split(/\r?\n/)
        .join(`</a:t></a:r></a:p><a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>`)}${end}`,
  );
}

/** Writes the deck as a .pptx file: the same slides, in the deck's language, with their notes. */
export async function writeDeckPptx(deck: SlideDeck): Promise<Blob> {
  const lang = LANGUAGE_TAGS[deck.language];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.company = deck.title;
  defineMaster(pptx, deck, lang);

  for (const slideModel of deck.slides) {
    const slide = pptx.addSlide({ masterName: MASTER });
    const size = titleSize(slideModel.title);
    slide.addText(slideModel.title, {
      x: MARGIN,
      y: 0.3,
      w: CONTENT_WIDTH,
      h: contentTop(slideModel.title) - 0.45,
      fontFace: FONT_FACE,
      fontSize: size,
      bold: true,
      color: NAVY,
      lang,
      valign: 'middle',
      fit: 'shrink',
    });
    const { body, placed } = layoutSlide(slideModel, deck.language);
    for (const { block, box } of placed) {
      addBlock({ pptx, slide, lang, language: deck.language }, block, box, body);
    }
    if (slideModel.notes.length > 0) slide.addNotes(slideModel.notes.join('\n'));
  }

  const written = await pptx.write({ outputType: 'arraybuffer' });
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  const parts = Object.keys(zip.files).filter((path) =>
    /^ppt\/(slides|notesSlides|charts|slideMasters|slideLayouts)\/[^/]+\.xml$/.test(path),
  );
  for (const path of parts) {
    const file = zip.file(path);
    if (!file) continue;
    let xml = (await file.async('string')).replace(DEFAULT_LANG, ` lang="${lang}"`);
    if (path.startsWith('ppt/notesSlides/')) xml = notesParagraphs(xml, lang);
    // The chart's own language element (its text runs carry none), where the schema places it.
    if (path.startsWith('ppt/charts/')) {
      xml = xml.replace('<c:date1904 val="0"/>', `$&<c:lang val="${lang}"/>`);
    }
    zip.file(path, xml);
  }
  return zip.generateAsync({
    type: 'blob',
    mimeType: PPTX_MIME_TYPE,
    compression: 'DEFLATE',
  });
}
