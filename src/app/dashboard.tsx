import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { memo, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { useDataset } from '../data/dataset-query';
import { PrintHeader } from '../features/briefing/print-header';
import { KeyFiguresSection } from '../features/overview/key-figures-section';
import { useI18n } from '../i18n/use-i18n';
import { DeferredSection } from './deferred-sections';
import { LazyDatasetErrorMessage } from './lazy-dataset-error-message';
import { SectionBoundary } from './section-boundary';

function Summary() {
  const dataset = useDataset();
  const { pick } = useI18n();
  return (
    <p className="max-w-prose text-lg text-slate-800 print:max-w-none print:text-base">
      {pick(dataset.summary)}
    </p>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="py-8 text-lg text-slate-700">
      {t('loading')}
    </p>
  );
}

/** Loads the dataset once; a failed load shows one message with Retry instead of every section. */
export function DatasetGate({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ error, reset: retry }) => (
            <LazyDatasetErrorMessage error={error} onRetry={retry} loading={<Loading />} />
          )}
        >
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/**
 * Takes no props: memo keeps a URL change (each keystroke of a search) from redrawing it from the
 * page down; the sections that read the URL subscribe to it themselves.
 */
export const Dashboard = memo(function Dashboard() {
  return (
    <DatasetGate>
      <PrintHeader />
      <Summary />
      <SectionBoundary>
        <KeyFiguresSection />
      </SectionBoundary>
      <DeferredSection name="TimelineSection" />
      <DeferredSection name="AreasSection" />
      <DeferredSection name="QuotesSection" />
      <DeferredSection name="SourcesSection" />
    </DatasetGate>
  );
});

/** The compact view for an iframe: the thematic areas only. */
export function EmbedDashboard() {
  return (
    <DatasetGate>
      <DeferredSection name="AreasSection" />
    </DatasetGate>
  );
}
