import { useI18n } from '../../i18n/use-i18n';

/** "Loading the data…" as a status: the dataset's gate and a section drawn before its code. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="py-8 text-lg text-slate-700">
      {t('loading')}
    </p>
  );
}
