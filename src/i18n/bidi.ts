import { directionOf, type Locale } from './locale';

// Left-to-right pieces inside right-to-left text, set apart as <bdi> sets them apart in markup, but
// in the text itself, so that it goes with the text wherever it is drawn (page, slides, PowerPoint,
// chart image): a first-strong isolate, U+2068 … U+2069. Without it the bidi algorithm takes
// "2018-2019" after an Arabic word for Arabic numbers and shows "2019-2018".

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** After the hyphen of a range: an isolate broken over two lines would read "2018-" and "2019". */
const WORD_JOINER = '\u2060';

/** Letters of the right-to-left scripts (Hebrew, Arabic and their presentation forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

const isolate = (text: string) =>
  `${FIRST_STRONG_ISOLATE}${text.replace(/(\d)-(?=\d)/g, `$1-${WORD_JOINER}`)}${POP_DIRECTIONAL_ISOLATE}`;

/**
 * A value written into a sentence of a right-to-left language: isolated when it has no
 * right-to-left letter of its own (a plan's years, an acronym, an address, a Latin name).
 */
export function isolateValue(value: string, locale: Locale): string {
  if (directionOf(locale) !== 'rtl' || value === '' || RIGHT_TO_LEFT_LETTER.test(value)) {
    return value;
  }
  return isolate(value);
}

/**
 * A text of a right-to-left language with its left-to-right pieces isolated: each words quoted from
 * an English or French source, «fighting illicit drugs», with their quotation marks, and each
 * range of numbers, "2018-2019".
 */
export function isolateRanges(text: string, locale: Locale): string {
  if (directionOf(locale) !== 'rtl') return text;
  return text
    .split(/(«[^«»]*»)/)
    .map((piece) =>
      piece.startsWith('«') && !RIGHT_TO_LEFT_LETTER.test(piece)
        ? isolate(piece)
        : piece.replace(/\d+(?:-\d+)+/g, isolate),
    )
    .join('');
}
