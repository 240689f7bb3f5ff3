import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { directionOf } from '../i18n/locale';
import type { DeckHelpLabels } from './deck-help-dialog';
import { SlideNotes } from './slide-notes';
import type { SlideDeck } from './slide-types';
import { SlideView } from './slide-view';
import { useDeckControls } from './use-deck-controls';
import { useIdleControls } from './use-idle-controls';
import { useStageGestures } from './use-stage-gestures';
import type { Blank } from './use-deck-keys';
import './deck.css';

/** A button of the deck's control bar. The bar takes any number, in order. */
export interface DeckControl {
  id: string;
  label: string;
  onClick: () => void;
  /** For a toggle (the notes panel). */
  isPressed?: boolean;
  /** For a button that shows a panel: whether it is shown, and its id. */
  isExpanded?: boolean;
  controlsId?: string;
}

export interface DeckLabels {
  /** "présentation": the deck's aria-roledescription. */
  deck: string;
  /** "diapositive". */
  slide: string;
  /** "3 sur 13", the slide's aria-label, for a slide number. */
  slideLabel: (current: number, total: number) => string;
  /** "Diapositive 3 sur 13 : Title", said by the live region. */
  announce: (current: number, total: number, title: string) => string;
  /** "Diapositive 3 / 13", the visible counter. */
  progress: (current: number, total: number) => string;
  /** "3 / 13", on the slide itself. */
  numberLabel: (current: number, total: number) => string;
  previous: string;
  next: string;
  exit: string;
  controls: string;
  /** The phone's one button that opens the controls. */
  menu: string;
  keys: string;
  notes: string;
  blankBlack: string;
  blankWhite: string;
  help: DeckHelpLabels;
}

export interface DeckProps {
  deck: SlideDeck;
  /** 0-based; clamped to the slides there are. */
  index: number;
  blank: Blank;
  labels: DeckLabels;
  /** Extra buttons of the control bar, between the counter and "Leave". */
  controls: DeckControl[];
  /** Controls that say how they went (the PowerPoint download), after the extra buttons. */
  children?: ReactNode;
  /** Shown above the control bar (the presenter view's window was blocked). */
  notice: string | null;
  isNotesOpen: boolean;
  /** A panel beside the slide (the running order's), instead of the notes. */
  aside?: ReactNode;
  onIndexChange: (index: number) => void;
  onBlankChange: (blank: Blank) => void;
  onOpenPresenter: () => void;
  onExit: () => void;
}

export const barButtonClass =
  'min-h-11 rounded-md border-2 border-[#ffffff] px-3 py-1 font-semibold text-[#ffffff] hover:bg-[#ffffff] hover:text-[#0f172a] disabled:border-[#64748b] disabled:text-[#94a3b8] disabled:hover:bg-transparent aria-pressed:bg-[#ffffff] aria-pressed:text-[#0f172a]';

const nextButtonClass =
  'min-h-11 rounded-md border-2 border-[#ffffff] bg-[#ffffff] px-3 py-1 font-semibold text-[#0f172a] hover:bg-[#e2e8f0] disabled:border-[#64748b] disabled:bg-transparent disabled:text-[#94a3b8]';

/**
 * The audience's deck: the current slide on a 16:9 stage as large as the window allows
 * (letterboxed, never scrolling), driven by keyboard, presentation clickers, touch (tap a half,
 * swipe) or the control bar. The bar floats over the stage and fades when idle, so the stage never
 * changes size; on a phone it folds into one menu button. Nothing depends on hover.
 */
export function Deck(props: DeckProps) {
  const { deck, blank, labels, controls, children, notice, isNotesOpen, aside } = props;
  const { onIndexChange, onBlankChange, onOpenPresenter, onExit } = props;
  const total = deck.slides.length;
  const blankButton = useRef<HTMLButtonElement>(null);
  const { current, last, openHelp, helpDialog } = useDeckControls(props, {
    openPresenter: onOpenPresenter,
    exit: onExit,
  });
  const slide = deck.slides[current];
  const bar = useRef<HTMLElement>(null);
  const menuId = useId();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const isShown = useIdleControls(bar, isMenuOpen);
  const goPrevious = () => onIndexChange(Math.max(current - 1, 0));
  const goNext = () => onIndexChange(Math.min(current + 1, last));
  const gestures = useStageGestures(goPrevious, goNext, directionOf(deck.language));

  useEffect(() => {
    if (blank !== 'none') blankButton.current?.focus();
  }, [blank]);

  if (!slide) return null;
  const number = current + 1;
  const progressPercent = (number / total) * 100;
  return (
    <div
      role="region"
      aria-roledescription={labels.deck}
      aria-label={deck.title}
      lang={deck.language}
      dir={directionOf(deck.language)}
      data-controls={isShown ? 'shown' : 'hidden'}
      className={`deck deck-root fixed inset-0 flex bg-[#1e293b] text-[#0f172a] print:hidden ${isShown ? '' : 'cursor-none'}`}
    >
      <div className="relative min-w-0 flex-1">
        <div className="stage-host absolute inset-0" {...gestures}>
          <section
            key={slide.id}
            role="group"
            aria-roledescription={labels.slide}
            aria-label={labels.slideLabel(number, total)}
            className="slide-stage deck-slide motion-safe:animate-[deck-in_200ms_ease-out]"
          >
            <SlideView
              slide={slide}
              deckTitle={deck.footer}
              numberLabel={labels.numberLabel(number, total)}
            />
          </section>
        </div>
        <div className="pointer-events-none absolute inset-x-0 bottom-0 flex flex-col items-end">
          {notice ? (
            <p
              role="status"
              className="pointer-events-auto w-full bg-[#fef3c7] px-4 py-2 font-semibold text-[#78350f]"
            >
              {notice}
            </p>
          ) : null}
          <nav
            ref={bar}
            aria-label={labels.controls}
            className={`deck-controls flex w-full flex-col items-end bg-[#0f172a] px-4 py-2 text-sm text-[#ffffff] pointer-events-auto motion-safe:transition-opacity motion-safe:duration-300 sm:flex-row sm:items-center xl:text-base ${isShown ? '' : 'opacity-0'}`}
          >
            <button
              type="button"
              aria-expanded={isMenuOpen}
              aria-controls={menuId}
              onClick={() => setIsMenuOpen((isOpen) => !isOpen)}
              className={`${barButtonClass} sm:hidden`}
            >
              {labels.menu}
            </button>
            <div
              id={menuId}
              className={`${isMenuOpen ? 'flex' : 'hidden'} w-full flex-col items-stretch gap-2 pt-2 sm:flex sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-3 sm:pt-0`}
            >
              <button
                type="button"
                onClick={goPrevious}
                disabled={current === 0}
                className={barButtonClass}
              >
                {labels.previous}
              </button>
              <div className="flex min-w-40 flex-1 items-center gap-3">
                <p className="deck-progress shrink-0 font-semibold tabular-nums">
                  {labels.progress(number, total)}
                </p>
                <div aria-hidden="true" className="h-2 flex-1 rounded bg-[#475569]">
                  <div
                    className="h-2 rounded bg-[#fbbf24]"
                    style={{ width: `${progressPercent}%` }}
                  />
                </div>
              </div>
              <button
                type="button"
                onClick={goNext}
                disabled={current === last}
                className={nextButtonClass}
              >
                {labels.next}
              </button>
              {controls.map((control) => (
                <button
                  key={control.id}
                  type="button"
                  data-control={control.id}
                  onClick={control.onClick}
                  aria-pressed={control.isPressed}
                  aria-expanded={control.isExpanded}
                  aria-controls={control.isExpanded ? control.controlsId : undefined}
                  className={barButtonClass}
                >
                  {control.label}
                </button>
              ))}
              {children}
              <button type="button" onClick={openHelp} className={barButtonClass}>
                {labels.keys}
              </button>
              <button type="button" onClick={onExit} className={barButtonClass}>
                {labels.exit}
              </button>
            </div>
          </nav>
        </div>
      </div>
      {aside ? (
        // Beside the slide; on a phone, over it (a narrow column could not hold its fields).
        <div className="fixed inset-0 z-30 shrink-0 border-[#b45309] sm:static sm:w-[min(32rem,45vw)] sm:border-l-4">
          {aside}
        </div>
      ) : isNotesOpen ? (
        <SlideNotes
          label={labels.notes}
          notes={slide.notes}
          talkingPoints={slide.talkingPoints}
          headings={deck.notesHeadings}
          className="w-[min(30rem,35vw)] shrink-0 overflow-y-auto border-s-4 border-[#b45309] bg-[#ffffff] p-4 text-base leading-snug"
        />
      ) : null}
      <p aria-live="polite" className="sr-only">
        {labels.announce(number, total, slide.title)}
      </p>
      {blank !== 'none' ? (
        <button
          ref={blankButton}
          type="button"
          onClick={() => onBlankChange('none')}
          className={`fixed inset-0 z-40 cursor-default ${blank === 'black' ? 'deck-blank-black bg-[#000000]' : 'deck-blank-white bg-[#ffffff]'}`}
        >
          <span className="sr-only">
            {blank === 'black' ? labels.blankBlack : labels.blankWhite}
          </span>
        </button>
      ) : null}
      {helpDialog}
    </div>
  );
}
