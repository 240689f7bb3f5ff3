import { useCallback, useState, type ReactNode } from 'react';
import { DeckHelpDialog, type DeckHelpLabels } from './deck-help-dialog';
import { directionOf } from '../i18n/locale';
import type { SlideDeck } from './slide-types';
import { useDeckKeys, type Blank, type DeckKeyActions } from './use-deck-keys';

/** What both windows' props say: the deck, the slide, the blank screen, the help's labels. */
export interface DeckControlsProps {
  deck: SlideDeck;
  /** 0-based; clamped to the slides there are. */
  index: number;
  blank: Blank;
  labels: { help: DeckHelpLabels };
  onIndexChange: (index: number) => void;
  onBlankChange: (blank: Blank) => void;
}

/** The keys only one of the windows has. */
export type DeckWindowActions = Pick<DeckKeyActions, 'exit' | 'openPresenter' | 'resetTimer'>;

/**
 * What the audience's deck and the presenter's window both do: the current slide (clamped), the
 * deck's keys, and the list of those keys (the ? key or a button) with the keys paused while it is
 * open. Returns the dialog to render, null while it is closed.
 */
export function useDeckControls(
  { deck, index, blank, labels, onIndexChange, onBlankChange }: DeckControlsProps,
  actions: DeckWindowActions,
): {
  current: number;
  last: number;
  openHelp: () => void;
  helpDialog: ReactNode;
} {
  const last = deck.slides.length - 1;
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
    direction: directionOf(deck.language),
  });
  const helpDialog = isHelpOpen ? (
    <DeckHelpDialog labels={labels.help} onClose={closeHelp} />
  ) : null;
  return { current, last, openHelp, helpDialog };
}
