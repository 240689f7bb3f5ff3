import { useEffect, useId, useRef } from 'react';

export interface DeckHelpLabels {
  title: string;
  intro: string;
  close: string;
  /** Each row: the keys, then what they do (already translated). */
  keys: { keys: string; action: string }[];
}

export interface DeckHelpDialogProps {
  labels: DeckHelpLabels;
  onClose: () => void;
}

/** The list of the deck's keys (the ? key). Modal: Esc or the button closes it, focus returns. */
export function DeckHelpDialog({ labels, onClose }: DeckHelpDialogProps) {
  const { title, intro, close: closeLabel, keys } = labels;
  const titleId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    const handleKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        event.stopImmediatePropagation();
        onClose();
      } else if (event.key === 'Tab') {
        // One control in the dialog: focus stays on it.
        event.preventDefault();
        closeButton.current?.focus();
      }
    };
    window.addEventListener('keydown', handleKey, true);
    return () => {
      window.removeEventListener('keydown', handleKey, true);
      previous?.focus();
    };
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-[#0f172a]/70 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="max-h-full w-full max-w-3xl overflow-auto rounded-lg bg-[#ffffff] p-6 text-[#0f172a] shadow-xl"
      >
        <h2 id={titleId} className="text-2xl font-bold text-[#172554]">
          {title}
        </h2>
        <p className="mt-1">{intro}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-lg">
          {keys.map((row) => (
            <div key={row.keys} className="contents">
              <dt className="font-semibold">
                <kbd className="rounded border border-[#475569] bg-[#f1f5f9] px-2 font-sans">
                  {row.keys}
                </kbd>
              </dt>
              <dd>{row.action}</dd>
            </div>
          ))}
        </dl>
        <button
          ref={closeButton}
          type="button"
          onClick={onClose}
          className="mt-6 min-h-11 rounded-md border-2 border-[#0f172a] bg-[#172554] px-5 font-semibold text-[#ffffff]"
        >
          {closeLabel}
        </button>
      </div>
    </div>
  );
}
