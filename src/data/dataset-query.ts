import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Dataset } from './dataset-schema';
import { DATASET_URL, loadDataset } from './load-dataset';
import { useLocalDataset } from './local-dataset';

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
  });

/** The bundled dataset, or the one the user opened from a file. */
export function useDataset(): Dataset {
  const bundled = useSuspenseQuery(datasetQueryOptions()).data;
  const { local } = useLocalDataset();
  return local?.dataset ?? bundled;
}
