import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { Locale } from '../i18n/locale';
import { fetchBundledDataset, readBundledLanguageUrls } from './bundled-dataset';
import { hasLanguage } from './dataset-languages';
import type { Dataset } from './dataset-schema';
import { DATASET_URL, loadDataset } from './load-dataset';
import { useLocalDataset } from './local-dataset';

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
  });

/**
 * Brings a language's texts into the bundled dataset when the copy the page has lacks them (each
 * page fetches its own language's copy: src/data/dataset-languages.ts). Nothing to do before the
 * dataset is there (the sections then fetch the current language's copy), for a dataset that is
 * not the build's, or when the page names no copies (the dev server's file holds every language).
 */
export async function loadBundledLanguage(
  queryClient: QueryClient,
  locale: Locale,
  doc: Document = document,
): Promise<void> {
  const key = datasetQueryOptions().queryKey;
  const current = queryClient.getQueryData<Dataset>(key);
  const url = readBundledLanguageUrls(doc)[locale];
  if (!current || hasLanguage(current, locale) || !url) return;
  queryClient.setQueryData(key, await fetchBundledDataset(url));
}

/** The bundled dataset, or the one the user opened from a file. */
export function useDataset(): Dataset {
  const bundled = useSuspenseQuery(datasetQueryOptions()).data;
  const { local } = useLocalDataset();
  return local?.dataset ?? bundled;
}
