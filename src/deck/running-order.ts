import { formatPartialDate } from '../i18n/formatters';
import type { DeckTranslate } from './deck-i18n';
import type { Slide, SlideBlock, SlideDeck } from './slide-types';

// A presenter's running order (issue 20): which slides, in which order, hidden or not, with their
// own talking points, and the meeting on the title slide. It names slides by their ids, which the
// selector keeps the same whatever the language or the filters, so an order written in French
// applies to the English deck. One pure function applies it to selectSlideDeck's deck; every
// renderer (screen, presenter view, printed slides, PowerPoint) draws the result.

export const RUNNING_ORDER_VERSION = 1;

/** The meeting the deck is given at: every field optional, '' when not given. */
export interface MeetingEvent {
  name: string;
  /** As an <input type="date"> writes it (2026-03-12), or as typed. */
  date: string;
  place: string;
  presenter: string;
  role: string;
}

export interface RunningOrder {
  version: typeof RUNNING_ORDER_VERSION;
  /** Slide ids in the presenter's order; slides it does not name keep their place after their neighbour. */
  order: string[];
  hidden: string[];
  /** The presenter's own words, by slide id, as typed. */
  talkingPoints: Record<string, string>;
  event: MeetingEvent;
}

export const EMPTY_EVENT: MeetingEvent = { name: '', date: '', place: '', presenter: '', role: '' };

export const DEFAULT_RUNNING_ORDER: RunningOrder = {
  version: RUNNING_ORDER_VERSION,
  order: [],
  hidden: [],
  talkingPoints: {},
  event: EMPTY_EVENT,
};

export interface TailoredDeck {
  /** Every slide in the running order, hidden ones marked (`isHidden`): what the PowerPoint writes. */
  deck: SlideDeck;
  /** The ids the running order names that this deck has not (other data, other filters). */
  unknownIds: string[];
}

/** The talking points as paragraphs: one a line, blank lines dropped. */
export function talkingPointParagraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function eventBlock(event: MeetingEvent, t: DeckTranslate, deck: SlideDeck): SlideBlock | null {
  const name = event.name.trim();
  const date = event.date.trim();
  const place = event.place.trim();
  const presenter = event.presenter.trim();
  const role = event.role.trim();
  const shownDate = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? formatPartialDate(date, deck.language)
    : date;
  const when = [shownDate, place].filter((part) => part !== '');
  const lines = [
    ...(when.length > 0 ? [when.join(' · ')] : []),
    ...(presenter !== '' && role !== ''
      ? [t('tailorPresentedByRole', { name: presenter, role })]
      : presenter !== ''
        ? [t('tailorPresentedBy', { name: presenter })]
        : role !== ''
          ? [role]
          : []),
  ];
  if (name === '' && lines.length === 0) return null;
  return { kind: 'event', name, lines };
}

/** The slides in the running order: the ones it names first, each other one after its neighbour. */
function orderSlides(slides: readonly Slide[], order: readonly string[]): Slide[] {
  const byId = new Map(slides.map((slide) => [slide.id, slide]));
  const placed = [...new Set(order)].flatMap((id) => {
    const slide = byId.get(id);
    return slide ? [slide] : [];
  });
  const isPlaced = new Set(placed.map((slide) => slide.id));
  // A slide the order does not name (new data, a filter that adds one) goes after the slide before
  // it in the data's order, or first.
  slides.forEach((slide, index) => {
    if (isPlaced.has(slide.id)) return;
    const before = slides[index - 1];
    const at = before ? placed.findIndex((s) => s.id === before.id) + 1 : 0;
    placed.splice(at, 0, slide);
    isPlaced.add(slide.id);
  });
  return placed;
}

/**
 * The deck as the running order tailors it: its slides in order, hidden ones marked, each with its
 * talking points, and the meeting drawn on the title slide. Pure. At least one slide stays shown:
 * an order that hides them all shows the first.
 */
export function applyRunningOrder(
  deck: SlideDeck,
  runningOrder: RunningOrder,
  t: DeckTranslate,
): TailoredDeck {
  const ids = new Set(deck.slides.map((slide) => slide.id));
  const named = [
    ...runningOrder.order,
    ...runningOrder.hidden,
    ...Object.keys(runningOrder.talkingPoints).filter(
      (id) => talkingPointParagraphs(runningOrder.talkingPoints[id]).length > 0,
    ),
  ];
  const unknownIds = [...new Set(named.filter((id) => !ids.has(id)))];
  const hidden = new Set(runningOrder.hidden.filter((id) => ids.has(id)));
  const event = eventBlock(runningOrder.event, t, deck);
  const ordered = orderSlides(deck.slides, runningOrder.order);
  const allHidden = ordered.every((slide) => hidden.has(slide.id));
  const slides = ordered.map((slide, index): Slide => {
    const talkingPoints = talkingPointParagraphs(
      Object.hasOwn(runningOrder.talkingPoints, slide.id)
        ? runningOrder.talkingPoints[slide.id]
        : undefined,
    );
    const isHidden = hidden.has(slide.id) && !(allHidden && index === 0);
    return {
      ...slide,
      blocks: slide.id === 'title' && event ? [event, ...slide.blocks] : slide.blocks,
      ...(talkingPoints.length > 0 ? { talkingPoints } : {}),
      ...(isHidden ? { isHidden } : {}),
    };
  });
  const notesHeadings = {
    talkingPoints: t('tailorNotesTalkingPoints'),
    evidence: t('tailorNotesEvidence'),
  };
  return { deck: { ...deck, slides, notesHeadings }, unknownIds };
}

/** What the screen and the printed slides show: the slides not hidden. */
export function shownDeck(deck: SlideDeck): SlideDeck {
  return deck.slides.some((slide) => slide.isHidden)
    ? { ...deck, slides: deck.slides.filter((slide) => !slide.isHidden) }
    : deck;
}

/** Whether a running order changes nothing of the deck built from the data. */
export function isDefaultRunningOrder(runningOrder: RunningOrder, slideIds?: readonly string[]) {
  const { order, hidden, talkingPoints, event } = runningOrder;
  const isDataOrder =
    order.length === 0 ||
    (slideIds !== undefined &&
      order.length === slideIds.length &&
      order.every((id, index) => id === slideIds[index]));
  return (
    isDataOrder &&
    hidden.length === 0 &&
    Object.values(talkingPoints).every((text) => text.trim() === '') &&
    Object.values(event).every((value) => value.trim() === '')
  );
}

// Edits, as the panel makes them: each takes the deck's slides as the running order shows them
// (applyRunningOrder's), so that an edit writes the whole order and drops ids the deck has not.

/** Moves a slide from one place to another of the running order. */
export function moveSlide(
  runningOrder: RunningOrder,
  slides: readonly Slide[],
  from: number,
  to: number,
): RunningOrder {
  const order = slides.map((slide) => slide.id);
  if (from < 0 || from >= order.length || to < 0 || to >= order.length || from === to) {
    return { ...runningOrder, order };
  }
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  return { ...runningOrder, order };
}

export function setHidden(
  runningOrder: RunningOrder,
  slides: readonly Slide[],
  id: string,
  isHidden: boolean,
): RunningOrder {
  const ids = new Set(slides.map((slide) => slide.id));
  const hidden = runningOrder.hidden.filter((other) => other !== id && ids.has(other));
  return {
    ...runningOrder,
    order: slides.map((slide) => slide.id),
    hidden: isHidden ? [...hidden, id] : hidden,
  };
}

export function setTalkingPoints(runningOrder: RunningOrder, id: string, text: string) {
  const talkingPoints = { ...runningOrder.talkingPoints };
  if (text === '') delete talkingPoints[id];
  else talkingPoints[id] = text;
  return { ...runningOrder, talkingPoints };
}
