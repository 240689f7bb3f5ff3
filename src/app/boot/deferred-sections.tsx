import {
  createContext,
  Suspense,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { buttonClass } from '../../components/ui/button-styles';
import { afterPageSettles } from '../../components/ui/use-page-settled';
import { useI18n } from '../../i18n/use-i18n';
import { APP_RUNNING_MARK } from './boot-marks';
import { replayEarlyClicks } from './early-clicks';
import { SectionBoundary } from '../../components/ui/section-boundary';

type LaterSections = typeof import('./later-sections');
export type LaterSectionName = Exclude<keyof LaterSections, 'requestChart'>;

// What the dashboard draws from the dataset (the summary, key figures, printed header, timeline,
// areas, quotations and sources) is one chunk (later-sections.tsx) that the first load leaves out:
// - a view drawn in the browser waits for it (startApp) or shows a short status while it loads;
// - the pre-rendered page hydrates without it. React keeps a section's pre-rendered markup, which
//   reads as it will, until its code is there (a Suspense boundary left dehydrated), then hydrates
//   it. The code is asked for once the page has loaded and the browser is idle, or at the reader's
//   first scroll, pointer, key or focus, whichever comes first (deferLaterSections).
type Settled = Promise<LaterSections> & { status?: 'fulfilled'; value?: LaterSections };

/** A promise read at once, without suspending: already settled, and marked so. */
function settled(module: LaterSections): Settled {
  const promise: Settled = Promise.resolve(module);
  promise.status = 'fulfilled';
  promise.value = module;
  return promise;
}

let loading: Settled | null = null;

/** Starts, or joins, the load of the later sections' code; after a failure, a call tries again.
 * Marked as settled once loaded, so that it is read at once from then on. */
export function loadLaterSections(): Settled {
  if (loading) return loading;
  const promise: Settled = import('./later-sections').then(
    (module) => {
      promise.status = 'fulfilled';
      promise.value = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  loading = promise;
  return promise;
}

const ProvidedSections = createContext<Settled | null>(null);

/** For a render in one pass (the build's pre-render, renderToString in tests): the later
 * sections' code, given from the start, for this tree only. */
export function WithLaterSections({
  module,
  children,
}: {
  module: LaterSections;
  children: ReactNode;
}) {
  const [provided] = useState(() => settled(module));
  return <ProvidedSections value={provided}>{children}</ProvidedSections>;
}

interface Deferral {
  view: Window;
  /** The sections' code, once it and the dataset are there (a failed load is tried again). */
  module: LaterSections | null;
  /** The sections rendered and still waiting for their code. */
  asleep: Set<LaterSectionName>;
  /** Whether any section has said it waits (the page around them has hydrated). */
  hasSections: boolean;
  /** Each section's own turn to hydrate, once the code is there: one at a time (see wakeNext). */
  turns: Map<LaterSectionName, Turn>;
  /** The section given its turn and not awake yet. */
  hydrating: LaterSectionName | null;
  /** Buttons clicked while a section was waiting, in order, given again once all are awake. */
  kept: HTMLElement[];
  isKeeping: boolean;
  stopKeeping: () => void;
  stopWaking: () => void;
  /** Lets the first try start, held until the page around the sections has hydrated. */
  start: () => void;
}

interface Turn {
  promise: Settled;
  give: (module: LaterSections) => void;
}

let deferral: Deferral | null = null;

function turnOf(current: Deferral, name: LaterSectionName): Settled {
  let turn = current.turns.get(name);
  if (!turn) {
    let resolve: (module: LaterSections) => void = () => {};
    const promise: Settled = new Promise<LaterSections>((done) => (resolve = done));
    const give = (module: LaterSections) => {
      promise.status = 'fulfilled';
      promise.value = module;
      resolve(module);
    };
    turn = { promise, give };
    current.turns.set(name, turn);
  }
  return turn.promise;
}

/**
 * Gives the next waiting section, in page order, its turn to hydrate, once the code is there and
 * the one before is awake: all at once, their hydration was one task of about 20 ms (80 ms on a
 * phone four times slower, which blocks input); each on its own, no task is long.
 */
function wakeNext(current: Deferral) {
  const { module } = current;
  if (deferral !== current || !module || current.hydrating) return;
  for (const name of current.asleep) {
    if (turnOf(current, name).value) continue;
    current.hydrating = name;
    current.turns.get(name)?.give(module);
    return;
  }
}

// Whether the last try to wake the sections failed, for the status that says so (and Retry).
let hasFailed = false;
let retry = () => {};
const failureListeners = new Set<() => void>();
function setFailed(value: boolean) {
  hasFailed = value;
  failureListeners.forEach((listener) => listener());
}
const subscribeToFailure = (listener: () => void) => {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
};

// Whatever the reader does first wakes the sections up: by then, their code is on its way.
const WAKE_EVENTS = ['pointerdown', 'touchstart', 'wheel', 'scroll', 'keydown', 'focusin'];

/** Calls `wake` once: at the first of the reader's moves or, if `whenIdle`, once the page has
 * loaded and the browser is idle. Returns what stops waiting. */
function onFirstNeed(view: Window, wake: () => void, whenIdle: boolean): () => void {
  let cancelIdle = () => {};
  const fire = () => {
    stop();
    wake();
  };
  const stop = () => {
    for (const type of WAKE_EVENTS) view.removeEventListener(type, fire, true);
    view.removeEventListener('hashchange', fire);
    view.removeEventListener('online', fire);
    cancelIdle();
  };
  for (const type of WAKE_EVENTS) {
    view.addEventListener(type, fire, { capture: true, passive: true });
  }
  view.addEventListener('hashchange', fire);
  view.addEventListener('online', fire);
  if (whenIdle) cancelIdle = afterPageSettles(view, fire);
  return stop;
}

/** Gives the kept clicks again and lets the page answer its own from now on. */
function stopKeeping(current: Deferral) {
  if (!current.isKeeping) return;
  current.isKeeping = false;
  current.stopKeeping();
  current.view.document.documentElement.setAttribute(APP_RUNNING_MARK, '');
  const clicked = current.kept.splice(0);
  if (clicked.length > 0) current.view.setTimeout(() => replayEarlyClicks(clicked), 0);
}

function checkAwake(current: Deferral) {
  // Only this page's deferral, once its sections have said they wait, and when none still does.
  if (deferral !== current || !current.hasSections || current.asleep.size > 0) return;
  deferral = null;
  current.stopWaking();
  stopKeeping(current);
}

/**
 * Called by startApp before it hydrates the pre-rendered page: the later sections wait for their
 * code, which is asked for at the first need (see onFirstNeed), and until every one is awake, a
 * click on a button anywhere is kept and given again, in order, once they are: React would drop
 * one on a section still waiting, and an update from the header (the language, say) reaching a
 * waiting section would replace its markup with a loading status. `earlyClicks`, the clicks the
 * boot script kept before the app ran, are given again the same way; they wake the sections at once.
 * `prepare` is what the sections also need before they can hydrate (the dataset); a failure of
 * either is tried again at the next need.
 */
export function deferLaterSections(
  view: Window,
  earlyClicks: readonly HTMLElement[],
  prepare: () => Promise<unknown>,
): void {
  const doc = view.document;
  const keep = (event: MouseEvent) => {
    const target = event.target as Element | null;
    const button = typeof target?.closest === 'function' ? target.closest('button') : null;
    if (!button || !deferral) return;
    event.stopPropagation();
    event.preventDefault();
    deferral.kept.push(button);
    wakeNow();
  };
  let wakeNow = () => {};
  let stopWaking = () => {};
  let hasStarted = false;
  let isAttemptHeld = false;
  // No try before the page around the sections has hydrated (hasStarted): a status or a click
  // reaching React before then would make it draw the whole page afresh.
  const attempt = () => {
    if (!hasStarted) {
      isAttemptHeld = true;
      return;
    }
    // A try after a failure keeps the clicks again until the sections are awake.
    if (deferral && !deferral.isKeeping) {
      deferral.isKeeping = true;
      doc.addEventListener('click', keep, true);
    }
    Promise.all([loadLaterSections(), prepare()]).then(
      ([module]) => {
        setFailed(false);
        if (!deferral) return;
        deferral.module = module;
        wakeNext(deferral);
      },
      () => {
        setFailed(true);
        // Offline before the service worker had the code, say: the sections stay as pre-rendered,
        // the rest of the page answers, and the next move of the reader (or the network coming
        // back) tries again.
        if (deferral) stopKeeping(deferral);
        arm(false);
      },
    );
  };
  const arm = (whenIdle: boolean) => {
    wakeNow = () => {
      stopWaking();
      wakeNow = () => {};
      attempt();
    };
    stopWaking = onFirstNeed(view, () => wakeNow(), whenIdle);
    retry = () => wakeNow();
  };
  arm(true);
  doc.addEventListener('click', keep, true);
  deferral = {
    view,
    module: null,
    asleep: new Set(),
    hasSections: false,
    turns: new Map(),
    hydrating: null,
    kept: [...earlyClicks],
    isKeeping: true,
    stopKeeping: () => doc.removeEventListener('click', keep, true),
    stopWaking: () => stopWaking(),
    start: () => {
      hasStarted = true;
      if (!isAttemptHeld) return;
      isAttemptHeld = false;
      attempt();
    },
  };
  if (earlyClicks.length > 0) wakeNow();
}

/** Whether the page still waits for the later sections (then they set APP_RUNNING_MARK). */
export function isWaitingForLaterSections(): boolean {
  return deferral?.isKeeping ?? false;
}

/** Whether sections of the pre-rendered page wait for their code and the dataset. */
export function isDeferringLaterSections(): boolean {
  return deferral !== null;
}

/** Called once the page around the sections has hydrated (app-root.tsx): they may wake now. */
export function startWakingLaterSections(): void {
  deferral?.start();
}

function useLaterSections(name: LaterSectionName): LaterSections {
  const pending =
    useContext(ProvidedSections) ?? (deferral ? turnOf(deferral, name) : loadLaterSections());
  if (pending.value) return pending.value;
  // Suspends: the boundary keeps its pre-rendered markup (or shows its status) until the code is
  // there. Thrown rather than given to use(): the read after it is synchronous, without use().
  throw pending;
}

function LaterSection({ name }: { name: LaterSectionName }) {
  const Section = useLaterSections(name)[name];
  return <Section />;
}

/** Outside the section's boundary, hydrated with the page: counts the section as waiting, and as
 * no longer waiting when it leaves the page (for the deck, say) before its code came. */
function Waiting({ name }: { name: LaterSectionName }) {
  // Its effect runs in the commit that hydrates the page, before any section can be awake.
  useEffect(() => {
    const current = deferral;
    if (!current) return;
    current.asleep.add(name);
    current.hasSections = true;
    return () => {
      current.asleep.delete(name);
      if (current.hydrating === name) current.hydrating = null;
      // In a task: React's development checks unmount and mount every effect once in a row.
      setTimeout(() => {
        checkAwake(current);
        wakeNext(current);
      }, 0);
    };
  }, [name]);
  return null;
}

/** Inside the boundary: its effect runs once the section is hydrated (or drawn). */
function Awake({ name }: { name: LaterSectionName }) {
  useEffect(() => {
    const current = deferral;
    if (!current) return;
    current.asleep.delete(name);
    if (current.hydrating === name) current.hydrating = null;
    checkAwake(current);
    // The next section in a task of its own.
    setTimeout(() => wakeNext(current), 0);
  }, [name]);
  return null;
}

/**
 * Says so when the sections' code or the dataset could not be loaded (offline on a first visit,
 * say): the page reads as pre-rendered, but the sections do not answer. The next move of the
 * reader, the network coming back, or Retry tries again.
 */
export function LaterSectionsStatus() {
  const { t } = useI18n();
  const failed = useSyncExternalStore(
    subscribeToFailure,
    () => hasFailed,
    () => false,
  );
  if (!failed) return null;
  return (
    <div role="alert" className="my-4 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950">
      <p>{t('laterSectionsFailed')}</p>
      <button type="button" className={`${buttonClass} mt-2`} onClick={() => retry()}>
        {t('retry')}
      </button>
    </div>
  );
}

/** "Loading the data…" as a status: the dataset's gate and a section drawn before its code. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="py-8 text-lg text-slate-700">
      {t('loading')}
    </p>
  );
}

/** One of the later sections, in its own error boundary (a failed load offers Retry). */
export function DeferredSection({ name }: { name: LaterSectionName }) {
  return (
    <SectionBoundary>
      <Waiting name={name} />
      <Suspense fallback={<Loading />}>
        <LaterSection name={name} />
        <Awake name={name} />
      </Suspense>
    </SectionBoundary>
  );
}
