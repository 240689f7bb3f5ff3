import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { buttonClass } from '../../components/ui/button-styles';
import { Loading } from '../../components/ui/loading';
import { SectionBoundary } from '../../components/ui/section-boundary';
import { afterPageSettles } from '../../components/ui/use-page-settled';
import { useI18n } from '../../i18n/use-i18n';
import { APP_RUNNING_MARK } from './boot-marks';

// What the dashboard draws from the dataset is one chunk (later-sections.tsx) that the first load
// leaves out. Each section is a `lazy` component in <Suspense>: on the pre-rendered page React keeps
// its markup (the boundary stays dehydrated) until the code is there, then hydrates it.

type LaterSections = typeof import('./later-sections');
export type LaterSectionName = Exclude<keyof LaterSections, 'requestChart'>;

/** Where the sections' components come from; one per app (start-app.tsx), none shared. */
export interface LaterSectionsSource {
  sections: Sections;
  /** Whether the code and the dataset are still to come (the dataset gate leaves both to them). */
  isDeferred: () => boolean;
  /** A section is on the page and not hydrated yet (true), or hydrated or gone (false). */
  setWaiting: (name: LaterSectionName, isWaiting: boolean) => void;
  subscribeToFailure: (listener: () => void) => () => void;
  /** Whether the last try to load the code or the dataset failed (offline on a first visit). */
  hasFailed: () => boolean;
  retry: () => void;
}

type Sections = Record<LaterSectionName, ComponentType>;

function lazySections(load: () => Promise<LaterSections>): Sections {
  const lazyOne = (name: LaterSectionName): ComponentType =>
    lazy(() => load().then((module) => ({ default: module[name] })));
  return {
    PrintHeader: lazyOne('PrintHeader'),
    Summary: lazyOne('Summary'),
    KeyFiguresSection: lazyOne('KeyFiguresSection'),
    TimelineSection: lazyOne('TimelineSection'),
    AreasSection: lazyOne('AreasSection'),
    QuotesSection: lazyOne('QuotesSection'),
    SourcesSection: lazyOne('SourcesSection'),
  };
}

const noFailure = {
  setWaiting: () => {},
  subscribeToFailure: () => () => {},
  hasFailed: () => false,
  retry: () => {},
};

/** The code given from the start: the build's pre-render, a view drawn once it has loaded. */
export function sectionsFrom(module: LaterSections): LaterSectionsSource {
  return { sections: module, isDeferred: () => false, ...noFailure };
}

/** The sections' source of a tree; without one (tests, the dev server) the code comes at once. */
export const LaterSectionsContext = createContext<LaterSectionsSource>({
  sections: lazySections(() => import('./later-sections')),
  isDeferred: () => false,
  ...noFailure,
});

export const useLaterSections = () => useContext(LaterSectionsContext);

// Whatever the reader does first asks for the code: by the time it is needed, it is on its way.
const NEED_EVENTS = ['pointerdown', 'touchstart', 'wheel', 'scroll', 'keydown', 'focusin'];
const EVENTS = [...NEED_EVENTS, 'hashchange', 'online'];

/** Calls `need` once: at the reader's first move or, if `whenIdle`, once the page has loaded and
 * the browser is idle. Returns what calls it at once. */
function onFirstNeed(view: Window, need: () => void, whenIdle: boolean): () => void {
  let cancelIdle = () => {};
  const fire = () => {
    for (const type of EVENTS) view.removeEventListener(type, fire, true);
    cancelIdle();
    need();
  };
  for (const type of EVENTS) view.addEventListener(type, fire, { capture: true, passive: true });
  if (whenIdle) cancelIdle = afterPageSettles(view, fire);
  return fire;
}

/**
 * For the pre-rendered page (startApp): the sections' code and `prepare` (the dataset) are asked for
 * at the first need; a failure says so (LaterSectionsStatus) and tries again at the reader's next
 * move, the network coming back, or Retry. The page is marked running once every section has
 * hydrated: from then on each of its controls answers.
 */
export function deferLaterSections(
  view: Window,
  prepare: () => Promise<unknown>,
): LaterSectionsSource {
  const listeners = new Set<() => void>();
  const waiting = new Set<LaterSectionName>();
  let hasFailed = false;
  let isLoaded = false;
  let needNow = () => {};
  const setFailed = (value: boolean) => {
    hasFailed = value;
    listeners.forEach((listener) => listener());
  };
  const module = (async () => {
    for (let whenIdle = true; ; whenIdle = false) {
      await new Promise<void>((resolve) => (needNow = onFirstNeed(view, resolve, whenIdle)));
      try {
        const [loaded] = await Promise.all([import('./later-sections'), prepare()]);
        isLoaded = true;
        setFailed(false);
        return loaded;
      } catch {
        setFailed(true);
      }
    }
  })();
  // A press kept by React's form-replaying script (emitted by the pre-render) before the app ran.
  const kept = (view.document as Document & { $$reactFormReplay?: unknown[] }).$$reactFormReplay;
  if (kept && kept.length > 0) needNow();
  return {
    sections: lazySections(() => module),
    isDeferred: () => !isLoaded,
    setWaiting: (name, isWaiting) => {
      if (isWaiting) waiting.add(name);
      else waiting.delete(name);
      if (isLoaded && waiting.size === 0) {
        view.document.documentElement.setAttribute(APP_RUNNING_MARK, '');
      }
    },
    subscribeToFailure: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    hasFailed: () => hasFailed,
    retry: () => needNow(),
  };
}

/**
 * Says so when the sections' code or the dataset could not be loaded (offline on a first visit,
 * say): the page reads as pre-rendered, but the sections do not answer.
 */
export function LaterSectionsStatus() {
  const { t } = useI18n();
  const source = useLaterSections();
  const hasFailed = useSyncExternalStore(source.subscribeToFailure, source.hasFailed, () => false);
  if (!hasFailed) return null;
  return (
    <div role="alert" className="my-4 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950">
      <p>{t('laterSectionsFailed')}</p>
      <button type="button" className={`${buttonClass} mt-2`} onClick={source.retry}>
        {t('retry')}
      </button>
    </div>
  );
}

/** Inside the boundary: its effect runs once the section has hydrated (or been drawn). */
function Hydrated({ name }: { name: LaterSectionName }) {
  const { setWaiting } = useLaterSections();
  useEffect(() => setWaiting(name, false), [setWaiting, name]);
  return null;
}

/** One of the later sections, in its own error boundary (a failed load offers Retry). */
export function DeferredSection({ name }: { name: LaterSectionName }) {
  const { sections, setWaiting } = useLaterSections();
  const Section = sections[name];
  // Runs in the commit that hydrates the page, before any section can have hydrated.
  useEffect(() => {
    setWaiting(name, true);
    return () => setWaiting(name, false);
  }, [setWaiting, name]);
  return (
    <SectionBoundary>
      <Suspense fallback={<Loading />}>
        <Section />
        <Hydrated name={name} />
      </Suspense>
    </SectionBoundary>
  );
}
