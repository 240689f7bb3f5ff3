import type { CSSProperties } from 'react';

// What a slide is and what fits on one, for every renderer: the slide selector splits content by
// these limits, the screen deck sets its type from these shares (as --deck-… custom properties on
// the slide, read in units of the stage's height), and the PowerPoint writer turns the same shares
// into points on its 7.5 in stage. Type for a room (../../shared/DESIGN.md): body at 4-5 % of the
// stage height, never under 3.5 %; titles 6.5-7.5 %; the sources may go down to 2.5 %.

/** PowerPoint's wide layout: a 16:9 stage, 13.333 × 7.5 in. */
export const STAGE = { width: 13.333, height: 7.5 } as const;

/** Type sizes, each as a percentage of the stage's height (the screen's cqh). */
export const TYPE = {
  /** A slide's title; the title slide's is larger. */
  title: 6.5,
  leadTitle: 7.5,
  /** A paragraph of text; the title slide's lead paragraph is larger. */
  text: 4.5,
  lead: 5,
  /** Lists, columns, attributions: the body of a slide. */
  body: 4,
  /** A list alone on its slide, set larger to fill it. */
  bodyAlone: 4.6,
  columnHeading: 4.2,
  figureValue: 13,
  figureLabel: 3.8,
  /** Who said a quotation, and in what role. */
  attribution: 3.8,
  /** Chart labels, tags, a timeline's labels. */
  label: 3.6,
  /** What qualifies a line: a figure's detail, a quotation's version, a plan's evidence. */
  detail: 3.5,
  quotation: 5,
  /** A quotation longer than LIMITS.longQuotationChars. */
  quotationLong: 4.4,
  source: 3.5,
  sourceAddress: 2.8,
  /** The deck's title and the slide number, in the bottom band. */
  footer: 2.8,
  /** The least body text a room reads from the back (DESIGN.md); the sources' least. */
  minimum: 3.5,
  sourcesMinimum: 2.5,
} as const;

export type TypeRole = keyof typeof TYPE;

/** What fits on a slide at the sizes above; the slide selector splits content by them. */
export const LIMITS = {
  // At 4 % of the stage height a slide holds about three columns of area names, eight names in all.
  themesPerSlide: 3,
  areasPerSlide: 8,
  /** Fewer areas than this are listed beside the chart rather than on a slide of their own. */
  minAreasForOwnSlide: 4,
  // Three sources a slide keep their titles and addresses at readable sizes (3.5 % and 2.8 %).
  sourcesPerSlide: 3,
  // Below two figures, a slide holds about six lines of body text.
  newAreasListed: 6,
  // The milestones' dated list, in characters a slide, set at body size (TYPE.body): measured in
  // Chromium, the five milestones' 810 French characters take 90 % of the room under the title.
  milestoneCharsPerSlide: 850,
  /** A quotation of more characters is set at TYPE.quotationLong. */
  longQuotationChars: 420,
  figuresPerRow: 4,
  columnsPerRow: 3,
} as const;

// Wider than a Latin letter at the same size: a Chinese character a full em (about 1.8 Latin
// letters), a Cyrillic letter about 15 % (Noto Sans). Limits in characters are measured in French.
/** Characters a full em wide: Chinese, kana, hangul, full-width forms (the PowerPoint's measure too). */
export const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;

/** A text's length in French letters' widths, what LIMITS' characters count. */
export function textUnits(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  return text.length + wide * 0.8 + cyrillic * 0.15;
}

/** A share of the stage height in points on the PowerPoint stage, rounded up to a half point. */
export function pointsOf(role: TypeRole): number {
  return Math.ceil(((TYPE[role] * STAGE.height * 72) / 100) * 2) / 2;
}

/**
 * The type sizes as custom properties in units of the stage's height (`--deck-title: 6.5cqh`), for
 * a slide's root element; its classes read them (`text-(length:--deck-title)`). A custom property
 * is substituted where it is used, so `cqh` is the stage's wherever inside it a class reads it.
 */
export const deckTypeStyle = Object.fromEntries(
  Object.entries(TYPE).map(([role, share]) => [`--deck-${kebab(role)}`, `${share}cqh`]),
) as CSSProperties;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
