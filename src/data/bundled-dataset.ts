import type { Dataset } from './dataset-schema';

/**
 * The element the build writes into index.html beside the pre-rendered markup
 * (prerender.config.ts). It names the copy of the bundled dataset the page was rendered from: a
 * file of the build (`assets/plans-<hash>.json`, its name changes with its content), validated
 * against the schema at build time and written compactly.
 */
export const BUNDLED_DATASET_ELEMENT_ID = 'bundled-dataset';

export function bundledDatasetElement(url: string, languages: Record<string, string> = {}): string {
  // Each page names its own language's copy, and every language's (a change of language in place).
  const map = JSON.stringify(languages).replace(/"/g, '&quot;');
  return `<script type="application/json" id="${BUNDLED_DATASET_ELEMENT_ID}" data-src="${url}" data-languages="${map}"></script>`;
}

/** The address of each language's copy of the bundled dataset, as the page names them. */
export function readBundledLanguageUrls(doc: Document = document): Record<string, string> {
  const map = doc.getElementById(BUNDLED_DATASET_ELEMENT_ID)?.getAttribute('data-languages');
  try {
    const parsed: unknown = JSON.parse(map ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
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
