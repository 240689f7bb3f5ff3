import { renderToString } from 'react-dom/server';
import { datasetQueryOptions } from '../../data/dataset-query';
import { parseDataset } from '../../data/parse-dataset';
import type { Dataset } from '../../data/dataset-schema';
import { createAppElement } from './app-root';
import { sectionsFrom } from './deferred-sections';
import * as laterSections from './later-sections';
import { createQueryClient } from '../query-client';

export interface PrerenderedPage {
  /** The markup of the default view (French, no filter), to put in #root. */
  html: string;
  /** The dataset as the schema returned it, to write into the page next to the markup. */
  dataset: Dataset;
}

/**
 * Run by the build (prerender.config.ts), in Node: validates the bundled dataset and renders the
 * default view with it, so the page is readable before (and without) any script.
 */
export function prerenderPage(json: unknown, source: string): PrerenderedPage {
  const dataset = parseDataset(json, source);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
  // renderToString renders in one pass: the later sections' code is there from the start. It also
  // writes React's form-replaying script, which keeps a press made before the app runs.
  const html = renderToString(createAppElement(queryClient, sectionsFrom(laterSections), ''));
  // renderToString writes a fallback for a boundary that suspended or failed ("<!--$!-->"): the
  // browser would then redraw that part, and readers without script would see a placeholder.
  if (html.includes('<!--$!-->')) {
    throw new Error('Pre-render: a section suspended or failed on the server; see its boundary');
  }
  return { html, dataset };
}
