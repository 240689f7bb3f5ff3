import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readBundledDataset } from '../data/bundled-dataset';
import { datasetQueryOptions } from '../data/dataset-query';
import { isCatalogLoaded, loadCatalog } from '../i18n/use-i18n';
import { parseUrlState } from '../url-state/url-state';
import { createAppElement } from './app-root';
import { deferLaterSections, loadLaterSections } from './deferred-sections';
import { CLIENT_RENDER_MARK } from './boot-marks';
import { takeEarlyClicks } from './early-clicks';
import { createQueryClient } from './query-client';
import { reportCaughtError } from './report-caught-error';

/**
 * Starts the app in its container. The built page holds the pre-rendered default view and the
 * dataset it was rendered from (prerender.config.ts): the app hydrates that markup, unless the
 * boot script marked the page because the address asks for another view, which is then drawn
 * afresh. Without a pre-render (the dev server, tests) the app renders and fetches the dataset.
 */
export function startApp(container: HTMLElement): {
  mode: 'hydrated' | 'rendered';
  unmount: () => void;
} {
  const queryClient = createQueryClient();
  const bundled = readBundledDataset(container.ownerDocument);
  if (bundled) queryClient.setQueryData(datasetQueryOptions().queryKey, bundled);
  const view = container.ownerDocument.defaultView ?? window;
  // From here on React answers clicks (it listens from hydrateRoot/createRoot on); the ones
  // before are given again after the first commit.
  const earlyClicks = takeEarlyClicks(view);
  const isPrerenderedView =
    bundled !== null &&
    container.hasChildNodes() &&
    !container.ownerDocument.documentElement.hasAttribute(CLIENT_RENDER_MARK);
  if (isPrerenderedView) {
    // The sections below the first screen hydrate once their code is there (deferred-sections.tsx),
    // which then gives the early clicks again itself.
    const element = createAppElement(
      queryClient,
      deferLaterSections(view, earlyClicks) ? [] : earlyClicks,
    );
    // A transition lets React hydrate in slices and answer input in between (no long task).
    let root: ReturnType<typeof hydrateRoot> | null = null;
    startTransition(() => {
      root = hydrateRoot(container, element, { onCaughtError: reportCaughtError });
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
  // A view in another language waits for its messages, and any view for the later sections'
  // code (small requests, precached), so that its first frame is whole and in its language; a
  // failed load draws the view anyway (in French; a section that cannot load offers Retry).
  const { lang } = parseUrlState(container.ownerDocument.location.search);
  Promise.all([isCatalogLoaded(lang) || loadCatalog(lang), loadLaterSections()]).then(
    render,
    render,
  );
  return {
    mode: 'rendered',
    unmount: () => {
      isUnmounted = true;
      root.unmount();
    },
  };
}
