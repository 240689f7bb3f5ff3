import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

/**
 * A patch, or a function from the current state to a patch: a callback that reads the state at
 * call time (toggle a theme) needs no new identity each time the URL changes.
 */
export type UrlStatePatch = Partial<UrlState> | ((current: UrlState) => Partial<UrlState>);

export type UpdateUrlState = (patch: UrlStatePatch, options?: { replace?: boolean }) => void;

/** The URL is the only store of shareable state; this hook reads and writes it. */
export function useUrlState(): [UrlState, UpdateUrlState] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const state = useMemo(() => parseUrlState(search), [search]);
  const update = useCallback<UpdateUrlState>((patch, options = {}) => {
    const current = parseUrlState(window.location.search);
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const url = `${window.location.pathname}${serializeUrlState(next)}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    // pushState does not fire popstate: tell the subscribers ourselves.
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [state, update];
}

const getAddress = () =>
  `${window.location.origin}${window.location.pathname}${window.location.search}`;

/**
 * The address of the current view without its hash (at most the skip link's #main, no part of the
 * view). Empty in the build-time pre-render, which has no address; filled in once in the browser.
 */
export function usePageAddress(): string {
  return useSyncExternalStore(subscribe, getAddress, () => '');
}
