import { directionOf } from '../i18n/locale';
import type { SlideDeck } from './slide-types';
import { SlideView } from './slide-view';
import './deck.css';

export interface PrintSlidesProps {
  deck: SlideDeck;
  numberLabel: (current: number, total: number) => string;
}

/**
 * Every slide of the deck, one a page, for the browser's print and "Save as PDF": shown only on
 * paper (deck.css sizes the pages 16:9 with the deck's own @page rule).
 */
export function PrintSlides({ deck, numberLabel }: PrintSlidesProps) {
  const total = deck.slides.length;
  return (
    <div
      className="deck-print deck-root hidden print:block"
      lang={deck.language}
      dir={directionOf(deck.language)}
    >
      {deck.slides.map((slide, index) => (
        <div key={slide.id} className="print-slide">
          <SlideView
            slide={slide}
            deckTitle={deck.footer}
            numberLabel={numberLabel(index + 1, total)}
          />
        </div>
      ))}
    </div>
  );
}
