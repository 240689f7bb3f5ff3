import { formatQuotedPart } from '../../i18n/formatters';
import type { Locale } from '../../i18n/locale';
import type { SlideAreaSection, SlideBlock } from '../slide-types';
import { drawChart } from './draw-slide-chart';
import { drawTimeline } from './draw-slide-timeline';
import {
  columnGrid,
  columnHeight,
  eventRuns,
  figureHeight,
  figureRows,
  listFormat,
  quotationSize,
  sourceByline,
  sourcesLayout,
} from './layout-slide';
import { textHeight } from './measure-text';
import {
  COLOR,
  FONT,
  FONT_FACE,
  GAP,
  LANGUAGE_TAGS,
  type Box,
  type DrawContext,
  type Run,
} from './pptx-style';

// Draws a block of a slide into the box layout-slide.ts gave it: text, lists, figures, columns,
// a quotation and sources here; the chart and the timeline in their own files.

export function drawBlock(context: DrawContext, block: SlideBlock, box: Box, body: number) {
  const { slide, lang } = context;
  const base = { fontFace: FONT_FACE, color: COLOR.ink, lang, valign: 'top' as const };
  switch (block.kind) {
    case 'text':
      slide.addText(block.text, { ...base, ...box, fontSize: body });
      return;
    case 'event': {
      const runs = eventRuns(block, body);
      slide.addShape(context.pptx.ShapeType.rect, {
        x: box.x,
        y: box.y,
        w: 0.08,
        h: box.h,
        fill: { color: COLOR.amber },
        line: { color: COLOR.amber, width: 0 },
      });
      slide.addText(
        runs.map((run, index) => ({
          text: run.text,
          options: {
            fontSize: run.fontSize,
            bold: index === 0 && block.name !== '',
            color: index === 0 && block.name !== '' ? COLOR.navy : COLOR.ink,
            breakLine: index < runs.length - 1,
          },
        })),
        { ...base, ...box, x: box.x + 0.3, w: box.w - 0.3 },
      );
      return;
    }
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
              options: { fontSize: FONT.figure, bold: true, color: COLOR.accent, breakLine: true },
            },
            { text: figure.label, options: { fontSize: body, breakLine: Boolean(figure.detail) } },
          ];
          if (figure.detail) {
            runs.push({
              text: figure.detail,
              options: { fontSize: FONT.detail, color: COLOR.muted },
            });
          }
          slide.addText(runs, {
            ...base,
            x: box.x + column * (width + GAP),
            y,
            w: width,
            h: height,
            fill: { color: COLOR.panel },
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
          const runs: Run[] = column.flatMap((section, sectionIndex) =>
            sectionRuns(section, sectionIndex > 0, body, context.language),
          );
          // The column's last paragraph ends the text box: no line break after it.
          const last = runs.at(-1);
          if (last) last.options = { ...last.options, breakLine: false };
          slide.addText(runs, {
            ...base,
            x: box.x + index * (width + GAP),
            y,
            w: width,
            h: height,
            line: { color: COLOR.rule, width: 1 },
          });
        });
        y += height + GAP;
      }
      return;
    }
    case 'quotation': {
      const quoteLang = LANGUAGE_TAGS[block.language];
      const quote = quotationSize(block);
      const runs: Run[] = [];
      block.parts.forEach((part, index) => {
        runs.push({
          text: formatQuotedPart(part, block),
          options: {
            fontSize: quote,
            italic: !block.isTranslation,
            lang: quoteLang,
            breakLine: true,
          },
        });
        for (const text of block.between.slice(index, index + 1)) {
          runs.push({
            text,
            options: { fontSize: body, color: COLOR.muted, lang: quoteLang, breakLine: true },
          });
        }
      });
      const attribution = textHeight(
        [
          { text: block.person, fontSize: body },
          { text: block.role, fontSize: body },
          { text: block.versionLabel, fontSize: FONT.detail },
        ],
        box.w - 0.6,
      );
      const quoteHeight = box.h - attribution - GAP;
      slide.addShape(context.pptx.ShapeType.rect, {
        x: box.x,
        y: box.y,
        w: 0.12,
        h: quoteHeight,
        fill: { color: COLOR.accent },
        line: { color: COLOR.accent, width: 0 },
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
          { text: block.versionLabel, options: { fontSize: FONT.detail, color: COLOR.muted } },
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
            text: sourceByline(item),
            options: { fontSize: size, breakLine: true },
          },
          {
            text: item.url,
            options: {
              // An address reads left to right in any deck: its paragraph is never right to left.
              rtlMode: false,
              fontSize: size,
              color: COLOR.accent,
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
    case 'chart':
      drawChart(context, block, box);
      return;
    case 'timeline':
      drawTimeline(context, block, box, body);
      return;
  }
}

/** A theme's heading and its areas as paragraphs; one under another is set off by a space above. */
function sectionRuns(
  section: SlideAreaSection,
  isUnderAnother: boolean,
  body: number,
  language: Locale,
): Run[] {
  return [
    {
      text: section.heading,
      options: {
        fontSize: body,
        bold: true,
        color: COLOR.navy,
        breakLine: true,
        ...(isUnderAnother ? { paraSpaceBefore: body } : {}),
      },
    },
    ...section.items.flatMap((item): Run[] => [
      {
        text: item.text,
        options: { fontSize: body, bullet: { indent: 18 }, breakLine: true, bold: item.isNew },
      },
      ...(item.tags.length > 0
        ? [
            {
              text: listFormat(language).format(item.tags),
              options: {
                fontSize: FONT.label,
                color: item.isNew ? COLOR.amber : COLOR.muted,
                indentLevel: 1,
                breakLine: true,
              },
            },
          ]
        : []),
    ]),
  ];
}
