import { useI18n } from '../../i18n/use-i18n';

export interface PrintButtonProps {
  className: string;
}

/** Opens the browser's print dialog; the print styles (src/index.css) make the page a handout. */
export function PrintButton({ className }: PrintButtonProps) {
  const { t } = useI18n();
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      {t('printHandout')}
    </button>
  );
}
