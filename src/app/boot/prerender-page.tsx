import { renderToString } from 'react-dom/server';
import { datasetQueryOptions } from '../../data/dataset-query';
import { parseDataset } from '../../data/parse-dataset';
import { createAppElement } from './app-root';
import { sectionsFrom } from './deferred-sections';
import * as laterSections from './later-sections';
import { createQueryClient } from '../query-client';

/**
 * Run by the build (prerender.config.ts), in Node: validates the bundled dataset and renders the
 * default view (French, no filter) with it, so the page reads before (and without) any script.
 * Returns that markup for #root and the dataset as the schema returned it, to write beside it.
 */
export function prerenderPage(json: unknown, source: string) {
  const dataset = parseDataset(json, source);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
  // One pass, the sections' code there from the start; it also writes React's form-replaying
  // script, which keeps a press made before the app runs.
  const html = renderToString(createAppElement(queryClient, sectionsFrom(laterSections), ''));
  // A boundary that suspended or failed is written as its fallback ("<!--$!-->"): the browser
  // would redraw it, and readers without script would see a placeholder.
  if (html.includes('<!--$!-->')) {
    throw new Error('Pre-render: a section suspended or failed on the server; see its boundary');
  }
  return { html, dataset };
}
