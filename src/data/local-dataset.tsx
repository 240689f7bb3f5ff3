import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Dataset } from './dataset-schema';

export interface LocalDataset {
  dataset: Dataset;
  fileName: string;
}

interface LocalDatasetState {
  local: LocalDataset | null;
  /** True when the browser refused to keep `local` (private mode, full disk): it goes on reload. */
  isNotKept: boolean;
  /** Shows a dataset and keeps it in the browser; null goes back to the bundled one for good. */
  setLocal: (local: LocalDataset | null) => void;
}

const LocalDatasetContext = createContext<LocalDatasetState>({
  local: null,
  isNotKept: false,
  setLocal: () => {},
});

// The store's code comes after the first view, with the dataset-file code's.
const keptDataset = () => import('./kept-dataset');
const KEEP_WAIT_MS = 1000;

/**
 * Holds a dataset the user opened from a file; it replaces the bundled one, across reloads, until
 * cleared. A browser that keeps nothing never breaks the page: the dataset shows for this visit.
 */
export function LocalDatasetProvider({ children }: { children: ReactNode }) {
  const [local, setLocalState] = useState<LocalDataset | null>(null);
  const [isNotKept, setIsNotKept] = useState(false);
  // A choice made while the kept dataset was still being read wins over it.
  const choice = useRef(0);

  // An update after unmounting is dropped by React: no guard needed for it.
  useEffect(() => {
    const chosenBefore = choice.current;
    keptDataset()
      .then((store) => store.readKeptDataset())
      .then((kept) => {
        if (kept && choice.current === chosenBefore) setLocalState(kept);
      })
      // Nothing can be read (no IndexedDB, a store left by another version): the bundled dataset.
      .catch(() => {});
  }, []);

  // The choice shows once the browser has kept (or forgotten) it, so that a reload at once finds
  // what the reader sees; a store that refuses, or does not answer within KEEP_WAIT_MS, does not
  // hold the view back (the dataset then goes on reload, and the page says so).
  const setLocal = useCallback((next: LocalDataset | null) => {
    const thisChoice = ++choice.current;
    setIsNotKept(false);
    const show = () => {
      if (choice.current === thisChoice) setLocalState(next);
    };
    const timer = window.setTimeout(show, KEEP_WAIT_MS);
    keptDataset()
      .then((store) => (next ? store.keepDataset(next) : store.forgetKeptDataset()))
      .then(show, () => {
        show();
        if (next && choice.current === thisChoice) setIsNotKept(true);
      })
      .finally(() => window.clearTimeout(timer));
  }, []);

  const value = useMemo(() => ({ local, isNotKept, setLocal }), [local, isNotKept, setLocal]);
  return <LocalDatasetContext value={value}>{children}</LocalDatasetContext>;
}

export function useLocalDataset(): LocalDatasetState {
  return use(LocalDatasetContext);
}
