import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { Locale } from '../i18n/locale';
import { fetchBundledDataset, readBundledLanguageUrls } from './bundled-dataset';
import type { Dataset } from './dataset-schema';
import { useLocalDataset } from './local-dataset';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/plans.json`;

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    // A built page puts its copy of the dataset in the cache (start-app.tsx): the code that fetches
    // one comes only where a page has none (the dev server) or could not get it, out of every first
    // load (0.15 KB gzip).
    queryFn: ({ signal }) =>
      import('./load-dataset').then(({ loadDataset }) => loadDataset(url, signal)),
    staleTime: Infinity,
  });

/**
 * Brings a language's texts into the bundled dataset when the copy the page has lacks them (each
 * page fetches its own language's copy: src/data/dataset-languages.ts). Nothing to do before the
 * dataset is there (the sections then fetch the current language's copy), for a dataset that is
 * not the build's, or when the page names no copies (the dev server's file holds every language).
 * The copy is added to the one the page has, not put in its place: the view keeps its language's
 * texts until it changes (a Russian copy has no French ones, a French copy no Russian ones).
 */
export async function loadBundledLanguage(
  queryClient: QueryClient,
  locale: Locale,
  doc: Document = document,
): Promise<void> {
  const key = datasetQueryOptions().queryKey;
  const url = readBundledLanguageUrls(doc)[locale];
  if (!queryClient.getQueryData<Dataset>(key) || !url) return;
  // Only a change of language needs this code (0.15 KB gzip of the entry): it stays out of the first load.
  const { hasLanguage, withLanguage } = await import('./dataset-languages');
  const current = queryClient.getQueryData<Dataset>(key);
  if (!current || hasLanguage(current, locale)) return;
  const copy = await fetchBundledDataset(url);
  const shown = queryClient.getQueryData<Dataset>(key);
  queryClient.setQueryData(key, shown ? withLanguage(shown, copy) : copy);
}

/** The bundled dataset, or the one the user opened from a file. */
export function useDataset(): Dataset {
  const bundled = useSuspenseQuery(datasetQueryOptions()).data;
  const { local } = useLocalDataset();
  return local?.dataset ?? bundled;
}
