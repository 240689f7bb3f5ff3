import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { currentPageLocale } from './page-path';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

/**
 * A patch, or a function from the current state to a patch: a callback that reads the state at
 * call time (toggle a theme) needs no new identity each time the URL changes.
 */
export type UrlStatePatch = Partial<UrlState> | ((current: UrlState) => Partial<UrlState>);

export type UpdateUrlState = (patch: UrlStatePatch, options?: { replace?: boolean }) => void;

interface UrlStateValue {
  search: string;
  update: UpdateUrlState;
}

const UrlStateContext = createContext<UrlStateValue | null>(null);

/**
 * Holds the query string in React state, mirrored to the address bar. React state rather than an
 * external store: an update made in a transition (a form action, the back button) then keeps the
 * pre-rendered sections that wait for their code as they are, where an external store's update,
 * never a transition, would replace them with their loading status.
 *
 * `initialSearch`: the view of the first render; the pre-render's ('') while the page hydrates,
 * after which the address is read, in a transition. Without it, the address is read at once.
 */
export function UrlStateProvider({
  initialSearch,
  children,
}: {
  initialSearch?: string;
  children: ReactNode;
}) {
  const [search, setSearch] = useState(() => initialSearch ?? window.location.search);
  useEffect(() => {
    const read = () => startTransition(() => setSearch(window.location.search));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);
  const update = useCallback<UpdateUrlState>((patch, options = {}) => {
    const pageLocale = currentPageLocale();
    const current = parseUrlState(window.location.search, pageLocale);
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const query = serializeUrlState(next, pageLocale);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    // Urgent or a transition as the caller's own update is: a keystroke in the search box is
    // urgent, a form action (a theme, the language) a transition.
    setSearch(window.location.search);
  }, []);
  const value = useMemo(() => ({ search, update }), [search, update]);
  return <UrlStateContext value={value}>{children}</UrlStateContext>;
}

function useUrlStateValue(): UrlStateValue {
  const value = useContext(UrlStateContext);
  if (!value) throw new Error('useUrlState: no UrlStateProvider above (src/app/app.tsx has one)');
  return value;
}

/** The URL is the only store of shareable state; this hook reads and writes it. */
export function useUrlState(): [UrlState, UpdateUrlState] {
  const { search, update } = useUrlStateValue();
  const state = useMemo(() => parseUrlState(search, currentPageLocale()), [search]);
  return [state, update];
}

const subscribeToNothing = () => () => {};
const getPathname = () => window.location.pathname;

/**
 * The page's path. It never changes while the app runs (a language chosen in place goes to the
 * address's `lang`, not to another page), so nothing to subscribe to; `atBuild` stands for it in
 * the build's pre-render, which has no address.
 */
export function usePagePath(atBuild: string): string {
  return useSyncExternalStore(subscribeToNothing, getPathname, () => atBuild);
}

/**
 * The address of the current view without its hash (at most the skip link's #main, no part of the
 * view). Empty in the build-time pre-render, which has no address; filled in once in the browser.
 */
export function usePageAddress(): string {
  const { search } = useUrlStateValue();
  const path = usePagePath('');
  return path === '' ? '' : `${window.location.origin}${path}${search}`;
}
