import { useLayoutEffect, useRef } from 'react';

/** What the audience sees instead of the slide: nothing else, a black or a white screen. */
export type Blank = 'none' | 'black' | 'white';

export interface DeckKeyActions {
  /** 0-based. */
  goTo: (index: number) => void;
  current: number;
  last: number;
  toggleBlank: (blank: Exclude<Blank, 'none'>) => void;
  openHelp: () => void;
  /** Esc. Absent where Esc means nothing (the presenter's window). */
  exit?: () => void;
  /** S. */
  openPresenter?: () => void;
  /** R. */
  resetTimer?: () => void;
  /** While a dialog is open the deck takes no keys (Esc closes the dialog). */
  isPaused?: boolean;
  /** The deck's direction: in 'rtl' the Left arrow goes forward and the Right arrow back. */
  direction?: 'ltr' | 'rtl';
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p']);
// Slides follow each other the way the language reads: right to left in Arabic, so there the Left
// arrow goes forward and the Right arrow back (the control bar and a tap mirror the same way).
// Up and Down stay.
const MIRRORED_KEYS: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };
/** A number typed, then Enter, jumps to that slide; a pause forgets it, as in PowerPoint. */
const NUMBER_TIMEOUT_MS = 2000;

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) ||
      // A panel of its own (the running order's): its buttons and arrows are not the deck's.
      target.closest('[data-deck-keys="off"]') !== null)
  );
}

/**
 * The keys of a deck, in the audience's window and the presenter's alike, as PowerPoint and
 * Keynote users expect them, and as presentation clickers send them (PageUp/PageDown, B, .).
 */
export function useDeckKeys(actions: DeckKeyActions) {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  // Before paint: a key pressed as soon as the deck shows is not lost.
  useLayoutEffect(() => {
    let typed = '';
    let typedAt = 0;
    const handleKey = (event: KeyboardEvent) => {
      const a = latest.current;
      if (a.isPaused) return;
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      // Space and Enter on a focused button press the button; do not also turn the page.
      const onButton =
        event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      const now = Date.now();
      if (now - typedAt > NUMBER_TIMEOUT_MS) typed = '';
      const key = a.direction === 'rtl' ? (MIRRORED_KEYS[event.key] ?? event.key) : event.key;
      const clamp = (index: number) => Math.min(Math.max(index, 0), a.last);

      if (/^[0-9]$/.test(key)) {
        typed = `${typed}${key}`.slice(-3);
        typedAt = now;
        event.preventDefault();
        return;
      }
      if (key === 'Enter' && typed !== '') {
        const number = Number.parseInt(typed, 10);
        typed = '';
        event.preventDefault();
        if (number >= 1) a.goTo(clamp(number - 1));
        return;
      }
      typed = '';
      let next: number | null = null;
      if (NEXT_KEYS.has(key) && !(key === ' ' && onButton)) next = a.current + 1;
      else if (PREVIOUS_KEYS.has(key)) next = a.current - 1;
      else if (key === 'Home') next = 0;
      else if (key === 'End') next = a.last;
      if (next !== null) {
        event.preventDefault();
        a.goTo(clamp(next));
        return;
      }
      const lower = key.toLowerCase();
      if (lower === 'b' || key === '.') a.toggleBlank('black');
      else if (lower === 'w' || key === ',') a.toggleBlank('white');
      else if (key === '?') a.openHelp();
      else if (lower === 's' && a.openPresenter) a.openPresenter();
      else if (lower === 'r' && a.resetTimer) a.resetTimer();
      else if (key === 'Escape' && a.exit) a.exit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);
}
