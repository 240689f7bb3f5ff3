import { useSyncExternalStore } from 'react';

// Chromium may lay the page out for print before `matchMedia('print')` reports a change;
// beforeprint comes first, and React renders the store change before the print layout starts.
let isInPrintDialog = false;

function subscribe(onChange: () => void) {
  const handleBeforePrint = () => {
    isInPrintDialog = true;
    onChange();
  };
  const handleAfterPrint = () => {
    isInPrintDialog = false;
    onChange();
  };
  window.addEventListener('beforeprint', handleBeforePrint);
  window.addEventListener('afterprint', handleAfterPrint);
  const list = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  list?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', handleBeforePrint);
    window.removeEventListener('afterprint', handleAfterPrint);
    list?.removeEventListener('change', onChange);
  };
}

function getSnapshot(): boolean {
  return (
    isInPrintDialog ||
    (typeof window.matchMedia === 'function' && window.matchMedia('print').matches)
  );
}

/** Whether the page is being printed (the print dialog, or print media emulated). */
export function useIsPrinting(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
