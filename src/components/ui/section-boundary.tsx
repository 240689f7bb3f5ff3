import type { ReactNode } from 'react';
import { buttonClass } from './button-styles';
import { ErrorBoundary } from './error-boundary';
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
      fallback={({ reset }) => (
        <div
          role="alert"
          className="my-6 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950"
        >
          <p>{t('errorSectionTitle')}</p>
          <button type="button" className={`${buttonClass} mt-2`} onClick={reset}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
