import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { DATASET_URL, loadDataset } from './load-dataset';

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
  });

export function useDataset() {
  return useSuspenseQuery(datasetQueryOptions()).data;
}
