import { lazy, Suspense, useState } from 'react';
import { buttonClass } from '../../components/ui/button-styles';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import type { AreasChartProps } from './areas-chart';

const importChart = () => import('./areas-chart');

export interface LazyAreasChartProps extends AreasChartProps {
  loadingLabel: string;
  errorLabel: string;
  retryLabel: string;
}

/**
 * recharts is the heaviest dependency: it loads after the text, and a failed chunk load leaves the
 * rest of the page working with a way to try again (React.lazy caches a rejected import, so a retry
 * needs a fresh lazy component).
 */
export function LazyAreasChart({
  loadingLabel,
  errorLabel,
  retryLabel,
  ...chartProps
}: LazyAreasChartProps) {
  const [Chart, setChart] = useState(() => lazy(importChart));
  return (
    <ErrorBoundary
      onReset={() => setChart(() => lazy(importChart))}
      fallback={({ reset }) => (
        <div
          role="alert"
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
      <div aria-hidden="true" className={chartProps.size === 'projector' ? 'h-full' : undefined}>
        <Suspense
          fallback={
            <p
              className="p-4 text-slate-700"
              style={{ minHeight: 80 + chartProps.data.length * 44 }}
            >
              {loadingLabel}
            </p>
          }
        >
          <Chart {...chartProps} />
        </Suspense>
      </div>
    </ErrorBoundary>
  );
}
