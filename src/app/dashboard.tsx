import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { memo, Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { useDataset } from '../data/dataset-query';
import { Loading } from '../components/ui/loading';
import {
  LaterSections,
  LaterSectionsStatus,
  useLaterSections,
  type LaterSectionName,
} from './boot/deferred-sections';
import { LazyDatasetErrorMessage } from '../features/dataset/lazy-dataset-error-message';

function ReadDataset() {
  useDataset();
  return null;
}

/**
 * Suspends the gate until the dataset is there, or throws its failure to the gate, before any
 * section reads it (each section has a boundary of its own, which would otherwise catch it). Not
 * on the pre-rendered page while its sections wait: the markup shows the dataset there, and the
 * sections get it with their code (deferred-sections.tsx). Decided once, when the gate mounts.
 */
function DatasetRequired() {
  const { isDeferred } = useLaterSections();
  const [isRead] = useState(() => !isDeferred());
  return isRead ? <ReadDataset /> : null;
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
          <Suspense fallback={<Loading />}>
            <DatasetRequired />
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

const DASHBOARD_SECTIONS: readonly LaterSectionName[] = [
  'PrintHeader',
  'Summary',
  'KeyFiguresSection',
  'TimelineSection',
  'AreasSection',
  'QuotesSection',
  'SourcesSection',
];
const EMBED_SECTIONS: readonly LaterSectionName[] = ['AreasSection', 'SourcesSection'];

/**
 * The sections read the dataset; on the pre-rendered page, they wait for their code and the dataset
 * (deferred-sections.tsx), and the page's own code reads neither. Takes no props: memo keeps a URL
 * change (each keystroke of a search) from redrawing it from the page down; the sections that read
 * the URL subscribe to it themselves.
 */
export const Dashboard = memo(function Dashboard() {
  return (
    <DatasetGate>
      <LaterSectionsStatus />
      <LaterSections names={DASHBOARD_SECTIONS} />
    </DatasetGate>
  );
});

/** The compact view for an iframe: the thematic areas only. */
export function EmbedDashboard() {
  return (
    <DatasetGate>
      {/* The areas cite their sources by number: the embed lists them too, so that each
          reference leads somewhere. */}
      <LaterSections names={EMBED_SECTIONS} />
    </DatasetGate>
  );
}
