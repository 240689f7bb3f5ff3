import type { Dataset } from './dataset-schema';

/** The <script type="application/json"> the build writes the bundled dataset into. */
export const BUNDLED_DATASET_ELEMENT_ID = 'bundled-dataset';

/** JSON that can sit inside a <script> element: no "</script>" and no "<!--" can appear in it. */
export function serializeForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** The element the build writes into index.html beside the pre-rendered markup. */
export function bundledDatasetElement(dataset: unknown): string {
  return `<script type="application/json" id="${BUNDLED_DATASET_ELEMENT_ID}">${serializeForScriptElement(dataset)}</script>`;
}

/**
 * The dataset the build validated against the schema and wrote into the page
 * (prerender.config.ts), so the first view needs neither a request nor the schema code.
 * Null when the page has none (the dev server) or it does not parse: the app then fetches
 * data/plans.json and validates it as usual.
 */
export function readBundledDataset(doc: Document = document): Dataset | null {
  const text = doc.getElementById(BUNDLED_DATASET_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    // Validated at build time, and the page and this data are one file: no second check here.
    return JSON.parse(text) as Dataset;
  } catch {
    return null;
  }
}
