import { useCallback, useLayoutEffect, useRef } from 'react';
import type { SlideDeck } from './slide-types';
import type { Blank } from './use-deck-keys';

/** Every window of this site on this browser that shows the deck listens on this channel. */
export const DECK_CHANNEL = 'joint-action-plans-deck';

export interface DeckSyncState {
  /** 1-based. */
  slide: number;
  blank: Blank;
  /** The audience's deck, so the presenter's window shows exactly those slides (even from a file). */
  deck?: SlideDeck;
}

type DeckMessage =
  ({ type: 'state'; sender: string } & DeckSyncState) | { type: 'hello'; sender: string };

function isDeckMessage(value: unknown): value is DeckMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<DeckMessage>;
  if (typeof message.sender !== 'string') return false;
  if (message.type === 'hello') return true;
  return (
    message.type === 'state' &&
    typeof message.slide === 'number' &&
    Number.isInteger(message.slide) &&
    (message.blank === 'none' || message.blank === 'black' || message.blank === 'white')
  );
}

/**
 * Keeps the audience's window and the presenter's in step: each change in one is sent to the
 * other at once (BroadcastChannel: same origin only, no server). A window that opens (a reload,
 * the presenter's window reopened) says hello and the others answer with where they are.
 * Where BroadcastChannel is missing, each window still works alone.
 */
export function useDeckSync(
  getState: () => DeckSyncState,
  onState: (state: DeckSyncState) => void,
) {
  const channel = useRef<BroadcastChannel | null>(null);
  const sender = useRef('');
  const latest = useRef({ getState, onState });
  useLayoutEffect(() => {
    latest.current = { getState, onState };
  });

  // Before paint: a key pressed as soon as the deck shows is not lost.
  useLayoutEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    sender.current = id;
    const open = new BroadcastChannel(DECK_CHANNEL);
    channel.current = open;
    const post = (message: DeckMessage) => {
      try {
        open.postMessage(message);
      } catch {
        // A closed channel (the window going away): nothing to keep in step any more.
      }
    };
    open.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isDeckMessage(message) || message.sender === id) return;
      if (message.type === 'hello') {
        post({ type: 'state', sender: id, ...latest.current.getState() });
        return;
      }
      const { slide, blank, deck } = message;
      latest.current.onState({ slide, blank, ...(deck ? { deck } : {}) });
    };
    post({ type: 'hello', sender: id });
    return () => {
      channel.current = null;
      open.close();
    };
  }, []);

  return useCallback((state: DeckSyncState) => {
    try {
      channel.current?.postMessage({ type: 'state', sender: sender.current, ...state });
    } catch {
      // See above.
    }
  }, []);
}
