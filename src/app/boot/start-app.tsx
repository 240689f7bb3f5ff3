import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { fetchBundledDataset, readBundledDatasetUrl } from '../../data/bundled-dataset';
import { datasetQueryOptions } from '../../data/dataset-query';
import { isCatalogLoaded, loadCatalog } from '../../i18n/use-i18n';
import { parseUrlState } from '../../url-state/url-state';
import { createAppElement } from './app-root';
import { deferLaterSections, loadLaterSections } from './deferred-sections';
import { CLIENT_RENDER_MARK } from './boot-marks';
import { takeEarlyClicks } from './early-clicks';
import { createQueryClient } from '../query-client';
import { reportCaughtError } from './report-caught-error';

/**
 * Starts the app in its container. The built page holds the pre-rendered default view and names
 * the copy of the dataset it was rendered from (prerender.config.ts): the app hydrates that
 * markup, unless the boot script marked the page because the address asks for another view, which
 * is then drawn afresh. Without a pre-render (the dev server, tests) the app renders and fetches
 * data/plans.json.
 */
export function startApp(container: HTMLElement): {
  mode: 'hydrated' | 'rendered';
  unmount: () => void;
} {
  const queryClient = createQueryClient();
  const bundledUrl = readBundledDatasetUrl(container.ownerDocument);
  // The dataset the page was pre-rendered from, into the cache where the sections read it.
  const loadBundled = async () => {
    if (!bundledUrl) return;
    const dataset = await fetchBundledDataset(bundledUrl);
    queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
  };
  const view = container.ownerDocument.defaultView ?? window;
  // From here on React answers clicks (it listens from hydrateRoot/createRoot on); the ones
  // before are given again after the first commit.
  const earlyClicks = takeEarlyClicks(view);
  const isPrerenderedView =
    bundledUrl !== null &&
    container.hasChildNodes() &&
    !container.ownerDocument.documentElement.hasAttribute(CLIENT_RENDER_MARK);
  if (isPrerenderedView) {
    // The header hydrates now; the sections once their code and the dataset are there
    // (deferred-sections.tsx), which then gives the early clicks again itself.
    deferLaterSections(view, earlyClicks, loadBundled);
    const element = createAppElement(queryClient);
    // A transition lets React hydrate in slices and answer input in between (no long task).
    let root: ReturnType<typeof hydrateRoot> | null = null;
    const prerenderedView = view.location.search;
    startTransition(() => {
      root = hydrateRoot(container, element, {
        onCaughtError: reportCaughtError,
        // A section that could not load while the reader changed the view (the language, after a
        // failed load) is drawn afresh in that view once it loads: its pre-rendered markup no longer
        // matches, as expected. Any other mismatch is reported, as React does by default.
        onRecoverableError: (error) => {
          if (view.location.search !== prerenderedView) return;
          if (typeof view.reportError === 'function') view.reportError(error);
          else console.error(error);
        },
      });
    });
    return { mode: 'hydrated', unmount: () => root?.unmount() };
  }
  const element = createAppElement(queryClient, earlyClicks);
  const root = createRoot(container, { onCaughtError: reportCaughtError });
  let isUnmounted = false;
  const render = () => {
    if (isUnmounted) return;
    container.replaceChildren();
    root.render(element);
  };
  // A view in another language waits for its messages, and any view for the sections' code and
  // the dataset (small requests, precached), so that its first frame is whole and in its
  // language. A failed load draws the view anyway: in French; a section that cannot load offers
  // Retry; without the build's copy of the dataset, the app loads data/plans.json itself.
  const { lang } = parseUrlState(container.ownerDocument.location.search);
  Promise.all([
    isCatalogLoaded(lang) || loadCatalog(lang),
    loadLaterSections(),
    loadBundled().catch(() => {}),
  ]).then(render, render);
  return {
    mode: 'rendered',
    unmount: () => {
      isUnmounted = true;
      root.unmount();
    },
  };
}
