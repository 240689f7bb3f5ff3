import { loadCatalog } from '../../i18n/use-i18n';
import { readPptx, type PptxContents } from '../../testing/read-pptx';
import { deckFor } from '../../testing/slide-deck-testing';
import type { SlideDeck } from '../slide-types';
import { SLIDE_WIDTH } from './pptx-style';
import { writeDeckPptx } from './write-deck-pptx';

// The Arabic deck as PowerPoint: mirrored as the screen deck is, its Arabic paragraphs right to
// left and tagged ar-SA, the chart's bars from the right and the years from right to left.

const EMU_PER_INCH = 914_400;
const ARABIC = /[\u0600-\u06ff]/;

/** Each paragraph (<a:p>) of a part: its properties tag and its text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((match) => {
    const body = match[1] ?? '';
    return {
      properties: /^<a:pPr\b[^>]*>/.exec(body)?.[0] ?? '',
      text: [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((run) => run[1]).join(''),
    };
  });
}

/** The shapes of a slide whose text is exactly `text`, with their x in inches. */
function shapesWithText(xml: string, text: string) {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
    .map((match) => match[1] ?? '')
    .filter((shape) => paragraphs(shape).some((p) => p.text === text))
    .map((shape) => Number(/<a:off x="(-?\d+)"/.exec(shape)?.[1]) / EMU_PER_INCH);
}

describe('the deck as PowerPoint in Arabic', () => {
  let deck: SlideDeck;
  let pptx: PptxContents;
  beforeAll(async () => {
    await loadCatalog('ar');
    deck = deckFor('?lang=ar');
    pptx = await readPptx(await writeDeckPptx(deck));
  });

  it('writes every Arabic paragraph right to left, aligned right, tagged ar-SA', () => {
    expect(deck.language).toBe('ar');
    const arabic = pptx.slideXml.flatMap(paragraphs).filter((p) => ARABIC.test(p.text));
    expect(arabic.length).toBeGreaterThan(deck.slides.length);
    for (const paragraph of arabic) {
      expect(paragraph.properties, paragraph.text).toMatch(/ rtl="1"/);
    }
    // Each slide's title, and the body text (aligned right where the page aligns it at the start).
    const aligned = arabic.filter((p) => / algn="r"/.test(p.properties)).map((p) => p.text);
    for (const slide of deck.slides.filter((s) => ARABIC.test(s.title))) {
      expect(aligned).toContain(slide.title);
    }
    expect(aligned.length / arabic.length).toBeGreaterThan(0.8);
    for (const xml of pptx.slideXml) {
      expect(xml).toContain('lang="ar-SA"');
      expect(xml).not.toContain('lang="en-US"');
    }
    // The notes as well, one right-to-left paragraph a note.
    expect(pptx.notesXml.join('')).toContain('<a:pPr rtl="1" algn="r"/>');
  });

  it('grows the chart’s bars from the right, its themes on the right', () => {
    const chart = pptx.charts[0] ?? '';
    const valueAxis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(chart)?.[0] ?? '';
    expect(valueAxis).toContain('<c:orientation val="maxMin"/>');
    expect(chart).toContain('<c:lang val="ar-SA"/>');
  });

  it('runs the timeline’s years from right to left', () => {
    const index = deck.slides.findIndex((slide) => slide.id === 'timeline');
    const xml = pptx.slideXml[index] ?? '';
    const [first] = shapesWithText(xml, '2010');
    const [last] = shapesWithText(xml, '2018');
    expect(first).toBeDefined();
    expect(last).toBeDefined();
    expect(first!).toBeGreaterThan(last!);
    // The plans' names stand to the right of the axis.
    expect(first!).toBeLessThan(SLIDE_WIDTH);
  });
});
