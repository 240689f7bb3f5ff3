import { useEffect, useState, type RefObject } from 'react';

/** How long the deck's controls stay after the last pointer move or key, as reveal.js and PowerPoint. */
export const CONTROLS_IDLE_MS = 3000;

/**
 * Whether the deck's controls show: they float over the stage and fade after CONTROLS_IDLE_MS
 * without a pointer move, a touch or a key, and come back on any of them. Keyboard focus inside the
 * bar keeps them (WCAG 2.4.11: what has focus is not hidden); so does `isPinned` (a menu open).
 */
export function useIdleControls(bar: RefObject<HTMLElement | null>, isPinned: boolean): boolean {
  const [isShown, setIsShown] = useState(true);
  useEffect(() => {
    let timer: number | undefined;
    const hasKeyboardFocus = () => {
      const active = document.activeElement;
      if (!active || !bar.current?.contains(active)) return false;
      // A button clicked with the mouse keeps focus without showing it: that does not pin the bar.
      try {
        return active.matches(':focus-visible');
      } catch {
        return true;
      }
    };
    const schedule = () => {
      window.clearTimeout(timer);
      if (isPinned) return;
      timer = window.setTimeout(() => {
        if (!hasKeyboardFocus()) setIsShown(false);
      }, CONTROLS_IDLE_MS);
    };
    const wake = () => {
      setIsShown(true);
      schedule();
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'focusout'] as const;
    for (const type of events) window.addEventListener(type, wake, true);
    wake();
    return () => {
      window.clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, wake, true);
    };
  }, [bar, isPinned]);
  return isShown;
}
