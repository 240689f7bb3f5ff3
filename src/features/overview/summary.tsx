import { useDataset } from '../../data/dataset-query';
import { fallbackLang } from '../../data/localize';
import { useI18n } from '../../i18n/use-i18n';

/** The dataset's summary of the plans, under the page's title. */
export function Summary() {
  const dataset = useDataset();
  const { pick, locale } = useI18n();
  return (
    <p
      lang={fallbackLang(dataset.summary, locale)}
      className="max-w-prose text-lg text-slate-800 print:max-w-none print:text-base"
    >
      {pick(dataset.summary)}
    </p>
  );
}
