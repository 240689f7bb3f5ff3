import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/use-i18n';
import type { Locale } from '../i18n/locale';
import { DATA_SLIDE_IDS, deckFor, JOURNEY_SLIDE_IDS } from '../testing/slide-deck-testing';
import { withDeckMessages } from './deck-i18n';
import {
  applyRunningOrder,
  DEFAULT_RUNNING_ORDER,
  isDefaultRunningOrder,
  moveSlide,
  setHidden,
  setTalkingPoints,
  shownDeck,
  type RunningOrder,
} from './running-order';

const tFor = (locale: Locale) => withDeckMessages(createI18n(locale).t, locale);
const tailor = (runningOrder: RunningOrder, search = '') => {
  const deck = deckFor(search);
  return applyRunningOrder(deck, runningOrder, tFor(deck.language));
};
const idsOf = (deck: { slides: { id: string }[] }) => deck.slides.map((slide) => slide.id);

const DATA_ORDER = [...DATA_SLIDE_IDS];
/** The journey's running order: slide 3 hidden, slide 5 second, talking points on 1 and 2. */
const journey: RunningOrder = {
  ...DEFAULT_RUNNING_ORDER,
  order: ['title', 'areas-1', 'timeline', 'milestones', 'chart', 'areas-2'],
  hidden: ['milestones'],
  talkingPoints: { title: 'Bonjour.\n\nTrois points.', 'areas-1': 'Les domaines.' },
  event: {
    name: 'Conseil permanent',
    date: '2026-03-12',
    place: 'Vienne',
    presenter: 'A. Martin',
    role: 'Cheffe',
  },
};

describe('applyRunningOrder', () => {
  it('leaves the deck built from the data as it is under the default running order', () => {
    const { deck, unknownIds } = tailor(DEFAULT_RUNNING_ORDER);
    expect(idsOf(deck)).toEqual(DATA_ORDER);
    expect(deck.slides.every((slide) => !slide.isHidden && !slide.talkingPoints)).toBe(true);
    expect(deck.slides).toEqual(deckFor().slides);
    expect(unknownIds).toEqual([]);
  });

  it('puts the slides in the running order, the ones it does not name after their neighbour', () => {
    const { deck } = tailor(journey);
    expect(idsOf(deck)).toEqual(JOURNEY_SLIDE_IDS);
    // A slide the order leaves out comes back after the slide before it in the data's order.
    const { deck: partial } = tailor({ ...DEFAULT_RUNNING_ORDER, order: ['sources-2', 'title'] });
    expect(idsOf(partial).slice(0, 3)).toEqual(['sources-2', 'title', 'timeline']);
    expect(idsOf(partial)).toHaveLength(DATA_ORDER.length);
  });

  it('marks hidden slides, which the screen and print leave out and the PowerPoint keeps', () => {
    const { deck } = tailor(journey);
    expect(deck.slides.filter((slide) => slide.isHidden).map((slide) => slide.id)).toEqual([
      'milestones',
    ]);
    const shown = shownDeck(deck);
    expect(shown.slides).toHaveLength(11);
    expect(idsOf(shown).slice(0, 4)).toEqual(['title', 'areas-1', 'timeline', 'chart']);
  });

  it('never hides every slide: an order that hides them all shows the first', () => {
    const { deck } = tailor({ ...DEFAULT_RUNNING_ORDER, hidden: [...DATA_ORDER] });
    expect(idsOf(shownDeck(deck))).toEqual(['title']);
  });

  it('gives each slide its talking points as paragraphs, and notes headings for them', () => {
    const { deck } = tailor(journey);
    expect(deck.slides[0]?.talkingPoints).toEqual(['Bonjour.', 'Trois points.']);
    expect(deck.slides[1]?.talkingPoints).toEqual(['Les domaines.']);
    expect(deck.slides[2]?.talkingPoints).toBeUndefined();
    // The evidence notes are the data's, untouched.
    expect(deck.slides[0]?.notes).toEqual(deckFor().slides[0]?.notes);
    expect(deck.notesHeadings).toEqual({
      talkingPoints: 'Points à dire',
      evidence: 'Preuves et sources',
    });
  });

  it('draws the meeting on the title slide, its date in the deck’s language', () => {
    const fr = tailor(journey).deck.slides[0]?.blocks[0];
    expect(fr).toEqual({
      kind: 'event',
      name: 'Conseil permanent',
      lines: ['12 mars 2026 · Vienne', 'Présenté par A. Martin, Cheffe'],
    });
    const en = tailor(journey, '?lang=en').deck.slides[0]?.blocks[0];
    expect(en).toEqual({
      kind: 'event',
      name: 'Conseil permanent',
      lines: ['12 March 2026 · Vienne', 'Presented by A. Martin, Cheffe'],
    });
    expect(
      tailor({ ...journey, event: DEFAULT_RUNNING_ORDER.event }).deck.slides[0]?.blocks[0]?.kind,
    ).not.toBe('event');
  });

  it('drops the ids the deck has not, and reports them', () => {
    const { deck, unknownIds } = tailor({
      ...journey,
      order: ['quote-nobody', ...journey.order],
      hidden: ['milestones', 'areas-9'],
      talkingPoints: { ...journey.talkingPoints, gone: 'Plus là.' },
    });
    expect(unknownIds).toEqual(['quote-nobody', 'areas-9', 'gone']);
    expect(idsOf(deck)).not.toContain('quote-nobody');
    expect(idsOf(deck)).toHaveLength(DATA_ORDER.length);
  });

  it('keeps the order, the hidden slides and the talking points across a change of language', () => {
    const fr = tailor(journey).deck;
    const en = tailor(journey, '?lang=en').deck;
    expect(en.language).toBe('en');
    expect(idsOf(en)).toEqual(idsOf(fr));
    expect(en.slides.map((slide) => [slide.isHidden, slide.talkingPoints])).toEqual(
      fr.slides.map((slide) => [slide.isHidden, slide.talkingPoints]),
    );
    expect(en.slides[1]?.title).toBe('The thematic areas by theme (1/2)');
  });

  it('keeps the slides a filter leaves in their order, and says which it took away', () => {
    // One theme: the areas are listed beside the chart, so the areas' slides are gone.
    const { deck, unknownIds } = tailor(journey, '?themes=crime');
    expect(unknownIds).toEqual(['areas-1', 'areas-2']);
    expect(idsOf(shownDeck(deck)).slice(0, 3)).toEqual(['title', 'timeline', 'chart']);
  });
});

describe('running order edits', () => {
  const slides = tailor(DEFAULT_RUNNING_ORDER).deck.slides;

  it('moves a slide and writes the whole order', () => {
    const moved = moveSlide(DEFAULT_RUNNING_ORDER, slides, 4, 1);
    expect(moved.order.slice(0, 3)).toEqual(['title', 'areas-1', 'timeline']);
    expect(moved.order).toHaveLength(DATA_ORDER.length);
    expect(moveSlide(DEFAULT_RUNNING_ORDER, slides, 0, -1).order).toEqual(DATA_ORDER);
  });

  it('hides and shows a slide, and keeps talking points as typed', () => {
    const hidden = setHidden(DEFAULT_RUNNING_ORDER, slides, 'milestones', true);
    expect(hidden.hidden).toEqual(['milestones']);
    expect(setHidden(hidden, slides, 'milestones', false).hidden).toEqual([]);
    const withPoints = setTalkingPoints(DEFAULT_RUNNING_ORDER, 'title', '  Bonjour  ');
    expect(withPoints.talkingPoints).toEqual({ title: '  Bonjour  ' });
    expect(setTalkingPoints(withPoints, 'title', '').talkingPoints).toEqual({});
  });

  it('tells the default running order from a tailored one', () => {
    expect(isDefaultRunningOrder(DEFAULT_RUNNING_ORDER)).toBe(true);
    expect(isDefaultRunningOrder({ ...DEFAULT_RUNNING_ORDER, order: DATA_ORDER }, DATA_ORDER)).toBe(
      true,
    );
    expect(isDefaultRunningOrder(journey, DATA_ORDER)).toBe(false);
  });
});
