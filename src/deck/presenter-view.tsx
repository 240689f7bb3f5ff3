import { useEffect, useState, type ReactNode } from 'react';
import { directionOf, type Locale } from '../i18n/locale';
import { DATE_LOCALE } from '../i18n/formatters';
import { once } from '../i18n/intl-objects';
import type { DeckLabels } from './deck';
import { SlideNotes } from './slide-notes';
import type { SlideDeck } from './slide-types';
import { SlideView } from './slide-view';
import { useDeckControls } from './use-deck-controls';
import type { Blank } from './use-deck-keys';
import './deck.css';

export interface PresenterLabels extends Pick<
  DeckLabels,
  'previous' | 'next' | 'notes' | 'numberLabel' | 'keys' | 'help'
> {
  title: string;
  current: string;
  nextSlide: string;
  endOfDeck: string;
  elapsed: string;
  resetTimer: string;
  clock: string;
  audienceBlack: string;
  audienceWhite: string;
}

export interface PresenterViewProps {
  deck: SlideDeck;
  /** 0-based. */
  index: number;
  blank: Blank;
  locale: Locale;
  labels: PresenterLabels;
  onIndexChange: (index: number) => void;
  onBlankChange: (blank: Blank) => void;
  /** "Adapter la présentation", the button that opens `aside`. */
  tailorButton?: ReactNode;
  /** The running order's panel, over the right of the window while open. */
  aside?: ReactNode;
  /** Something to say (a link whose running order could not be read). */
  notice?: string | null;
}

function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

function formatClock(date: Date, locale: Locale): string {
  // 24-hour, as the UN and the OSCE write times in both languages (reveal.js users asked for a
  // 24-hour clock too, PR #2108), with the dates' English (en-GB).
  const format = once(
    `clock ${locale}`,
    () =>
      new Intl.DateTimeFormat(DATE_LOCALE[locale], {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  return format.format(date);
}

export const presenterButtonClass =
  'min-h-11 rounded-md border-2 border-[#0f172a] bg-[#ffffff] px-4 py-1 font-semibold text-[#0f172a] hover:bg-[#e2e8f0] disabled:border-[#94a3b8] disabled:text-[#475569]';

/**
 * The presenter's window: the current slide and the next, the notes, the elapsed time and the
 * time of day. It drives the audience's window (src/deck/presentation.tsx keeps them in step).
 */
export function PresenterView(props: PresenterViewProps) {
  const { deck, blank, locale, labels, onIndexChange, tailorButton, aside, notice } = props;
  const total = deck.slides.length;
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  // Restarted with the timer, so that its seconds turn over whole seconds after a reset.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  const resetTimer = () => {
    const time = Date.now();
    setStartedAt(time);
    setNow(time);
  };

  const { current, last, openHelp, helpDialog } = useDeckControls(props, { resetTimer });
  const slide = deck.slides[current];
  const nextSlide = deck.slides[current + 1];

  if (!slide) return null;
  const number = current + 1;
  return (
    <div
      lang={deck.language}
      dir={directionOf(deck.language)}
      className="presenter-view deck-root flex h-screen flex-col gap-3 bg-[#e2e8f0] p-3 text-[#0f172a]"
    >
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <h1 className="me-auto text-xl font-bold text-[#172554]">{labels.title}</h1>
        <p className="presenter-count text-2xl font-bold tabular-nums">
          {labels.numberLabel(number, total)}
        </p>
        <div className="flex items-center gap-2">
          <span className="font-semibold">{labels.elapsed}</span>
          {/* A click on the time resets it, as the R key and the button do. */}
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the R key and the button beside it are the keyboard path */}
          <span
            role="timer"
            aria-label={labels.elapsed}
            onClick={resetTimer}
            className="cursor-pointer text-2xl font-bold tabular-nums"
          >
            {formatElapsed(now - startedAt)}
          </span>
          <button type="button" onClick={resetTimer} className={presenterButtonClass}>
            {labels.resetTimer}
          </button>
        </div>
        <p className="flex items-center gap-2">
          <span className="font-semibold">{labels.clock}</span>
          <time className="presenter-clock text-2xl font-bold tabular-nums">
            {formatClock(new Date(now), locale)}
          </time>
        </p>
        {tailorButton}
        <button type="button" onClick={openHelp} className={presenterButtonClass}>
          {labels.keys}
        </button>
      </header>
      {notice ? (
        <p role="status" className="rounded bg-[#fef3c7] px-3 py-1 font-semibold text-[#78350f]">
          {notice}
        </p>
      ) : null}
      {blank !== 'none' ? (
        <p role="status" className="rounded bg-[#0f172a] px-3 py-1 font-semibold text-[#ffffff]">
          {blank === 'black' ? labels.audienceBlack : labels.audienceWhite}
        </p>
      ) : null}
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-3">
        <section aria-label={labels.current} className="flex min-h-0 flex-col gap-1">
          <h2 className="font-semibold">{labels.current}</h2>
          <div className="stage-host min-h-0 flex-1">
            <div className="slide-stage presenter-current shadow-lg ring-4 ring-[#b45309]">
              <SlideView
                slide={slide}
                deckTitle={deck.footer}
                numberLabel={labels.numberLabel(number, total)}
              />
            </div>
          </div>
        </section>
        <div className="flex min-h-0 flex-col gap-3">
          <section aria-label={labels.nextSlide} className="flex h-[40%] min-h-0 flex-col gap-1">
            <h2 className="font-semibold">{labels.nextSlide}</h2>
            {nextSlide ? (
              <div className="stage-host min-h-0 flex-1">
                <div className="slide-stage presenter-next shadow">
                  <SlideView
                    slide={nextSlide}
                    deckTitle={deck.footer}
                    numberLabel={labels.numberLabel(number + 1, total)}
                  />
                </div>
              </div>
            ) : (
              <p className="flex flex-1 items-center justify-center rounded bg-[#0f172a] font-semibold text-[#ffffff]">
                {labels.endOfDeck}
              </p>
            )}
          </section>
          <SlideNotes
            label={labels.notes}
            notes={slide.notes}
            talkingPoints={slide.talkingPoints}
            headings={deck.notesHeadings}
            className="min-h-0 flex-1 rounded bg-[#ffffff] p-4 text-lg leading-snug"
          />
        </div>
      </div>
      <nav aria-label={labels.title} className="flex gap-3">
        <button
          type="button"
          onClick={() => onIndexChange(Math.max(current - 1, 0))}
          disabled={current === 0}
          className={presenterButtonClass}
        >
          {labels.previous}
        </button>
        <button
          type="button"
          onClick={() => onIndexChange(Math.min(current + 1, last))}
          disabled={current === last}
          className={`${presenterButtonClass} flex-1`}
        >
          {labels.next}
        </button>
      </nav>
      {aside ? (
        <div className="fixed inset-y-0 right-0 z-30 w-[min(36rem,100vw)] border-l-4 border-[#b45309] shadow-2xl">
          {aside}
        </div>
      ) : null}
      {helpDialog}
    </div>
  );
}
