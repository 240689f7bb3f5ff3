import { SOURCE_LOCALES } from '../../i18n/locale';
import { chartCategories, readPptx } from '../../testing/read-pptx';
import { buildSlideDeckFixture } from '../slide-deck-fixture';
import type { SlideDeck } from '../slide-types';
import { layoutSlide } from './layout-slide';
import { countLines } from './measure-text';
import { FONT, SLIDE_HEIGHT } from './pptx-style';
import { deckPptxFileName, writeDeckPptx } from './write-deck-pptx';

describe.each(SOURCE_LOCALES)('the deck as PowerPoint (%s)', (language) => {
  const deck = buildSlideDeckFixture(language);
  let pptx: Awaited<ReturnType<typeof readPptx>>;
  beforeAll(async () => {
    pptx = await readPptx(await writeDeckPptx(deck));
  });

  it('holds one slide per deck slide, each with its title as text', () => {
    expect(pptx.slides).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, index) => {
      expect(pptx.slides[index]?.texts).toContain(slide.title);
    });
  });

  it('draws the chart as a native stacked horizontal bar chart, categories in the screen order and colours', () => {
    expect(pptx.charts).toHaveLength(1);
    const chart = pptx.charts[0] ?? '';
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    const block = deck.slides
      .flatMap((slide) => slide.blocks)
      .find((candidate) => candidate.kind === 'chart');
    if (block?.kind !== 'chart') throw new Error('the fixture has a chart');
    expect(chartCategories(chart)).toEqual(block.categories);
    for (const series of block.series) {
      expect(chart).toContain(`<a:srgbClr val="${series.color.slice(1).toUpperCase()}"`);
    }
    // Each segment's count written in it, as on screen, and nothing for a zero.
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).toContain('formatCode="0;;"');
    // The first category is drawn at the top, as on screen.
    expect(chart).toContain('<c:orientation val="maxMin"/>');
  });

  it('puts each slide’s speaker notes in its PowerPoint notes, one paragraph per note', () => {
    expect(pptx.notes).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, index) => {
      for (const note of slide.notes) expect(pptx.notes[index]?.texts).toContain(note);
    });
  });

  it('tags every text run with a language: the deck’s, or the quotation’s and the source’s own', () => {
    const ownTag = language === 'fr' ? 'fr-FR' : 'en-GB';
    for (const part of [...pptx.slideXml, ...pptx.notesXml]) {
      const tags = [...part.matchAll(/<a:(?:rPr|endParaRPr)\b[^>]*>/g)].map(
        (match) => / lang="([^"]+)"/.exec(match[0])?.[1] ?? 'none',
      );
      expect(new Set(tags)).not.toContain('en-US');
      expect(new Set(tags)).not.toContain('none');
    }
    expect(pptx.slideXml.join('')).toContain(`lang="${ownTag}"`);
    expect(pptx.charts[0]).toContain(`<c:lang val="${ownTag}"/>`);
    // The sources slide names a French and an English source, each tagged in its language.
    expect(pptx.slideXml.at(-1)).toContain('lang="fr-FR"');
    expect(pptx.slideXml.at(-1)).toContain('lang="en-GB"');
  });

  it('names the file after what it holds and its language', () => {
    expect(deckPptxFileName(deck)).toBe(
      `unodc-osce-joint-action-plans-slides-2018-2019-${language}.pptx`,
    );
  });

  it('sets type for a room: body at 3.5 % of the slide height or more, sources at 2.5 %', () => {
    // Every text run's size; the slide number, in the bottom band with the deck's title, is the
    // footer's size (as on screen) and is no run.
    const sizes = pptx.slideXml.map((xml) =>
      [...xml.matchAll(/<a:rPr\b[^>]* sz="(\d+)"/g)].map((match) => Number(match[1]) / 100),
    );
    sizes.forEach((slideSizes, index) => {
      const isSources = deck.slides[index]?.blocks.some((block) => block.kind === 'sources');
      const smallest = Math.min(...slideSizes);
      expect(smallest / (SLIDE_HEIGHT * 72)).toBeGreaterThanOrEqual(isSources ? 0.025 : 0.035);
    });
  });

  it('lays every slide out above the bottom tenth, where the master has its footer', () => {
    for (const slide of deck.slides) {
      for (const { box } of layoutSlide(slide, language).placed) {
        expect(box.y + box.h).toBeLessThanOrEqual(SLIDE_HEIGHT * 0.9 + 0.001);
      }
    }
  });
});

describe('the slide master', () => {
  it('carries the deck title and the slide number on every slide', async () => {
    const deck = buildSlideDeckFixture('en');
    const pptx = await readPptx(await writeDeckPptx(deck));
    expect(pptx.layoutsAndMasters).toContain(deck.title);
    for (const xml of pptx.slideXml) expect(xml).toContain('type="slidenum"');
  });
});

describe('text measure', () => {
  it('wraps at spaces and counts a word longer than a line on several lines', () => {
    expect(countLines('short', FONT.body, 10)).toBe(1);
    const perLine = countLines('a '.repeat(400), FONT.body, 4);
    expect(perLine).toBeGreaterThan(4);
    expect(countLines('x'.repeat(200), FONT.body, 2)).toBeGreaterThan(3);
  });

  it('brings a slide with much text down to the smallest body size, never below', () => {
    const deck: SlideDeck = buildSlideDeckFixture('fr');
    const slide = {
      id: 'long',
      title: 'Long',
      blocks: [{ kind: 'text' as const, text: 'mot '.repeat(600) }],
      notes: [],
    };
    expect(layoutSlide(slide, deck.language).body).toBe(FONT.body);
    expect(layoutSlide({ ...slide, blocks: [{ kind: 'text', text: 'Court' }] }, 'fr').body).toBe(
      FONT.bodyLargest,
    );
  });
});
