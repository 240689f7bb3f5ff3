import type { CSSProperties } from 'react';

// What a slide is and what fits on one, for every renderer: the slide selector splits content by
// these limits and estimates, the screen deck sets its type and spacing from these shares (as
// --deck-… custom properties on the slide, read in units of the stage), and the PowerPoint writer
// turns the same type shares into points on its 7.5 in stage. Type for a room (../../shared/DESIGN.md): body at 4-5 % of the
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

/**
 * A slide's padding, in % of the stage height. The bottom one keeps the footer (the deck's title and
 * the slide number) in the bottom tenth and all content above it, where the back row can see over
 * heads (DESIGN.md): 3.7 + the footer's band (FOOTER, 6.44) is 10.14, a little over a tenth, as a
 * small stage rounds type to whole pixels.
 */
export const SLIDE_PADDING = { top: 4.5, bottom: 3.7 } as const;

/** Line heights, as multiples of the type's size. */
export const LEADING = {
  /** The slide's own: paragraphs, lists, the footer. */
  slide: 1.3,
  title: 1.12,
  columnHeading: 1.15,
  areaName: 1.22,
  tag: 1.2,
} as const;

/**
 * The spacing the selector's estimates count, in % of the stage height: the screen deck draws it
 * from these (as --deck-space-… properties), so that an estimate cannot fall behind the slide.
 */
export const SPACE = {
  /** Between a slide's title and its blocks. */
  underTitle: 3,
  /** The footer's margin above its rule, the rule, and the padding under it. */
  footerMargin: 1.5,
  footerRule: 0.3,
  footerPadding: 1,
  /** A column's heading: the rule above it, the padding under the rule, the space before its list. */
  headingRule: 0.8,
  headingPadding: 1.2,
  underHeading: 2,
  /** Between two areas of a column, and between two themes stacked in one. */
  areaGap: 2,
  sectionGap: 3.5,
  /** A row of tags under an area's name: the margin above it, each tag's border. */
  tagMargin: 0.6,
  tagBorder: 0.25,
  /** Between the items of a list alone on its slide at body size (the milestones). */
  listGap: 2.4,
} as const;

/** The same, across the stage: in % of its width. */
export const SPACE_X = {
  /** The slide's padding at either side. */
  page: 5,
  /** Between the columns of a columns slide. */
  columnGap: 3,
  /** A list's indent (its padding), and each item's beyond it. */
  listIndent: 2.5,
  itemIndent: 0.5,
} as const;

/** A share of the stage's width in % of its height, the unit of every estimate: a 16:9 stage. */
const acrossToHeight = (share: number) => (share * 16) / 9;

/** The content's width on the screen's stage, in % of its height. */
export const CONTENT_WIDTH = acrossToHeight(100 - 2 * SPACE_X.page);

/** A column's width on a slide of `count` columns, in % of the stage's height. */
export function columnWidth(count: number): number {
  return (CONTENT_WIDTH - acrossToHeight(SPACE_X.columnGap) * (count - 1)) / count;
}

/** A list's text width on the screen's stage, in % of its height: the content less its indents. */
export const LIST_WIDTH = CONTENT_WIDTH - acrossToHeight(SPACE_X.listIndent + SPACE_X.itemIndent);

/** The footer's band above the bottom padding: its margin, rule, padding and line. */
const FOOTER =
  SPACE.footerMargin + SPACE.footerRule + SPACE.footerPadding + TYPE.footer * LEADING.slide;

/**
 * The height a slide's blocks have on the screen's stage, in % of its height, under a title of
 * `titleLines` lines: the padding, the title, the space under it and the footer taken out.
 */
export function roomUnderTitle(titleLines: number): number {
  return (
    100 -
    SLIDE_PADDING.top -
    SLIDE_PADDING.bottom -
    titleLines * TYPE.title * LEADING.title -
    SPACE.underTitle -
    FOOTER
  );
}

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
/** Cyrillic letters, wider than Latin ones on average in every sans the deck meets. */
export const CYRILLIC = /[\u0400-\u04ff]/gu;

/** A text's length in French letters' widths, what LIMITS' characters count. */
export function textUnits(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  return text.length + wide * 0.8 + cyrillic * 0.15;
}

/** The words of a text as a line breaks it: at spaces, and between wide characters. */
export const wordsOf = (text: string) => text.replace(WIDE, ' $& ').split(/\s+/).filter(Boolean);

/**
 * Lines a paragraph takes when wrapped at spaces (and between wide characters) in lines of
 * `perLine`, each word as long as `lengthOf` says and a space `space` long (a letter, unless
 * told); a word longer than a line is cut. The PowerPoint's measure and the slide selector's
 * estimate (screenLines) both wrap with it.
 */
export function wrappedLines(
  text: string,
  perLine: number,
  lengthOf: (word: string) => number,
  space = 1,
): number {
  let lines = 1;
  let used = 0;
  let wasWide = false;
  for (const word of wordsOf(text)) {
    const length = lengthOf(word);
    // No space between two Chinese characters, nor between one and a word of another script.
    const isWide = word.match(WIDE) !== null;
    const gap = isWide || wasWide ? 0 : space;
    wasWide = isWide;
    if (used === 0) used = length;
    else if (used + gap + length <= perLine) used += gap + length;
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

// The screen's sans (system-ui: Noto Sans, Segoe UI, Roboto…) in ems, measured in Chromium on
// Noto Sans: most letters, Latin or Cyrillic, about 0.57 em; the few narrow and wide ones counted
// apart, as German's "m" and "Bekämpfung" make a line a fifth longer than French's of as many
// letters; Arabic's joined letters about 0.46 em. Bold is about 6 % wider; a Chinese character
// is a full em.
const EMS: [string, number][] = [
  ["iljíìîïIJ.,:;!'’|", 0.27],
  ['ftr()-«»“”', 0.38],
  ['mwMWжмшщыюфЖМШЩЫЮФ', 0.88],
];
const EM_OF = new Map(EMS.flatMap(([letters, ems]) => [...letters].map((l) => [l, ems] as const)));
const SPACE_EM = 0.26;
const BOLD_WIDER = 1.06;

/** A word's width in ems on the screen (a loop over its letters: the selector asks thousands). */
function screenEms(word: string): number {
  let ems = 0;
  for (const letter of word) {
    const known = EM_OF.get(letter);
    const code = letter.codePointAt(0)!;
    if (known !== undefined) ems += known;
    else if (code >= 0x600 && code <= 0x6ff)
      ems += 0.46; // Arabic
    else if (code >= 0x1100 && letter.match(WIDE)) ems += 1;
    else if (letter !== letter.toLowerCase())
      ems += 0.66; // a capital
    else ems += 0.57;
  }
  return ems;
}

/**
 * Lines a text takes on the screen's stage at a type size in a width (both in % of the stage's
 * height): an estimate, for the selector to split content before anything is drawn.
 */
export function screenLines(text: string, role: TypeRole, width: number, isBold = false): number {
  const scale = isBold ? BOLD_WIDER : 1;
  return wrappedLines(
    text,
    width / TYPE[role],
    (word) => screenEms(word) * scale,
    SPACE_EM * scale,
  );
}

/** A share of the stage height in points on the PowerPoint stage, rounded up to a half point. */
export function pointsOf(role: TypeRole): number {
  return Math.ceil(((TYPE[role] * STAGE.height * 72) / 100) * 2) / 2;
}

/**
 * The metrics as custom properties for a slide's root element, in units of the stage
 * (`--deck-title: 6.5cqh`, `--deck-space-x-column-gap: 3cqw`, `--deck-leading-title: 1.12`); its
 * classes read them (`text-(length:--deck-title)`). A custom property is substituted where it is
 * used, so `cqh` is the stage's wherever inside it a class reads it.
 */
export const deckMetricsStyle = {
  ...properties('', TYPE, 'cqh'),
  ...properties('space-', SPACE, 'cqh'),
  ...properties('space-x-', SPACE_X, 'cqw'),
  ...properties('leading-', LEADING, ''),
  paddingTop: `${SLIDE_PADDING.top}cqh`,
  paddingBottom: `${SLIDE_PADDING.bottom}cqh`,
} as CSSProperties;

function properties(prefix: string, values: Record<string, number>, unit: string) {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      `--deck-${prefix}${kebab(name)}`,
      `${value}${unit}`,
    ]),
  );
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
