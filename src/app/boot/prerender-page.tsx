import { renderToString } from 'react-dom/server';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locale';
import { createI18n, loadCatalog } from '../../i18n/use-i18n';
import { datasetQueryOptions } from '../../data/dataset-query';
import { parseDataset } from '../../data/parse-dataset';
import type { Dataset } from '../../data/dataset-schema';
import { createAppElement } from './app-root';
import { sectionsFrom } from './deferred-sections';
import * as laterSections from './later-sections';
import { createQueryClient } from '../query-client';

export interface PrerenderedPage {
  /** The markup of each language's default view (no filter), to put in #root of its page. */
  html: Partial<Record<Locale, string>>;
  /** Each language's page title and description. */
  head: Partial<Record<Locale, { title: string; description: string }>>;
  /** The dataset as the schema returned it, to write into the page next to the markup. */
  dataset: Dataset;
}

/**
 * Run by the build (prerender.config.ts), in Node: validates the bundled dataset and renders each
 * language's default view (no filter) with it, so each page reads before (and without) any script.
 */
export function prerenderPage(
  json: unknown,
  source: string,
  locales: readonly Locale[] = [DEFAULT_LOCALE],
): PrerenderedPage {
  const dataset = parseDataset(json, source);
  const render = (locale: Locale) => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
    // renderToString renders in one pass: the later sections' code is there from the start. It
    // also writes React's form-replaying script, which keeps a press made before the app runs.
    const search = locale === DEFAULT_LOCALE ? '' : `?lang=${locale}`;
    const html = renderToString(createAppElement(queryClient, sectionsFrom(laterSections), search));
    // renderToString writes a fallback for a boundary that suspended or failed ("<!--$!-->"): the
    // browser would then redraw that part, and readers without script would see a placeholder.
    if (html.includes('<!--$!-->')) {
      throw new Error(`Pre-render (${locale}): a section suspended or failed; see its boundary`);
    }
    return html;
  };
  const html = Object.fromEntries(locales.map((locale) => [locale, render(locale)]));
  const head = Object.fromEntries(
    locales.map((locale) => {
      const { t } = createI18n(locale);
      return [locale, { title: t('appTitle'), description: t('appTagline') }];
    }),
  );
  return { html, head, dataset };
}

/** The page in each of the eight languages, their messages loaded first (the build's call). */
export async function prerenderPages(json: unknown, source: string): Promise<PrerenderedPage> {
  await Promise.all(LOCALES.map(loadCatalog));
  return prerenderPage(json, source, LOCALES);
}
