import { paragraphTexts } from '../../src/testing/read-pptx';
import { pdfWords, type PdfWord } from './pdf-support';

// Whether LibreOffice Impress keeps each text of a .pptx inside its box: the writer sizes each box
// by an estimate of the text's lines, and a line more than estimated runs over the box's border
// (a column's rule, the next block). The boxes come from the slides' XML, the words where
// LibreOffice drew them from its PDF (pdftotext -bbox), both in points from the slide's top left.

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The box's text, its paragraphs joined, normalised as the PDF's words are. */
  text: string;
  /** Whether its outline is drawn (a column of areas): a word across it crosses a line. */
  hasBorder: boolean;
}

const EMU_PER_POINT = 12_700;
/** A point of rounding either way: LibreOffice places a line's box to the half point. */
const TOLERANCE = 1.5;

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

const rectOf = (xml: string) => {
  const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(xml);
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  if (!off || !ext) return null;
  const [x, y, w, h] = [off[1], off[2], ext[1], ext[2]].map((v) => Number(v) / EMU_PER_POINT);
  return { x: x!, y: y!, w: w!, h: h! };
};

/** Each text shape of a slide's XML (or a layout's): its place and its text. */
function textBoxes(xml: string): Box[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap(([, shape = '']) => {
    const rect = rectOf(shape);
    const text = normalise(paragraphTexts(shape).join(' '));
    const hasBorder = /<a:ln\b[^>]*>\s*<a:solidFill>/.test(shape);
    return rect && text.trim() !== '' ? [{ ...rect, text, hasBorder }] : [];
  });
}

/** The charts' frames, whose text (the axes' labels) is in the chart's own XML. */
function chartFrames(xml: string): Box[] {
  return [...xml.matchAll(/<p:graphicFrame>([\s\S]*?)<\/p:graphicFrame>/g)].flatMap(
    ([, frame = '']) => {
      const rect = rectOf(frame);
      return rect ? [{ ...rect, text: '', hasBorder: false }] : [];
    },
  );
}

const meets = (box: Box, word: PdfWord) =>
  word.right > box.x + TOLERANCE &&
  word.left < box.x + box.w - TOLERANCE &&
  word.bottom > box.y + TOLERANCE &&
  word.top < box.y + box.h - TOLERANCE;

const holds = (box: Box, word: PdfWord) =>
  word.left >= box.x - TOLERANCE &&
  word.right <= box.x + box.w + TOLERANCE &&
  word.top >= box.y - TOLERANCE &&
  word.bottom <= box.y + box.h + TOLERANCE;

/** Text of scripts written without spaces: a PDF's word there is a run of the box's text. */
const UNSPACED = /[\u0600-\u06ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Whether the word is one of the box's: one of its words, or for Arabic and Chinese a run of its
 * text (read backwards too, as poppler may give Arabic). Words of one letter or digit, which
 * many texts share, are left out.
 */
function isOf(box: Box, word: PdfWord): boolean {
  if ([...word.text].length < 2) return false;
  if (!UNSPACED.test(word.text)) return box.text.split(' ').includes(word.text);
  return box.text.includes(word.text) || box.text.includes([...word.text].reverse().join(''));
}

/** Whether the word is where a box's text would run on to: in its width, at most two lines under it. */
const isUnder = (box: Box, word: PdfWord) => {
  const centre = (word.left + word.right) / 2;
  return (
    centre >= box.x &&
    centre <= box.x + box.w &&
    word.bottom > box.y &&
    word.top < box.y + box.h + 2 * (word.bottom - word.top)
  );
};

/**
 * The words LibreOffice drew outside the box their text belongs to, where a person sees it, slide by
 * slide: a word of a box's text, in its width and at most two lines under it, inside no box with
 * that word, and across the box's outline or on another box.
 */
export function wordsOutsideTheirBoxes(
  slideXml: string[],
  layoutsAndMasters: string,
  pdf: string,
): string[] {
  const pages = pdfWords(pdf).map(({ words }) =>
    words.map((word) => ({
      ...word,
      text: normalise(
        word.text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
      ),
    })),
  );
  // The footer (the deck's title, the slide number) is the layout's.
  const layoutBoxes = textBoxes(layoutsAndMasters);
  return slideXml.flatMap((xml, index) => {
    const boxes = [...textBoxes(xml), ...layoutBoxes];
    const frames = chartFrames(xml);
    return (pages[index] ?? []).flatMap((word) => {
      if (frames.some((frame) => holds(frame, word))) return [];
      const owners = boxes.filter((box) => isOf(box, word) && isUnder(box, word));
      if (owners.length === 0 || owners.some((box) => holds(box, word))) return [];
      const box = owners[0]!;
      // Out of a box without an outline, into empty room: nobody sees it.
      const others = [...boxes, ...frames].filter((other) => !owners.includes(other));
      if (!box.hasBorder && !others.some((other) => meets(other, word))) return [];
      return [
        `slide ${index + 1}: "${word.text}" at ${word.top.toFixed(1)}-${word.bottom.toFixed(1)} pt, ` +
          `its box ${box.y.toFixed(1)}-${(box.y + box.h).toFixed(1)} pt`,
      ];
    });
  });
}
