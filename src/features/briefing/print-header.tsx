import { useDataset } from '../../data/dataset-query';
import { formatList } from '../../i18n/formatters';
import { OWN_NAMES } from '../../i18n/locale';
import { useI18n } from '../../i18n/use-i18n';
import { usePageAddress, useUrlState } from '../../url-state/use-url-state';
import { selectPrintSummary } from './print-selectors';

/**
 * Printed only: the language, the filters and the plan the handout shows, and the address that
 * brings a reader back to the same view.
 */
export function PrintHeader() {
  const dataset = useDataset();
  const { t, locale } = useI18n();
  const [url] = useUrlState();
  const summary = selectPrintSummary(dataset, url, locale);
  const address = usePageAddress();
  const filters = [
    summary.themeLabels.length > 0
      ? t('printThemes', { themes: formatList(summary.themeLabels, locale) })
      : null,
    summary.query !== '' ? t('printSearch', { query: summary.query }) : null,
    summary.isNewOnly ? t('newOnly', { plan: summary.featuredPlanLabel }) : null,
  ].filter((filter) => filter !== null);

  return (
    <aside
      aria-label={t('printHeaderTitle')}
      className="hidden border-y-2 border-slate-900 py-2 print:block"
    >
      <p className="font-bold">{t('printHeaderTitle')}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
        <dt className="font-semibold">{t('printLanguage')}</dt>
        <dd lang={locale}>{OWN_NAMES[locale]}</dd>
        <dt className="font-semibold">{t('printFilters')}</dt>
        <dd>
          {filters.length > 0 ? (
            <ul>
              {filters.map((filter) => (
                <li key={filter}>{filter}</li>
              ))}
            </ul>
          ) : (
            t('printNoFilter', { count: summary.areaCount })
          )}
        </dd>
        <dt className="font-semibold">{t('printPlan')}</dt>
        <dd>
          {t('printPlanName', {
            number: summary.plan.number,
            period: summary.plan.period ?? t('periodUndocumented'),
            title: summary.plan.title,
          })}
        </dd>
        <dt className="font-semibold">{t('printAddress')}</dt>
        <dd className="break-all">{address}</dd>
      </dl>
    </aside>
  );
}
