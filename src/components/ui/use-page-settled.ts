import { useEffect, useState } from 'react';

/**
 * False on the first render (the pre-render's and the hydration's), true once the page has loaded
 * and the browser has a moment to spare: for work the first view does not need, so that it
 * neither competes with the first paint nor changes the markup React hydrates.
 */
export function usePageSettled(): boolean {
  const [isSettled, setIsSettled] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => setIsSettled(true);
    const whenIdle = () => {
      // Safari has no requestIdleCallback; a task after the load event does as well there.
      if (typeof window.requestIdleCallback === 'function') {
        idle = window.requestIdleCallback(settle, { timeout: 2000 });
      } else {
        timer = setTimeout(settle, 0);
      }
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, []);
  return isSettled;
}
