import { directionOf } from '../../i18n/locale';
import type { SlideBlock } from '../slide-types';
import { textHeight } from './measure-text';
import { COLOR, FONT, FONT_FACE, type Box, type DrawContext } from './pptx-style';

// The type allows only 'minMax', the writer passes any value on: 'maxMin' lists the first
// category at the top of a horizontal bar chart, in the screen's order, not the reverse.
const CATEGORIES_TOP_DOWN = 'maxMin' as unknown as 'minMax';
// The same for the value axis: reversed, its zero on the right, so that in a right-to-left deck
// the bars grow from the right and the category axis, crossing at zero, stands on the right.
const VALUES_RIGHT_TO_LEFT = 'maxMin' as unknown as 'minMax';

/** The caption above, then a native stacked bar chart (it stays editable in PowerPoint). */
export function drawChart(
  { pptx, slide, lang, language }: DrawContext,
  block: Extract<SlideBlock, { kind: 'chart' }>,
  captioned: Box,
) {
  const captionHeight = textHeight([{ text: block.caption, fontSize: FONT.label }], captioned.w);
  slide.addText(block.caption, {
    fontFace: FONT_FACE,
    lang,
    valign: 'top',
    ...captioned,
    h: captionHeight,
    fontSize: FONT.label,
    color: COLOR.muted,
  });
  const box = { ...captioned, y: captioned.y + captionHeight, h: captioned.h - captionHeight };
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
      ...(directionOf(language) === 'rtl' ? { valAxisOrientation: VALUES_RIGHT_TO_LEFT } : {}),
      // Every theme named, not one in two when the labels are long.
      catAxisLabelFrequency: '1',
      catAxisLabelFontSize: FONT.label,
      catAxisLabelFontFace: FONT_FACE,
      catAxisLabelColor: COLOR.ink,
      valAxisLabelFontSize: FONT.label,
      valAxisLabelColor: COLOR.muted,
      valAxisMajorUnit: 1,
      valAxisMinVal: 0,
      valAxisLabelFormatCode: '0',
      valGridLine: { color: COLOR.rule, size: 1 },
      // Each segment's count in it, as on screen; a zero segment says nothing ("0;;" has no
      // section for zero).
      showValue: true,
      dataLabelPosition: 'ctr',
      dataLabelColor: 'FFFFFF',
      dataLabelFontSize: FONT.label,
      dataLabelFontBold: true,
      dataLabelFontFace: FONT_FACE,
      dataLabelFormatCode: '0;;',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: FONT.label,
      legendFontFace: FONT_FACE,
      // The caption is written above the chart as text: a chart title takes room
      // from the plot, and LibreOffice then drops every other theme's label.
      showTitle: false,
      altText: block.caption,
      lang,
    },
  );
}
