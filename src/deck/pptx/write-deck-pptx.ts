import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { directionOf } from '../../i18n/locale';
import type { Slide, SlideDeck } from '../slide-types';
import { drawBlock } from './draw-slide-blocks';
import { contentTop, layoutSlide, seriesBodySizes, titleSize } from './layout-slide';
import {
  COLOR,
  CONTENT_WIDTH,
  FONT,
  FONT_FACE,
  LANGUAGE_TAGS,
  MARGIN,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
} from './pptx-style';
import { mirroredSlide, mirrorTextOptions } from './right-to-left';

// The deck as a PowerPoint file (issue 10), in three steps as a chart is drawn: measure
// (measure-text.ts, layout-slide.ts), draw (draw-slide-*.ts), and package (here: pptxgenjs, the
// slide master, the notes, and the written file mended where pptxgenjs 4.0.1 writes what it must
// not). Loaded on demand (../pptx-download-button.tsx imports it when pressed): pptxgenjs and jszip
// stay out of the first load.

const MASTER = 'DECK';

// pptxgenjs writes lang="en-US" wherever it is not given one, and in places that take none: the
// slide number field (slideObjectToXml), the notes slide (makeXmlNotesSlide), the charts' text
// (makeXmlCharts, makeChartType, makeCatAxis, makeValAxis) and its default run properties
// (genXmlTextRunProperties), all in node_modules/pptxgenjs/dist/pptxgen.es.js of 4.0.1. The
// writer never uses en-US itself, so each of those is set to the deck's language afterwards.
const DEFAULT_LANG = / lang="en-US"/g;

export const PPTX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export function deckPptxFileName(deck: SlideDeck): string {
  return `${deck.fileStem}.pptx`;
}

function defineMaster(pptx: PptxGenJS, deck: SlideDeck, lang: string) {
  const footerY = SLIDE_HEIGHT * 0.915;
  const isRightToLeft = directionOf(deck.language) === 'rtl';
  // In a right-to-left deck the bottom band is mirrored too: the title on the right, the number
  // on the left.
  const footerOptions: PptxGenJS.TextPropsOptions = {
    x: MARGIN,
    y: footerY + 0.05,
    w: CONTENT_WIDTH - 1.5,
    h: SLIDE_HEIGHT - footerY - 0.1,
    fontFace: FONT_FACE,
    fontSize: FONT.footer,
    color: COLOR.muted,
    lang,
    valign: 'middle',
  };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_WIDTH, h: 0.14, fill: { color: COLOR.navy } } },
      {
        line: {
          x: MARGIN,
          y: footerY,
          w: CONTENT_WIDTH,
          h: 0,
          line: { color: COLOR.rule, width: 1 },
        },
      },
      {
        text: {
          text: deck.footer,
          options: isRightToLeft ? mirrorTextOptions(footerOptions) : footerOptions,
        },
      },
    ],
    slideNumber: {
      x: isRightToLeft ? MARGIN : SLIDE_WIDTH - MARGIN - 1.2,
      y: footerY + 0.05,
      w: 1.2,
      h: SLIDE_HEIGHT - footerY - 0.1,
      fontFace: FONT_FACE,
      fontSize: FONT.footer,
      color: COLOR.muted,
      align: isRightToLeft ? 'left' : 'right',
      // Level with the deck's title beside it, whatever the size (pptxgenjs's default is the top).
      valign: 'middle',
    },
  });
}

/**
 * Splits the notes text into one paragraph per note: pptxgenjs's makeXmlNotesSlide
 * (dist/pptxgen.es.js, 4.0.1) writes all of `addNotes`'s text as one run of one paragraph (its line
 * breaks kept as text), whatever its runs or breaks.
 */
function notesParagraphs(xml: string, lang: string, isRightToLeft: boolean): string {
  // Right to left and aligned right in Arabic, as the slides' paragraphs.
  const paragraph = isRightToLeft ? '<a:p><a:pPr rtl="1" algn="r"/>' : '<a:p>';
  return xml.replace(
    /(<p:ph type="body" idx="1"\/>[\s\S]*?)<a:p>(<a:r>[\s\S]*?<a:t>)([\s\S]*?)(<\/a:t>)/,
    (_, start: string, run: string, text: string, end: string) =>
      `${start}${paragraph}${run}${text
        .split(/\r?\n/)
        .join(`</a:t></a:r></a:p>${paragraph}<a:r><a:rPr lang="${lang}" dirty="0"/><a:t>`)}${end}`,
  );
}

/** The presenter's talking points first, then the evidence and its sources, each under its heading. */
function slideNotes(slide: Slide, headings: SlideDeck['notesHeadings']): string[] {
  const talkingPoints = slide.talkingPoints ?? [];
  if (talkingPoints.length === 0 || !headings) return slide.notes;
  return [
    headings.talkingPoints,
    ...talkingPoints,
    ...(slide.notes.length > 0 ? [headings.evidence, ...slide.notes] : []),
  ];
}

export async function writeDeckPptx(deck: SlideDeck): Promise<Blob> {
  const lang = LANGUAGE_TAGS[deck.language];
  const isRightToLeft = directionOf(deck.language) === 'rtl';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  // The presentation's own direction (rtl="1" on presentation.xml): PowerPoint lays out its slide
  // sorter and new text right to left.
  pptx.rtlMode = isRightToLeft;
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.company = deck.title;
  defineMaster(pptx, deck, lang);

  // Never shrunk to fit (no autofit, which LibreOffice draws smaller still): each slide is laid out
  // at its series' size, measured beforehand.
  const bodySizes = seriesBodySizes(deck.slides, deck.language);
  for (const [index, slideModel] of deck.slides.entries()) {
    // A hidden slide stays in the file (show="0"), so a colleague can bring it back there.
    const added = pptx.addSlide({ masterName: MASTER });
    if (slideModel.isHidden) added.hidden = true;
    const slide = isRightToLeft ? mirroredSlide(added) : added;
    slide.addText(slideModel.title, {
      x: MARGIN,
      y: 0.3,
      w: CONTENT_WIDTH,
      h: contentTop(slideModel) - 0.45,
      fontFace: FONT_FACE,
      fontSize: titleSize(slideModel),
      bold: true,
      color: COLOR.navy,
      lang,
      valign: 'middle',
    });
    const { body, placed } = layoutSlide(slideModel, deck.language, bodySizes[index]);
    for (const { block, box } of placed) {
      drawBlock({ pptx, slide, lang, language: deck.language }, block, box, body);
    }
    const notes = slideNotes(slideModel, deck.notesHeadings);
    if (notes.length > 0) slide.addNotes(notes.join('\n'));
  }

  const written = await pptx.write({ outputType: 'arraybuffer' });
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  const parts = Object.keys(zip.files).filter((path) =>
    /^ppt\/(slides|notesSlides|charts|slideMasters|slideLayouts)\/[^/]+\.xml$/.test(path),
  );
  for (const path of parts) {
    const file = zip.file(path);
    if (!file) continue;
    let xml = (await file.async('string')).replace(DEFAULT_LANG, ` lang="${lang}"`);
    if (path.startsWith('ppt/notesSlides/')) xml = notesParagraphs(xml, lang, isRightToLeft);
    // The chart's own language element (its text runs carry none), where the schema places it.
    if (path.startsWith('ppt/charts/')) {
      xml = xml.replace('<c:date1904 val="0"/>', `$&<c:lang val="${lang}"/>`);
    }
    zip.file(path, xml);
  }
  return zip.generateAsync({
    type: 'blob',
    mimeType: PPTX_MIME_TYPE,
    compression: 'DEFLATE',
  });
}
