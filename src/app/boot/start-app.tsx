import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import {
  fetchBundledDataset,
  readBundledDatasetUrl,
  readBundledLanguageUrls,
} from '../../data/bundled-dataset';
import { datasetQueryOptions } from '../../data/dataset-query';
import { DEFAULT_LOCALE } from '../../i18n/locale';
import { isCatalogLoaded, loadCatalog } from '../../i18n/use-i18n';
import { pathLocale } from '../../url-state/page-path';
import { parseUrlState } from '../../url-state/url-state';
import { createAppElement } from './app-root';
import { deferLaterSections, sectionsFrom, type LaterSectionsSource } from './deferred-sections';
import { APP_RUNNING_MARK, CLIENT_RENDER_MARK } from './boot-marks';
import { createQueryClient } from '../query-client';
import { reportCaughtError } from './report-caught-error';

/*
 * From HTML to a hydrated page:
 * 1. index.html holds the default view, pre-rendered (prerender.config.ts), and React's
 *    form-replaying script, which keeps each press of a form's button until its form hydrates.
 * 2. Before the first paint, the boot script applies the colour scheme and, when the address asks
 *    for another view (English, a filter…), marks <html> so the stylesheet hides the French one.
 * 3. After the first paint it adds the app's modules; main.tsx calls startApp.
 * 4. The default view is hydrated in a transition (in slices), after its messages (a chunk of
 *    their own, which the page asks for beside the app's module); the header answers at once.
 *    The later sections are one `lazy` component in one <Suspense> (deferred-sections.tsx): their
 *    code and the dataset come when the page is idle or at the reader's first move, React keeping
 *    their markup meanwhile. A kept press is given once its form has hydrated; its update, a
 *    transition, keeps waiting sections.
 * 5. Another view is drawn afresh (createRoot) once its messages, the code and the dataset are
 *    there, so its first frame is whole; that commit, made at once, lifts the mark of step 2.
 * Without a pre-render (the dev server, tests) the app renders and fetches data/plans.json.
 */
export function startApp(container: HTMLElement) {
  const queryClient = createQueryClient();
  const doc = container.ownerDocument;
  const pageLocale = pathLocale(doc.location.pathname);
  const language = () => parseUrlState(doc.location.search, pageLocale).lang;
  const bundledUrl = readBundledDatasetUrl(doc);
  // The dataset the page was pre-rendered from, into the cache where the sections read it: the copy
  // of the language shown by then (the page's own, unless the reader has changed it).
  const loadBundled = async () => {
    if (!bundledUrl) return;
    const url = readBundledLanguageUrls(doc)[language()] ?? bundledUrl;
    queryClient.setQueryData(datasetQueryOptions().queryKey, await fetchBundledDataset(url));
  };
  let deferral: LaterSectionsSource | undefined;
  const deferred = () => (deferral = deferLaterSections(doc.defaultView ?? window, loadBundled));
  const options = { onCaughtError: reportCaughtError };
  let root: Root | undefined;
  let isUnmounted = false;
  const unmount = () => {
    isUnmounted = true;
    deferral?.cancel();
    root?.unmount();
  };
  if (
    bundledUrl &&
    container.hasChildNodes() &&
    !doc.documentElement.hasAttribute(CLIENT_RENDER_MARK)
  ) {
    const element = createAppElement(queryClient, deferred(), '');
    const hydrate = () => {
      if (isUnmounted) return;
      startTransition(() => void (root = hydrateRoot(container, element, options)));
    };
    // The page hydrates once its messages are there (preloaded with the app's module), as its
    // markup was written with them; if they cannot be fetched, it stays as it reads without script.
    if (isCatalogLoaded(pageLocale)) hydrate();
    else loadCatalog(pageLocale).then(hydrate, () => {});
    return { mode: 'hydrated' as const, unmount };
  }
  // The first commit is made at once (flushSync), so the view it lifts the mark from is whole.
  const render = (sections: LaterSectionsSource) => {
    if (isUnmounted) return;
    container.replaceChildren();
    root ??= createRoot(container, options);
    flushSync(() => root!.render(createAppElement(queryClient, sections)));
    doc.documentElement.removeAttribute(CLIENT_RENDER_MARK);
    // The later sections mark the page running themselves once drawn, if they are waiting.
    if (!sections.isDeferred()) doc.documentElement.setAttribute(APP_RUNNING_MARK, '');
  };
  // A failed load draws the view anyway, in its language or else in French; its sections then
  // wait for their code (Retry). Without any messages, the page stays as it reads without script.
  const lang = language();
  Promise.all([
    import('./later-sections'),
    isCatalogLoaded(lang) || loadCatalog(lang),
    loadBundled().catch(() => {}),
  ]).then(
    ([module]) => render(sectionsFrom(module)),
    () =>
      (isCatalogLoaded(lang) ? Promise.resolve() : loadCatalog(DEFAULT_LOCALE)).then(
        () => render(deferred()),
        () => doc.documentElement.removeAttribute(CLIENT_RENDER_MARK),
      ),
  );
  return { mode: 'rendered' as const, unmount };
}
