import { screen, waitFor } from '@testing-library/react';
import { layoutSlide, sourcesLayout } from './pptx/layout-slide';
import { FONT, SLIDE_HEIGHT } from './pptx/pptx-style';
import { writeDeckPptx } from './pptx/write-deck-pptx';
import { createI18n } from '../i18n/use-i18n';
import { captureDownloads } from '../testing/capture-download';
import { buildDataset } from '../testing/dataset-builders';
import { chartCategories, readPptx } from '../testing/read-pptx';
import { renderApp } from '../testing/render-app';
import { parseUrlState } from '../url-state/url-state';
import { selectSlideDeck } from './select-slides';
import { withDeckMessages } from './deck-i18n';
import { applyRunningOrder, DEFAULT_RUNNING_ORDER } from './running-order';

// The PowerPoint file of the bundled dataset's deck, from the app's own selector: the same slides
// as the screen deck, in the language and under the filters of the address.

async function pptxFor(search: string) {
  const url = parseUrlState(search);
  const deck = selectSlideDeck(buildDataset(), url, url.lang, createI18n(url.lang).t);
  return { deck, pptx: await readPptx(await writeDeckPptx(deck)) };
}

describe('the deck as PowerPoint, from the bundled dataset', () => {
  it.each([
    ['', 'fr', 'Criminalité et trafics', 'Source : [1]'],
    ['?lang=en', 'en', 'Crime and trafficking', 'Source: [1]'],
  ])(
    '%s: one slide per deck slide, the chart’s themes and the notes’ sources in %s',
    async (search, language, firstTheme, citation) => {
      const { deck, pptx } = await pptxFor(search);
      expect(deck.language).toBe(language);
      expect(pptx.slides).toHaveLength(deck.slides.length);
      expect(pptx.charts).toHaveLength(1);
      const chart = pptx.charts[0] ?? '';
      expect(chart).toContain('<c:barDir val="bar"/>');
      expect(chart).toContain('<c:grouping val="stacked"/>');
      const chartBlock = deck.slides
        .flatMap((slide) => slide.blocks)
        .find((block) => block.kind === 'chart');
      expect(chartBlock?.kind === 'chart' && chartBlock.categories[0]).toBe(firstTheme);
      expect(chartCategories(chart)).toEqual(
        chartBlock?.kind === 'chart' ? chartBlock.categories : [],
      );
      const notes = pptx.notes.flatMap((note) => note.texts).join('\n');
      expect(notes).toContain(citation);
      expect(notes).toContain('31');
      const sourcesSlide = pptx.slides.at(-1)?.texts.join('\n') ?? '';
      expect(sourcesSlide).toContain('https://www.unodc.org/');
    },
  );

  it('follows the filters of the address: only the chosen themes in the chart', async () => {
    const { pptx } = await pptxFor('?lang=en&themes=crime,people');
    expect(chartCategories(pptx.charts[0] ?? '')).toEqual(['Crime and trafficking', 'People']);
  });
});

describe('the deck as PowerPoint, laid out for a room', () => {
  it.each(['', '?lang=en', '?lang=en&themes=crime,people'])(
    '%s: every slide fits above the bottom tenth, body at 3.5 % of its height or more',
    (search) => {
      const url = parseUrlState(search);
      const deck = selectSlideDeck(buildDataset(), url, url.lang, createI18n(url.lang).t);
      for (const slide of deck.slides) {
        const { body, placed } = layoutSlide(slide, deck.language);
        expect(body).toBeGreaterThanOrEqual(FONT.body);
        for (const { block, box } of placed) {
          expect(box.y + box.h, slide.id).toBeLessThanOrEqual(SLIDE_HEIGHT * 0.9 + 0.001);
          if (block.kind === 'sources') {
            const { size, height } = sourcesLayout(block.items, box);
            expect(height, slide.id).toBeLessThanOrEqual(box.h);
            expect(size / (SLIDE_HEIGHT * 72)).toBeGreaterThanOrEqual(0.025);
          }
        }
      }
    },
  );
});

/** Each series' name in a chart's XML, in the order written (the stacking and legend order). */
function seriesNames(chartXml: string): string[] {
  return [...chartXml.matchAll(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map(
    (match) => match[1] ?? '',
  );
}

/**
 * The largest bold or italic run under the title's size: a slide's body size (its column headings,
 * its sources' titles) or its quotation's.
 */
function largestBelowTitle(xml: string): number {
  const sizes = [...xml.matchAll(/<a:rPr\b[^>]* sz="(\d+)"[^>]*>/g)]
    .filter((m) => / (b|i)="1"/.test(m[0]))
    .map((m) => Number(m[1]) / 100);
  return Math.max(...sizes.filter((size) => size < FONT.title));
}

describe('the PowerPoint, set as the screen deck is (issue 18)', () => {
  it.each([
    ['', ['Reconduits', 'Nouveaux'], 'ONUDC · 31 janvier 2018'],
    ['?lang=en', ['Continuing', 'New'], 'UNODC · 31 January 2018'],
  ])(
    '%s: bars stacked as on the page, continuing first, and each source’s publisher · date',
    async (search, series, byline) => {
      const { pptx } = await pptxFor(search);
      expect(seriesNames(pptx.charts[0] ?? '')).toEqual(series);
      const sources = pptx.slides.filter((slide) => slide.texts.some((t) => /^https:/.test(t)));
      const lines = sources.flatMap((slide) => slide.texts);
      expect(lines).toContain(byline);
      expect(lines.join('\n')).not.toMatch(/\S {2}\S/);
    },
  );

  it.each(['', '?lang=en'])(
    '%s: a series of slides at one size, never shrunk to fit',
    async (search) => {
      const { deck, pptx } = await pptxFor(search);
      const all = pptx.slideXml.join('');
      expect(all).not.toContain('normAutofit');
      expect(all).not.toContain('<a:spAutoFit');
      const sizesOf = (prefix: string) =>
        deck.slides.flatMap((slide, index) =>
          slide.id.startsWith(prefix) ? [largestBelowTitle(pptx.slideXml[index] ?? '')] : [],
        );
      for (const prefix of ['areas-', 'quote-', 'sources']) {
        const sizes = sizesOf(prefix);
        expect(sizes.length, prefix).toBeGreaterThan(prefix === 'sources' ? 0 : 1);
        expect(new Set(sizes).size, `${prefix} ${sizes.join(', ')}`).toBe(1);
      }
      // The series' size is the largest that fits its most crowded slide.
      const areaSlides = deck.slides.filter((slide) => slide.id.startsWith('areas-'));
      const own = areaSlides.map((slide) => layoutSlide(slide, deck.language).body);
      expect(sizesOf('areas-')[0]).toBe(Math.min(...own));
    },
  );
});

describe('a filtered deck as PowerPoint (issue 18)', () => {
  it.each([
    [
      '?themes=cyber',
      'vue filtrée : thèmes : Cybercriminalité',
      'Plan d’action conjoint 2018-2019, vue filtrée : thèmes : Cybercriminalité',
    ],
    [
      '?lang=en&themes=cyber',
      'filtered view: themes: Cybercrime',
      '2018-2019 joint action plan, filtered view: themes: Cybercrime',
    ],
  ])(
    '%s: says its filter in every slide’s footer and on the title slide',
    async (search, footer, notice) => {
      const { pptx } = await pptxFor(search);
      expect(pptx.layoutsAndMasters).toContain(footer);
      expect(pptx.slides[0]?.texts).toContain(notice);
    },
  );
});

describe('the PowerPoint download in the deck', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves the slides shown, in English, as a .pptx and says so', async () => {
    const saved = captureDownloads();
    const { user } = renderApp({ url: '/?mode=present&lang=en&themes=crime,people' });
    const counter = await screen.findByText(/^Slide 1 \/ \d+$/);
    const total = Number(/\/ (\d+)$/.exec(counter.textContent ?? '')?.[1]);
    await user.click(screen.getByRole('button', { name: 'Download as PowerPoint' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('unodc-osce-joint-action-plans-slides-2018-2019-filtered-en.pptx');
    const pptx = await readPptx(saved[0]!.blob);
    expect(pptx.slides).toHaveLength(total);
    expect(
      await screen.findByText(`File ${saved[0]!.name} downloaded.`, { exact: true }),
    ).toBeInTheDocument();
  });
});

describe('a tailored deck as PowerPoint', () => {
  it('writes the running order: its order, hidden slides as hidden, talking points before the evidence, the meeting on the title slide', async () => {
    const url = parseUrlState('?lang=en');
    const t = withDeckMessages(createI18n('en').t, 'en');
    const built = selectSlideDeck(buildDataset(), url, 'en', createI18n('en').t);
    const { deck } = applyRunningOrder(
      built,
      {
        ...DEFAULT_RUNNING_ORDER,
        order: ['title', 'areas-1', 'timeline', 'milestones'],
        hidden: ['milestones'],
        talkingPoints: { title: 'Welcome the delegations.', 'areas-1': 'Four are new.' },
        event: { ...DEFAULT_RUNNING_ORDER.event, name: 'Permanent Council', place: 'Vienna' },
      },
      t,
    );
    const pptx = await readPptx(await writeDeckPptx(deck));
    expect(pptx.slides).toHaveLength(built.slides.length);
    expect(pptx.slides[1]?.texts[0]).toBe('The thematic areas by theme (1/2)');
    expect(pptx.slideXml.map((xml) => /<p:sld [^>]*show="0"/.test(xml))).toEqual(
      deck.slides.map((slide) => slide.id === 'milestones'),
    );
    expect(pptx.slides[0]?.texts).toEqual(expect.arrayContaining(['Permanent Council', 'Vienna']));
    const notes = pptx.notes[0]?.texts ?? [];
    expect(notes.slice(0, 3)).toEqual([
      'Talking points',
      'Welcome the delegations.',
      'Evidence and sources',
    ]);
    // Then the evidence as the data gives it (the notes page's slide number after it).
    const evidence = built.slides[0]?.notes ?? [];
    expect(notes.slice(3, 3 + evidence.length)).toEqual(evidence);
  });
});
