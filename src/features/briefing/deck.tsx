import { useEffect, type ReactNode } from 'react';

export interface DeckSlide {
  id: string;
  title: string;
  content: ReactNode;
}

export interface DeckProps {
  title: string;
  slides: DeckSlide[];
  /** 0-based; clamped to the slides there are. */
  index: number;
  labels: { previous: string; next: string; exit: string; progress: string; deck: string };
  onIndexChange: (index: number) => void;
  onExit: () => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * A full-window slide deck driven by keyboard, presentation clickers (which send PageUp/PageDown)
 * or the visible buttons. Nothing depends on hover.
 */
export function Deck({ title, slides, index, labels, onIndexChange, onExit }: DeckProps) {
  const last = slides.length - 1;
  const current = Math.min(Math.max(index, 0), last);
  const slide = slides[current];

  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      // Space and Enter on a focused button press the button; do not also turn the page.
      const onButton =
        event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      let next: number | null = null;
      if (NEXT_KEYS.has(event.key) && !(event.key === ' ' && onButton)) next = current + 1;
      else if (PREVIOUS_KEYS.has(event.key)) next = current - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      else if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
        return;
      }
      if (next === null) return;
      event.preventDefault();
      onIndexChange(Math.min(Math.max(next, 0), last));
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [current, last, onExit, onIndexChange]);

  if (!slide) return null;
  const progressPercent = ((current + 1) / slides.length) * 100;
  return (
    <div
      className="deck fixed inset-0 flex flex-col bg-white text-black"
      aria-roledescription={labels.deck}
    >
      <p className="sr-only">{title}</p>
      <section
        key={slide.id}
        aria-labelledby="slide-heading"
        className="deck-slide flex min-h-0 flex-1 flex-col overflow-hidden px-[5vw] pb-[2vh] pt-[4vh] motion-safe:animate-[deck-in_200ms_ease-out]"
      >
        <h2 id="slide-heading" className="text-[1.9em] font-bold leading-tight text-blue-950">
          {slide.title}
        </h2>
        <div className="mt-[3vh] flex min-h-0 flex-1 flex-col">{slide.content}</div>
      </section>
      <footer className="flex items-center gap-[1.5vw] border-t-2 border-black px-[5vw] py-[1.2vh] text-[0.8em]">
        <button
          type="button"
          onClick={() => onIndexChange(Math.max(current - 1, 0))}
          disabled={current === 0}
          className="min-h-11 rounded-md border-2 border-black px-4 py-1 font-semibold disabled:border-slate-400 disabled:text-slate-500"
        >
          {labels.previous}
        </button>
        <div className="flex flex-1 items-center gap-4">
          <p aria-live="polite" className="font-semibold tabular-nums">
            {labels.progress}
          </p>
          <div aria-hidden="true" className="h-2 flex-1 rounded bg-slate-300">
            <div className="h-2 rounded bg-blue-900" style={{ width: `${progressPercent}%` }} />
          </div>
        </div>
        <button
          type="button"
          onClick={() => onIndexChange(Math.min(current + 1, last))}
          disabled={current === last}
          className="min-h-11 rounded-md border-2 border-black bg-blue-950 px-4 py-1 font-semibold text-white disabled:border-slate-400 disabled:bg-slate-200 disabled:text-slate-500"
        >
          {labels.next}
        </button>
        <button
          type="button"
          onClick={onExit}
          className="min-h-11 rounded-md border-2 border-black px-4 py-1 font-semibold"
        >
          {labels.exit}
        </button>
      </footer>
    </div>
  );
}
