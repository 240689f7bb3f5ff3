import { useEffect, useState } from 'react';

/**
 * Calls `callback` once the page has loaded and the browser has a moment to spare. Returns what
 * cancels it.
 */
export function afterPageSettles(view: Window, callback: () => void): () => void {
  let cancel = () => {};
  const whenIdle = () => {
    // Safari has no requestIdleCallback; a task after the load event does as well there.
    if (typeof view.requestIdleCallback === 'function') {
      const idle = view.requestIdleCallback(callback, { timeout: 2000 });
      const cancelIdle = view.cancelIdleCallback.bind(view);
      cancel = () => cancelIdle(idle);
    } else {
      const timer = setTimeout(callback, 0);
      cancel = () => clearTimeout(timer);
    }
  };
  if (view.document.readyState === 'complete') whenIdle();
  else view.addEventListener('load', whenIdle, { once: true });
  return () => {
    view.removeEventListener('load', whenIdle);
    cancel();
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
