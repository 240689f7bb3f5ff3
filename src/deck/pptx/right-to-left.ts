import type PptxGenJS from 'pptxgenjs';
import { SLIDE_WIDTH } from './pptx-style';

// A right-to-left deck (Arabic) is the left-to-right one in a mirror: every box placed from the
// right edge instead of the left (the first figure, column or source on the right, the plans'
// names to the right of the time axis, whose years then run from right to left), left and right
// alignments swapped, and each paragraph in Arabic written right to left (pptxgenjs's `rtlMode`,
// `rtl="1"` on the paragraph). The drawing functions lay out in one direction only; the mirror is
// here, in one place, as CSS's logical properties do it for the screen deck.

type Align = PptxGenJS.HAlign | undefined;

const MIRRORED_ALIGN: Partial<Record<NonNullable<Align>, PptxGenJS.HAlign>> = {
  left: 'right',
  right: 'left',
};

/**
 * Whether text is written right to left: Arabic (LANGUAGE_TAGS: ar-SA) is the one such language of
 * the eight; text with no language of its own is in the deck's, which is Arabic here.
 */
const isRightToLeftText = (lang: string | undefined) => lang === undefined || /^ar\b/i.test(lang);

/** A box's x from the right edge: the same box seen in a mirror. */
function mirrorBox<T extends { x?: PptxGenJS.Coord; w?: PptxGenJS.Coord }>(options: T): T {
  const { x, w } = options;
  if (typeof x !== 'number') return options;
  return { ...options, x: SLIDE_WIDTH - x - (typeof w === 'number' ? w : 0) };
}

/**
 * A text box's options in the mirror: placed from the right, its alignment swapped (no alignment
 * is the left one), and right to left wherever its text is Arabic.
 */
export function mirrorTextOptions(
  options: PptxGenJS.TextPropsOptions = {},
): PptxGenJS.TextPropsOptions {
  const align = options.align ?? 'left';
  return {
    ...mirrorBox(options),
    align: MIRRORED_ALIGN[align] ?? align,
    rtlMode: options.rtlMode ?? isRightToLeftText(options.lang),
  };
}

/**
 * pptxgenjs 4.0.1 writes a paragraph's `rtl` from its first run's own options and hands the text
 * box's options down to the runs only after that (genXmlTextBody, dist/pptxgen.es.js): each run
 * says it, from its own language or the box's.
 */
function mirrorRuns(
  text: string | PptxGenJS.TextProps[],
  boxLang: string | undefined,
): string | PptxGenJS.TextProps[] {
  if (typeof text === 'string') return text;
  return text.map((run) => ({
    ...run,
    options: {
      ...run.options,
      rtlMode: run.options?.rtlMode ?? isRightToLeftText(run.options?.lang ?? boxLang),
    },
  }));
}

/** The slide, drawn through a mirror: what the drawing functions add lands mirrored. */
export function mirroredSlide(slide: PptxGenJS.Slide): PptxGenJS.Slide {
  return new Proxy(slide, {
    get(target, property, receiver) {
      if (property === 'addText') {
        return (text: string | PptxGenJS.TextProps[], options?: PptxGenJS.TextPropsOptions) => {
          target.addText(mirrorRuns(text, options?.lang), mirrorTextOptions(options));
          return receiver as PptxGenJS.Slide;
        };
      }
      if (property === 'addShape') {
        return (shape: PptxGenJS.SHAPE_NAME, options: PptxGenJS.ShapeProps = {}) => {
          target.addShape(shape, mirrorBox(options));
          return receiver as PptxGenJS.Slide;
        };
      }
      if (property === 'addChart') {
        return (
          type: PptxGenJS.CHART_NAME,
          data: unknown[],
          options: PptxGenJS.IChartOpts = {},
        ) => {
          target.addChart(type, data, mirrorBox(options));
          return receiver as PptxGenJS.Slide;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
