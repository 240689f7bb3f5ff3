import type { SlideBlock } from '../slide-types';
import { BOX_INSET, lineHeight, textHeight, textWidth, wordsFit } from './measure-text';
import { COLOR, FONT, FONT_FACE, GAP, type Box, type DrawContext } from './pptx-style';

/** A milestone's diamond, in the legend and on the axis: the page's amber. */
const MILESTONE_MARK = {
  fill: { color: COLOR.amber },
  line: { color: COLOR.amber, width: 0.75 },
};

// The timeline draws what the screen's does (solid: stated; light and dashed: inferred; a dashed
// outline between the neighbours' years: undocumented; a dashed line: an open end), and each row
// says its evidence in words beside it, so the slide needs no legend: it would take the room of
// a plan at room-sized type.
export function drawTimeline(
  { pptx, slide }: DrawContext,
  block: Extract<SlideBlock, { kind: 'timeline' }>,
  box: Box,
  body: number,
) {
  const base = { fontFace: FONT_FACE, color: COLOR.ink, valign: 'middle' as const };
  // Wide enough for a plan's title on one line at the least body size, so that title and evidence fit a row
  // beside the milestones' strip.
  const labelWidth = 5.3;
  const axisX = box.x + labelWidth + GAP;
  const axisWidth = box.x + box.w - axisX;
  // Spans are half-open years: the last year is drawn to its end (2018-2019 fills two slots).
  const years = block.maxYear - block.minYear + 1;
  const yearWidth = axisWidth / years;
  const axisHeight = lineHeight(FONT.detail) + 0.2;
  const milestones = block.milestones ?? [];
  // Under the years, the milestones: a small diamond each, its letter alternately above and below
  // it so that two close dates stay readable (the dated list is the next slide).
  const diamond = 0.2;
  const letterHeight = lineHeight(FONT.detail);
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
              { text: plan.evidenceLabel, fontSize: FONT.detail },
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
            color: plan.isFeatured ? COLOR.navy : COLOR.ink,
          },
        },
        { text: plan.evidenceLabel, options: { fontSize: FONT.detail, color: COLOR.muted } },
      ],
      { ...base, x: box.x, y, w: labelWidth, h: rowHeight },
    );
    const barY = y + (rowHeight - barHeight) / 2;
    const from = plan.span?.from ?? plan.startYear;
    if (from === null) return;
    const to = plan.span?.to ?? (plan.endYear ?? plan.startYear ?? from) + 1;
    const barX = xOf(from);
    const barWidth = xOf(to) - barX;
    const isUndocumented = plan.startYear === null;
    // Years are set bold; an undocumented period's words in italic, measured as the regular face.
    const periodWidth = textWidth(plan.periodLabel, FONT.detail, !isUndocumented);

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
        fill: { color: isStated ? COLOR.accent : 'BFDBFE' },
        line: { color: COLOR.accent, width: 1.5, dashType: isStated ? 'solid' : 'dash' },
      });
    if (!isUndocumented && plan.endYear === null && to > solidTo) {
      // The end is not documented: the bar runs on as a dashed line, open.
      slide.addShape(pptx.ShapeType.line, {
        x: xOf(solidTo),
        y: barY + barHeight / 2,
        w: xOf(to) - xOf(solidTo),
        h: 0,
        line: { color: COLOR.accent, width: 2.5, dashType: 'dash' },
      });
    }
    // The period beside its bar: on the right where there is room, else on the left; in its
    // outline for an undocumented period where it fits there, or where neither side holds its
    // longest word (LibreOffice would cut the word in two): on one line, its type made smaller.
    const right = barX + barWidth + 0.05;
    const spaceRight = axisX + axisWidth - right;
    const spaceLeft = barX - 0.05 - axisX;
    const isOnRight = spaceRight >= periodWidth || spaceRight >= spaceLeft;
    const width = Math.min(periodWidth, isOnRight ? spaceRight : spaceLeft);
    const isInside =
      isUndocumented &&
      (periodWidth <= barWidth || !wordsFit(plan.periodLabel, FONT.detail, width));
    if (isInside) {
      const inchesPerPoint = textWidth(plan.periodLabel, 1) - BOX_INSET;
      slide.addText(plan.periodLabel, {
        ...base,
        x: barX,
        y: barY,
        w: barWidth,
        h: barHeight,
        fontSize: Math.min(FONT.detail, Math.floor((barWidth - BOX_INSET) / inchesPerPoint)),
        italic: true,
        color: COLOR.muted,
        align: 'center',
      });
      return;
    }
    slide.addText(plan.periodLabel, {
      ...base,
      x: isOnRight ? right : barX - 0.05 - width,
      y: barY - 0.2,
      w: width,
      h: barHeight + 0.4,
      fontSize: FONT.detail,
      bold: !isUndocumented,
      italic: isUndocumented,
      color: isUndocumented ? COLOR.muted : COLOR.ink,
      align: isOnRight ? 'left' : 'right',
    });
  });

  const axisY = box.y + block.plans.length * rowHeight;
  slide.addShape(pptx.ShapeType.line, {
    x: axisX,
    y: axisY,
    w: axisWidth,
    h: 0,
    line: { color: COLOR.muted, width: 1.5 },
  });
  // Each year under its slot while the labels fit side by side, every other year if not.
  const step = yearWidth >= textWidth('2000', FONT.detail) - BOX_INSET + 0.08 ? 1 : 2;
  for (let year = block.minYear; year <= block.maxYear; year += step) {
    // Centred on its year's slot, as wide as the slots it stands for (four digits never wrap).
    slide.addText(String(year), {
      ...base,
      x: xOf(year) + yearWidth / 2 - (yearWidth * step) / 2,
      y: axisY + 0.05,
      w: yearWidth * step,
      h: axisHeight,
      margin: 0,
      fontSize: FONT.detail,
      color: COLOR.muted,
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
      fontSize: FONT.detail,
      color: COLOR.muted,
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
      fontSize: FONT.detail,
      bold: true,
      align: 'center',
    });
  });
}
