import type { I18n } from '../../i18n/use-i18n';
import type { PlanSummary } from './plan-selectors';

/** A plan's period as known: years, or what no source documents. */
export function formatPeriod(
  plan: Pick<PlanSummary, 'startYear' | 'endYear'>,
  t: I18n['t'],
): string {
  const { startYear, endYear } = plan;
  if (startYear === null && endYear === null) return t('periodUndocumented');
  if (startYear === null) return t('periodUntil', { end: String(endYear) });
  if (endYear === null) return `${startYear} (${t('endYearUndocumented')})`;
  return startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
}
