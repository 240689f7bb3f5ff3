import { use, useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState } from '../url-state/url-state';
import { useUrlState } from '../url-state/use-url-state';
import { DEFAULT_RUNNING_ORDER, isDefaultRunningOrder, type RunningOrder } from './running-order';
import {
  decodeRunningOrder,
  encodeRunningOrder,
  readRunningOrderFile,
  runningOrderFile,
} from './running-order-codec';

// Where a running order lives while the deck is open: React state, so that nothing typed is lost
// whatever the address does; mirrored to the address (`order=`, what a copied link carries) and to
// local storage (what a reload, or the next deck opened from the dashboard, comes back to). A link
// with a running order wins over the kept one; a link whose order cannot be read shows the deck
// built from the data, says so, and leaves the kept one alone until the presenter edits.

const STORAGE_KEY = 'joint-action-plans-running-order';
/**
 * This tab's address while a newer order waits to be written there: a reload within the write
 * delay (or before the compression settles) then takes the kept order, not the older link's.
 * Session storage, so that a colleague opening the same link in another tab is not affected.
 */
const BEHIND_KEY = 'joint-action-plans-running-order-behind';
/** After the last keystroke: the address is not rewritten on every letter. */
const WRITE_DELAY_MS = 300;
/** RFC 9110 §4.1: the least length of a URI every client should support. */
export const LINK_LIMIT = 8000;

/** One decoding per link value, so that the deck suspends once when it opens a link, not again. */
const decodings = new Map<string, Promise<RunningOrder | null>>();
function decodeOnce(value: string): Promise<RunningOrder | null> {
  let decoding = decodings.get(value);
  if (!decoding) {
    decoding = decodeRunningOrder(value);
    decodings.set(value, decoding);
  }
  return decoding;
}

function readKept(): RunningOrder | null {
  try {
    const kept = window.localStorage.getItem(STORAGE_KEY);
    return kept === null ? null : readRunningOrderFile(kept);
  } catch {
    // Storage refused (private mode, a policy): the address still holds the order.
    return null;
  }
}

function keep(runningOrder: RunningOrder) {
  try {
    if (isDefaultRunningOrder(runningOrder)) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, runningOrderFile(runningOrder, ''));
  } catch {
    // As above.
  }
}

function markLinkBehind(order: string | null) {
  try {
    if (order === null) window.sessionStorage.removeItem(BEHIND_KEY);
    else window.sessionStorage.setItem(BEHIND_KEY, order);
  } catch {
    // Storage refused: a reload right after an edit shows the link's order.
  }
}

function isLinkBehind(order: string): boolean {
  try {
    return window.sessionStorage.getItem(BEHIND_KEY) === order;
  } catch {
    return false;
  }
}

interface State {
  runningOrder: RunningOrder;
  /** The link's running order could not be read: the deck is the data's. */
  isLinkBroken: boolean;
  /** Came from another window of this browser (through storage): not written back there. */
  isFromStorage: boolean;
  /** With a broken link: whether this browser keeps a running order to go back to. */
  hasKept?: boolean;
}

export interface RunningOrderControl {
  runningOrder: RunningOrder;
  isLinkBroken: boolean;
  /** A running order kept in this browser that the presenter can go back to. */
  hasKept: boolean;
  /** The length of the address once it holds the order (null until written). */
  linkLength: number | null;
  change: (next: RunningOrder) => void;
  restoreKept: () => void;
}

export function useRunningOrder(): RunningOrderControl {
  const [url, updateUrl] = useUrlState();
  const [keptAtOpen] = useState(readKept);
  const [linkAtOpen] = useState(() =>
    url.order !== null && isLinkBehind(url.order) && keptAtOpen !== null ? null : url.order,
  );
  const fromLink = linkAtOpen === null ? null : use(decodeOnce(linkAtOpen));
  const [state, setState] = useState<State>(() => {
    if (linkAtOpen !== null) {
      return {
        runningOrder: fromLink ?? DEFAULT_RUNNING_ORDER,
        isLinkBroken: fromLink === null,
        isFromStorage: false,
        hasKept: fromLink === null && keptAtOpen !== null,
      };
    }
    return {
      runningOrder: keptAtOpen ?? DEFAULT_RUNNING_ORDER,
      isLinkBroken: false,
      isFromStorage: false,
    };
  });
  const [linkLength, setLinkLength] = useState<number | null>(null);
  const latestUpdateUrl = useRef(updateUrl);
  useEffect(() => {
    latestUpdateUrl.current = updateUrl;
  });

  useEffect(() => {
    if (state.isLinkBroken) return;
    if (!state.isFromStorage) keep(state.runningOrder);
    markLinkBehind(parseUrlState(window.location.search).order ?? '');
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      const { runningOrder } = state;
      const encoding = isDefaultRunningOrder(runningOrder)
        ? Promise.resolve(null)
        : encodeRunningOrder(runningOrder);
      encoding
        .then((order) => {
          if (!isCurrent) return;
          if (parseUrlState(window.location.search).order !== order) {
            latestUpdateUrl.current({ order }, { replace: true });
          }
          markLinkBehind(null);
          setLinkLength(order === null ? null : window.location.href.length);
        })
        .catch(() => {
          // No CompressionStream (a browser older than the ones the app supports): the order
          // stays in this page and in storage, not in the link.
        });
    }, WRITE_DELAY_MS);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [state]);

  // Another window of the deck (the presenter's, the audience's) changed the order.
  useEffect(() => {
    const handleStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      const next =
        event.newValue === null ? DEFAULT_RUNNING_ORDER : readRunningOrderFile(event.newValue);
      if (next) setState({ runningOrder: next, isLinkBroken: false, isFromStorage: true });
    };
    window.addEventListener('storage', handleStorage);
    return () => window.removeEventListener('storage', handleStorage);
  }, []);

  const change = useCallback((next: RunningOrder) => {
    setState({ runningOrder: next, isLinkBroken: false, isFromStorage: false });
  }, []);
  const restoreKept = useCallback(() => {
    const kept = readKept();
    if (kept) setState({ runningOrder: kept, isLinkBroken: false, isFromStorage: false });
  }, []);

  return {
    runningOrder: state.runningOrder,
    isLinkBroken: state.isLinkBroken,
    hasKept: state.isLinkBroken && state.hasKept === true,
    linkLength,
    change,
    restoreKept,
  };
}
