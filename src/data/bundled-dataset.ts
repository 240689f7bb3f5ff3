import type { Dataset } from './dataset-schema';

/**
 * The element the build writes into index.html beside the pre-rendered markup
 * (prerender.config.ts). It names the copy of the bundled dataset the page was rendered from: a
 * file of the build (`assets/plans-<hash>.json`, its name changes with its content), validated
 * against the schema at build time and written compactly.
 */
export const BUNDLED_DATASET_ELEMENT_ID = 'bundled-dataset';

export function bundledDatasetElement(url: string): string {
  return `<script type="application/json" id="${BUNDLED_DATASET_ELEMENT_ID}" data-src="${url}"></script>`;
}

/** The address of the dataset the page was pre-rendered from; null without one (the dev server). */
export function readBundledDatasetUrl(doc: Document = document): string | null {
  return doc.getElementById(BUNDLED_DATASET_ELEMENT_ID)?.getAttribute('data-src') ?? null;
}

/**
 * Fetches that copy. No second check: it is the build's own file, validated when the page was
 * rendered from it, and its name is its content's. A failure (the network, most likely) rejects,
 * and the caller falls back or tries again.
 */
export async function fetchBundledDataset(url: string): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}
