import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { Loading } from '../../components/ui/loading';
import { RetryAlert } from '../../components/ui/retry-alert';
import { SectionBoundary } from '../../components/ui/section-boundary';
import { afterPageSettles } from '../../components/ui/use-page-settled';
import { useI18n } from '../../i18n/use-i18n';
import { APP_RUNNING_MARK } from './boot-marks';

// What the dashboard draws from the dataset is one chunk (later-sections.tsx) that the first load
// leaves out. The sections are one `lazy` component in <Suspense>: on the pre-rendered page React
// keeps their markup (the boundary stays dehydrated) until the code is there, then hydrates them.

type LaterSections = typeof import('./later-sections');
export type LaterSectionName = Exclude<keyof LaterSections, 'requestChart'>;
type SectionsComponent = ComponentType<{ names: readonly LaterSectionName[] }>;

/** Where a tree's later sections come from; one per app (start-app.tsx), none shared. */
export interface LaterSectionsSource {
  Sections: SectionsComponent;
  /** Whether the code and the dataset are still to come (the dataset gate leaves both to them). */
  isDeferred: () => boolean;
  subscribeToFailure: (listener: () => void) => () => void;
  /** Whether the last try to load the code or the dataset failed (offline on a first visit). */
  hasFailed: () => boolean;
  retry: () => void;
  /** Stops waiting for the first need (its listeners on the window): the app is unmounted. */
  cancel: () => void;
}

/** The sections drawn from their code, each in an error boundary of its own (with Retry). */
function sectionsOf(module: LaterSections): SectionsComponent {
  return function Sections({ names }) {
    return names.map((name) => {
      const Section = module[name];
      return (
        <SectionBoundary key={name}>
          <Section />
        </SectionBoundary>
      );
    });
  };
}

const lazySections = (load: () => Promise<LaterSections>) =>
  lazy(() => load().then((module) => ({ default: sectionsOf(module) })));

const given = {
  isDeferred: () => false,
  subscribeToFailure: () => () => {},
  hasFailed: () => false,
  retry: () => {},
  cancel: () => {},
};

/** The code given from the start: the build's pre-render, a view drawn once it has loaded. */
export function sectionsFrom(module: LaterSections): LaterSectionsSource {
  return { Sections: sectionsOf(module), ...given };
}

/** The sections' source of a tree; without one (tests, the dev server) the code comes at once. */
export const LaterSectionsContext = createContext<LaterSectionsSource>({
  Sections: lazySections(() => import('./later-sections')),
  ...given,
});

export const useLaterSections = () => useContext(LaterSectionsContext);

// Whatever the reader does first asks for the code: by the time it is needed, it is on its way.
const NEED_EVENTS = ['pointerdown', 'touchstart', 'wheel', 'scroll', 'keydown', 'focusin'];
const EVENTS = [...NEED_EVENTS, 'hashchange', 'online'];

/** Calls `need` once: at the reader's first move or, if `whenIdle`, once the page has loaded and
 * the browser is idle. Returns what calls it at once, and what stops the waiting. */
function onFirstNeed(view: Window, need: () => void, whenIdle: boolean) {
  let cancelIdle = () => {};
  const cancel = () => {
    for (const type of EVENTS) view.removeEventListener(type, fire, true);
    cancelIdle();
  };
  const fire = () => {
    cancel();
    need();
  };
  for (const type of EVENTS) view.addEventListener(type, fire, { capture: true, passive: true });
  if (whenIdle) cancelIdle = afterPageSettles(view, fire);
  return { fire, cancel };
}

/**
 * For the pre-rendered page (startApp): the sections' code and `prepare` (the dataset) are asked for
 * at the first need; a failure says so (LaterSectionsStatus) and tries again at the reader's next
 * move, the network coming back, or Retry.
 */
export function deferLaterSections(
  view: Window,
  prepare: () => Promise<unknown>,
): LaterSectionsSource {
  const listeners = new Set<() => void>();
  let hasFailed = false;
  let isLoaded = false;
  let waiting = { fire: () => {}, cancel: () => {} };
  const setFailed = (value: boolean) => {
    hasFailed = value;
    listeners.forEach((listener) => listener());
  };
  const module = (async () => {
    for (let whenIdle = true; ; whenIdle = false) {
      await new Promise<void>((resolve) => (waiting = onFirstNeed(view, resolve, whenIdle)));
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
  if (kept && kept.length > 0) waiting.fire();
  return {
    Sections: lazySections(() => module),
    isDeferred: () => !isLoaded,
    subscribeToFailure: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    hasFailed: () => hasFailed,
    retry: () => waiting.fire(),
    cancel: () => waiting.cancel(),
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
  return hasFailed ? (
    <RetryAlert message={t('laterSectionsFailed')} onRetry={source.retry} />
  ) : null;
}

/** Its effect runs once the sections have hydrated (or been drawn): each control then answers. */
function MarkRunning() {
  useEffect(() => document.documentElement.setAttribute(APP_RUNNING_MARK, ''), []);
  return null;
}

/** The later sections, in one boundary: they hydrate together once their code is there. */
export function LaterSections({ names }: { names: readonly LaterSectionName[] }) {
  const { Sections } = useLaterSections();
  return (
    <SectionBoundary>
      <Suspense fallback={<Loading />}>
        <Sections names={names} />
        <MarkRunning />
      </Suspense>
    </SectionBoundary>
  );
}
