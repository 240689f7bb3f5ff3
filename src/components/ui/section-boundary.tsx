import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { RetryAlert } from './retry-alert';
import { useI18n } from '../../i18n/use-i18n';

export interface SectionBoundaryProps {
  children: ReactNode;
  /** Called by Retry before the section renders again (e.g. to load its code afresh). */
  onReset?: () => void;
}

/** A broken section shows its own message; the other sections stay. */
export function SectionBoundary({ children, onReset }: SectionBoundaryProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      onReset={onReset}
      fallback={({ reset }) => <RetryAlert message={t('errorSectionTitle')} onRetry={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}
