import type PptxGenJS from 'pptxgenjs';
import type { Locale } from '../../i18n/locale';
import { pointsOf, STAGE } from '../deck-metrics';

// The PowerPoint's stage in inches and its type in points, from the deck's metrics
// (../deck-metrics.ts): the same shares of the stage height as the screen deck's. Content stays
// above the bottom 10 %, where the slide master puts the deck's title and the slide number.

export const SLIDE_WIDTH = STAGE.width;
export const SLIDE_HEIGHT = STAGE.height;

/** Type sizes in points. The body is fitted to each slide between `minimum` and `lead`. */
export const FONT = {
  title: pointsOf('title'),
  leadTitle: pointsOf('leadTitle'),
  bodyLargest: pointsOf('lead'),
  body: pointsOf('minimum'),
  figure: pointsOf('figureValue'),
  label: pointsOf('label'),
  detail: pointsOf('detail'),
  quotation: pointsOf('quotation'),
  quotationLong: pointsOf('quotationLong'),
  sourcesLargest: pointsOf('source'),
  sources: pointsOf('sourcesMinimum'),
  footer: pointsOf('footer'),
} as const;

export const MARGIN = 0.6;
export const CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
export const CONTENT_TOP = 1.55;
export const CONTENT_BOTTOM = SLIDE_HEIGHT * 0.9;
export const GAP = 0.25;
export const FONT_FACE = 'Arial';

/** The screen deck's colours (slide-view.tsx), as PowerPoint writes them. */
export const COLOR = {
  ink: '0F172A',
  muted: '334155',
  navy: '172554',
  accent: '1E3A8A',
  amber: 'B45309',
  panel: 'EEF2FF',
  rule: 'CBD5E1',
} as const;

/** Languages as PowerPoint tags them (the spelling checker and the voice read the text with it). */
export const LANGUAGE_TAGS: Record<Locale, string> = {
  ar: 'ar-SA',
  zh: 'zh-CN',
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  ru: 'ru-RU',
  de: 'de-DE',
  it: 'it-IT',
};

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Run = PptxGenJS.TextProps;

/** What a drawing function draws on: the file, the slide, and the deck's language. */
export interface DrawContext {
  pptx: PptxGenJS;
  slide: PptxGenJS.Slide;
  lang: string;
  language: Locale;
}
