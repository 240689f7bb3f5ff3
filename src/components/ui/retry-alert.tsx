import { useI18n } from '../../i18n/use-i18n';
import { buttonClass } from './button-styles';

/** Says what could not be done, with a Retry button. */
export function RetryAlert({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="my-4 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950">
      <p>{message}</p>
      <button type="button" className={`${buttonClass} mt-2`} onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
