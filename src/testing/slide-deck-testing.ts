import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../data/dataset-schema';
import type { Slide, SlideBlock } from '../deck/slide-types';
import { selectSlideDeck } from '../deck/select-slides';
import { createI18n } from '../i18n/use-i18n';
import { parseUrlState } from '../url-state/url-state';
import { buildDataset } from './dataset-builders';

// The slide selector's tests read a deck as the address would ask for it (src/deck/select-*.test.ts).

/** The bundled dataset's deck, slide by slide, in the data's order (ids are the same in every
 * language and filter that keeps every slide). */
export const DATA_SLIDE_IDS: readonly string[] = [
  'title',
  'timeline',
  'milestones',
  'chart',
  'areas-1',
  'areas-2',
  'new',
  'facts',
  'quote-fedotov-2018',
  'quote-greminger-2018',
  'sources-1',
  'sources-2',
];

/** The tailoring journey's order (issue 20): the fifth slide moved to second place. */
export const JOURNEY_SLIDE_IDS: readonly string[] = [
  'title',
  'areas-1',
  ...DATA_SLIDE_IDS.slice(1, 4),
  ...DATA_SLIDE_IDS.slice(5),
];

export function deckFor(search = '', dataset: Dataset = buildDataset()) {
  const url = parseUrlState(search);
  return selectSlideDeck(dataset, url, url.lang, createI18n(url.lang).t);
}

/** The slide's block of a kind; throws if it has none. */
export function block<K extends SlideBlock['kind']>(slide: Slide | undefined, kind: K) {
  const found = slide?.blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`slide ${slide?.id} has no ${kind} block`);
  return found as Extract<SlideBlock, { kind: K }>;
}

export const slideById = (search: string, id: string, dataset?: Dataset) =>
  deckFor(search, dataset).slides.find((slide) => slide.id === id);

/** The lines of content a slide shows besides its title: what "near-empty" counts. */
export function contentLines(slide: Slide): number {
  return slide.blocks.reduce((sum, b) => {
    switch (b.kind) {
      case 'text':
        return sum + 1;
      case 'event':
        return sum + (b.name === '' ? 0 : 1) + b.lines.length;
      case 'figures':
        return sum + b.figures.length;
      case 'bullets':
        return sum + b.items.length;
      case 'columns':
        return sum + b.columns.flat().reduce((n, section) => n + section.items.length, 0);
      case 'sources':
        return sum + b.items.length;
      case 'chart':
        return sum + b.categories.length;
      case 'timeline':
        return sum + b.plans.length;
      case 'quotation':
        return sum + 3;
    }
  }, 0);
}

export function fifthPlanDataset(): Dataset {
  return JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/plans-with-fifth-plan.json'), 'utf8'),
  ) as Dataset;
}
