import { useI18n } from '../../i18n/use-i18n';

export interface PrintButtonProps {
  className: string;
  /** What must be on the page before it prints (the chart's code): waited for, failures ignored. */
  prepare?: () => Promise<void>;
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Opens the browser's print dialog; the print styles (src/index.css) make the page a handout.
 * Not a form action, unlike the header's other buttons: a press made before the app runs is not
 * replayed, because a modal dialog opening seconds later would seize a page the reader may by then
 * be reading or scrolling; the browser's own Print (Ctrl+P) works before the app runs anyway.
 */
export function PrintButton({ className, prepare }: PrintButtonProps) {
  const { t } = useI18n();
  const handlePrint = async () => {
    if (prepare) {
      await prepare().catch(() => {});
      await nextFrame();
    }
    window.print();
  };
  return (
    <button type="button" className={className} onClick={() => void handlePrint()}>
      {t('printHandout')}
    </button>
  );
}
