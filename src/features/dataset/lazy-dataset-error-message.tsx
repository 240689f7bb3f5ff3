import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { DatasetErrorMessageProps } from './dataset-error-message';
import { SectionBoundary } from '../../components/ui/section-boundary';

const importDatasetErrorMessage = () => import('./dataset-error-message');

export interface LazyDatasetErrorMessageProps extends DatasetErrorMessageProps {
  /** Shown while the message's code loads (one small request, precached). */
  loading?: ReactNode;
}

/**
 * The dataset's error message, and the descriptions of what can be wrong in a file, load only on
 * a failure (the built page carries its dataset, so its first view never fails). Should that code
 * not load either, the section's own message says so, and its Retry loads it afresh (React.lazy
 * keeps a failed import).
 */
export function LazyDatasetErrorMessage({
  loading = null,
  ...props
}: LazyDatasetErrorMessageProps) {
  const [Message, setMessage] = useState(() => lazy(importDatasetErrorMessage));
  return (
    <SectionBoundary onReset={() => setMessage(() => lazy(importDatasetErrorMessage))}>
      <Suspense fallback={loading}>
        <Message {...props} />
      </Suspense>
    </SectionBoundary>
  );
}
