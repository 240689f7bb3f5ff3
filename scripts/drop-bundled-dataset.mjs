/* global document, MutationObserver */
/**
 * Runs in the page (Playwright `addInitScript`), before the document is parsed: removes the dataset
 * the build wrote into index.html (prerender.config.ts) as soon as the parser adds it, before the
 * app's module reads it. The app then loads data/plans.json, which the caller routes: the loader's
 * journeys (tests/e2e) and the benchmark's generated 2,000-area dataset go through it.
 */
export function dropBundledDataset() {
  new MutationObserver((_records, observer) => {
    const data = document.getElementById('bundled-dataset');
    if (data) {
      data.remove();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}
