import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import type { Dataset } from './dataset-schema';

export interface LocalDataset {
  dataset: Dataset;
  fileName: string;
}

interface LocalDatasetState {
  local: LocalDataset | null;
  setLocal: (local: LocalDataset | null) => void;
}

const LocalDatasetContext = createContext<LocalDatasetState>({ local: null, setLocal: () => {} });

/** Holds a dataset the user opened from a file; it replaces the bundled one until cleared. */
export function LocalDatasetProvider({ children }: { children: ReactNode }) {
  const [local, setLocal] = useState<LocalDataset | null>(null);
  const value = useMemo(() => ({ local, setLocal }), [local]);
  return <LocalDatasetContext value={value}>{children}</LocalDatasetContext>;
}

export function useLocalDataset(): LocalDatasetState {
  return use(LocalDatasetContext);
}
