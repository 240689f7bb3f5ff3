import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type RefObject,
} from 'react';
import { buttonClass } from '../../components/ui/button-styles';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import type { AreasChartProps } from './areas-chart';

const importChart = () => import('./areas-chart');

// recharts is the heaviest code the page has (about 110 KB gzip). It loads when the chart comes
// near the screen, when the page is about to print, or when asked (the print button waits for it): never
// during the first paint, where parsing it would block the main thread for nothing on screen.
let loadedChart: ComponentType<AreasChartProps> | null = null;
let isRequested = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Starts loading the chart code everywhere it is shown; resolves once it can draw at once. */
export async function requestChart(): Promise<void> {
  if (!isRequested) {
    isRequested = true;
    notify();
  }
  loadedChart ??= (await importChart()).default;
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('beforeprint', startLoadingChart);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('beforeprint', startLoadingChart);
  };
}

/** Starts the chart's load without waiting for it (near the screen, about to print). */
function startLoadingChart() {
  requestChart().catch(() => {}); // the chart's own boundary shows a failed load
}

const getIsRequested = () => isRequested;
// The pre-rendered page and its hydration draw the placeholder; the chart comes after.
const getServerSnapshot = () => false;

/** Whether the chart near the screen (or a print) has asked for the chart code. */
function useIsChartWanted(target: RefObject<HTMLElement | null>): boolean {
  const isWanted = useSyncExternalStore(subscribe, getIsRequested, getServerSnapshot);
  useEffect(() => {
    const element = target.current;
    if (isWanted || !element) return;
    if (typeof IntersectionObserver !== 'function') {
      startLoadingChart();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) startLoadingChart();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isWanted, target]);
  return isWanted;
}

export interface LazyAreasChartProps extends AreasChartProps {
  loadingLabel: string;
  /** Shown instead of loadingLabel where scripts are off (the pre-rendered page read as is). */
  noScriptLabel: string;
  errorLabel: string;
  retryLabel: string;
}

/**
 * A failed chunk load leaves the rest of the page working with a way to try again (React.lazy
 * caches a rejected import, so a retry needs a fresh lazy component).
 */
export function LazyAreasChart({
  loadingLabel,
  noScriptLabel,
  errorLabel,
  retryLabel,
  ...chartProps
}: LazyAreasChartProps) {
  const placeholderRef = useRef<HTMLDivElement>(null);
  const isWanted = useIsChartWanted(placeholderRef);
  const [LazyChart, setLazyChart] = useState(() => lazy(importChart));
  // Once loaded, the chart draws in the same render (no Suspense round): printing needs that.
  const Chart = loadedChart ?? LazyChart;
  // As tall as the chart will be (80 px plus 44 px a theme, see areas-chart.tsx), so nothing
  // below moves when it draws. Classes, not a style attribute: the pre-rendered HTML carries this
  // placeholder, and the CSP refuses style attributes in markup.
  // data-chart-missing: on paper, the chart's table stands in for a chart not drawn (print.css).
  const placeholder = (
    <div className="relative" data-chart-missing="">
      <p className="absolute p-4 text-slate-700 noscript:hidden">{loadingLabel}</p>
      <p className="hidden p-4 text-slate-700 noscript:block">{noScriptLabel}</p>
      <div className="h-20 noscript:hidden" />
      {chartProps.data.map((datum) => (
        <div key={datum.themeId} className="h-11 noscript:hidden" />
      ))}
    </div>
  );
  return (
    <ErrorBoundary
      onReset={() => setLazyChart(() => lazy(importChart))}
      fallback={({ reset }) => (
        <div
          role="alert"
          data-chart-missing=""
          className="flex flex-wrap items-center gap-3 rounded-md border border-red-700 bg-red-50 p-4 text-red-950"
        >
          <p>{errorLabel}</p>
          <button type="button" className={buttonClass} onClick={reset}>
            {retryLabel}
          </button>
        </div>
      )}
    >
      {/* The drawing is hidden from assistive technology (the table below carries the data);
          the error message and its Retry button above must not be. */}
      <div
        ref={placeholderRef}
        aria-hidden="true"
        className={chartProps.size === 'projector' ? 'h-full' : undefined}
      >
        {isWanted ? (
          <Suspense fallback={placeholder}>
            <Chart {...chartProps} />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
    </ErrorBoundary>
  );
}
