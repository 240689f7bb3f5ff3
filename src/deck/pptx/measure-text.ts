import { CYRILLIC, WIDE, wordsOf, wrappedLines } from '../deck-metrics';

// Text measured as a renderer without the slide's font (LibreOffice on a bare Debian falls back to
// DejaVu Sans, wider than Arial) would lay it out, so that it fits in both. Sizes in points,
// lengths in inches.

const CHAR_WIDTH_EM = 0.56;
// Bold digits are the widest (DejaVu Sans Bold: 0.7 em): periods and headings are measured so.
const BOLD_CHAR_WIDTH_EM = 0.7;
const LINE_HEIGHT = 1.2;
/** A text box's inner margins, left and right (or top and bottom) together. */
export const BOX_INSET = 0.2;

// Chinese characters (and kana, hangul, full-width forms) are a full em wide, and a line may break
// between any two of them: each counts as 1 / CHAR_WIDTH_EM characters and as a word of its own.
const WIDE_LENGTH = 1 / CHAR_WIDTH_EM;

// A Cyrillic letter, in LibreOffice's rendering of a Russian deck, is about a quarter wider than
// the Latin average: "транснациональной организованной" (32 letters) is what a line 41 Latin
// letters long holds.
const CYRILLIC_LENGTH = 1.25;

/** A word's length in average Latin characters. */
const lengthOf = (word: string) => {
  const wide = word.match(WIDE)?.length ?? 0;
  const cyrillic = word.match(CYRILLIC)?.length ?? 0;
  return word.length - wide + wide * WIDE_LENGTH + cyrillic * (CYRILLIC_LENGTH - 1);
};

/** Lines a paragraph takes at a font size in a box of a width, wrapping at spaces. */
export function countLines(text: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(((width - BOX_INSET) * 72) / (fontSize * CHAR_WIDTH_EM)));
  return wrappedLines(text, perLine, lengthOf);
}

/** Whether every word of a bold heading fits on a line: a word is never cut in two. */
export function wordsFit(text: string, fontSize: number, width: number): boolean {
  const longest = Math.max(0, ...wordsOf(text).map(lengthOf));
  return (longest * fontSize * BOLD_CHAR_WIDTH_EM) / 72 <= width - BOX_INSET;
}

export const lineHeight = (fontSize: number) => (fontSize * LINE_HEIGHT) / 72;

/** The height of a box of paragraphs, each at its size, in a width. */
export function textHeight(
  paragraphs: { text: string; fontSize: number }[],
  width: number,
): number {
  return (
    paragraphs.reduce(
      (sum, { text, fontSize }) => sum + countLines(text, fontSize, width) * lineHeight(fontSize),
      0,
    ) + BOX_INSET
  );
}

/** The width of a box that holds a line of text. */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  return (
    (lengthOf(text) * fontSize * (isBold ? BOLD_CHAR_WIDTH_EM : CHAR_WIDTH_EM)) / 72 + BOX_INSET
  );
}
