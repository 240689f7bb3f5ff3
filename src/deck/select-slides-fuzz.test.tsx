import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/dataset-schema';
import { DatasetError } from '../data/dataset-error';
import { parseDataset } from '../data/parse-dataset';
import { PrintSlides } from './print-slides';
import type { SlideDeck } from './slide-types';
import { createI18n } from '../i18n/use-i18n';
import { describeCase, fuzzSettings, mutateDataset, mutationsArb } from '../testing/dataset-fuzz';
import { parseUrlState } from '../url-state/url-state';
import { selectSlideDeck } from './select-slides';

// The deck of any dataset the schema accepts: built without throwing, in both languages and under
// filters, every slide titled and with notes, every area and source on a slide, and drawn (the
// printed deck renders every slide) with the dataset's words as text.

const { seed, runs } = fuzzSettings('deck fuzz (slides of any valid dataset)', 150);

const VIEWS = ['', '?lang=en', '?themes=crime,cyber&new=1', '?lang=en&q=a'];

function deckProblems(deck: SlideDeck, dataset: Dataset, search: string): string[] {
  const problems: string[] = [];
  if (deck.slides.length === 0) problems.push('no slide');
  for (const slide of deck.slides) {
    if (slide.title.trim() === '') problems.push(`slide ${slide.id} has no title`);
    if (slide.notes.length === 0) problems.push(`slide ${slide.id} has no notes`);
    if (slide.blocks.length === 0) problems.push(`slide ${slide.id} is empty`);
  }
  const ids = deck.slides.map((slide) => slide.id);
  if (new Set(ids).size !== ids.length) problems.push(`slide ids repeat: ${ids.join(', ')}`);
  const listed = deck.slides.flatMap((slide) =>
    slide.blocks.flatMap((block) =>
      block.kind === 'columns' ? block.columns.flat().flatMap((section) => section.items) : [],
    ),
  );
  if (search === '' || search === '?lang=en') {
    const featured = dataset.plans.find((plan) => plan.id === dataset.featuredPlanId)!;
    if (listed.length !== featured.areas.length)
      problems.push(`${listed.length} areas on slides, ${featured.areas.length} in the plan`);
  }
  const sources = deck.slides.flatMap((slide) =>
    slide.blocks.flatMap((block) => (block.kind === 'sources' ? block.items : [])),
  );
  if (sources.length !== dataset.sources.length)
    problems.push(`${sources.length} sources on slides, ${dataset.sources.length} in the dataset`);
  return problems;
}

describe('the deck of any valid dataset', () => {
  it(
    `builds and draws (${runs} seeded cases)`,
    () => {
      let drawn = 0;
      fc.assert(
        fc.property(mutationsArb, (mutations) => {
          const { input, applied } = mutateDataset(mutations);
          let dataset: Dataset;
          try {
            dataset = parseDataset(input, 'fuzz.json');
          } catch (error) {
            if (error instanceof DatasetError) return; // refused: the page shows why, no deck
            throw error;
          }
          for (const search of VIEWS) {
            const url = parseUrlState(search);
            const deck = selectSlideDeck(dataset, url, url.lang, createI18n(url.lang).t);
            const problems = deckProblems(deck, dataset, search);
            expect(problems, `${describeCase(applied)} (${search || 'default view'})`).toEqual([]);
            if (search === '') {
              const html = renderToStaticMarkup(
                <PrintSlides deck={deck} numberLabel={(k, n) => `${k} / ${n}`} />,
              );
              expect(html.match(/class="print-slide"/g)).toHaveLength(deck.slides.length);
              drawn += 1;
            }
          }
        }),
        { seed, numRuns: runs },
      );
      expect(drawn).toBeGreaterThan(runs / 10);
      // About 25 ms a case on two busy cores (each area's lines estimated in its language): CI's
      // 1,000 cases took 25 to 34 s, over the default 30 s; the timeout grows with the count.
    },
    Math.max(30_000, runs * 90),
  );
});
