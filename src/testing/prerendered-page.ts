import { prerenderPage } from '../app/boot/prerender-page';
import { bundledDatasetElement } from '../data/bundled-dataset';
import { bundledDatasetJson } from './dataset-builders';
import { jsonResponse, stubFetch } from './render-app';

export const BUNDLED_URL = '/assets/plans-test.json';

/**
 * Builds the page as the build writes it: the pre-rendered markup, and the name of the copy of the
 * dataset it came from, which the network stub serves (any other request fails the test).
 * `failures`: how many of the first requests for that copy fail as a network error does.
 */
export function loadPrerenderedPage({ failures = 0 } = {}) {
  const page = prerenderPage(bundledDatasetJson(), 'public/data/plans.json');
  const { dataset } = page;
  const html = page.html.fr ?? '';
  document.body.innerHTML = `<div id="root">${html}</div>${bundledDatasetElement(BUNDLED_URL)}`;
  let failed = 0;
  const fetchMock = stubFetch((url) => {
    if (url === BUNDLED_URL && failed++ < failures) throw new TypeError('Failed to fetch');
    if (url === BUNDLED_URL) return jsonResponse(dataset);
    throw new Error(`the pre-rendered page fetched ${url}`);
  });
  return { container: document.getElementById('root')!, fetchMock, html };
}

// The window keeps a script's listeners from one test to the next: each runs once per window.
const ranIn = new WeakSet<Window>();

/** Runs the page's inline scripts, as the browser does while parsing (innerHTML runs none): React's
 * form-replaying script keeps a press made before the app runs. */
export function runInlineScripts(container: HTMLElement) {
  if (ranIn.has(window)) return;
  ranIn.add(window);
  for (const script of container.querySelectorAll('script:not([type])')) {
    window.eval(script.textContent ?? '');
  }
}
