import { useEffect, useState } from 'react';

/**
 * Calls `callback` once the page has loaded and the browser has a moment to spare. Returns what
 * cancels it.
 */
export function afterPageSettles(view: Window, callback: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenIdle = () => {
    // Safari has no requestIdleCallback; a task after the load event does as well there.
    if (typeof view.requestIdleCallback === 'function') {
      idle = view.requestIdleCallback(callback, { timeout: 2000 });
    } else {
      timer = setTimeout(callback, 0);
    }
  };
  if (view.document.readyState === 'complete') whenIdle();
  else view.addEventListener('load', whenIdle, { once: true });
  return () => {
    view.removeEventListener('load', whenIdle);
    if (idle !== undefined) view.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/**
 * False on the first render (the pre-render's and the hydration's), true once the page has loaded
 * and the browser has a moment to spare: for work the first view does not need, so that it
 * neither competes with the first paint nor changes the markup React hydrates.
 */
export function usePageSettled(): boolean {
  const [isSettled, setIsSettled] = useState(false);
  useEffect(() => afterPageSettles(window, () => setIsSettled(true)), []);
  return isSettled;
}
