import { useCallback, useState, type ReactNode } from 'react';
import { DeckHelpDialog, type DeckHelpLabels } from './deck-help-dialog';
import { useDeckKeys, type Blank, type DeckKeyActions } from './use-deck-keys';

export interface DeckControlsOptions extends Pick<
  DeckKeyActions,
  'exit' | 'openPresenter' | 'resetTimer'
> {
  slideCount: number;
  /** 0-based; clamped to the slides there are. */
  index: number;
  blank: Blank;
  helpLabels: DeckHelpLabels;
  onIndexChange: (index: number) => void;
  onBlankChange: (blank: Blank) => void;
}

/**
 * What the audience's deck and the presenter's window both do: the current slide (clamped), the
 * deck's keys, and the list of those keys (the ? key or a button) with the keys paused while it is
 * open. Returns the dialog to render, null while it is closed.
 */
export function useDeckControls({
  slideCount,
  index,
  blank,
  helpLabels,
  onIndexChange,
  onBlankChange,
  ...actions
}: DeckControlsOptions): {
  current: number;
  last: number;
  openHelp: () => void;
  helpDialog: ReactNode;
} {
  const last = slideCount - 1;
  const current = Math.min(Math.max(index, 0), last);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const openHelp = useCallback(() => setIsHelpOpen(true), []);
  const closeHelp = useCallback(() => setIsHelpOpen(false), []);
  useDeckKeys({
    ...actions,
    current,
    last,
    goTo: onIndexChange,
    toggleBlank: (kind) => onBlankChange(blank === kind ? 'none' : kind),
    openHelp,
    isPaused: isHelpOpen,
  });
  const helpDialog = isHelpOpen ? <DeckHelpDialog labels={helpLabels} onClose={closeHelp} /> : null;
  return { current, last, openHelp, helpDialog };
}
