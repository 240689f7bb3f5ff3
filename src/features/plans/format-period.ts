import { inBrackets } from '../../i18n/brackets';
import type { I18n } from '../../i18n/use-i18n';
import type { PlanSummary } from './plan-selectors';

/** A plan's period as known: years, or what no source documents. */
export function formatPeriod(
  plan: Pick<PlanSummary, 'startYear' | 'endYear'>,
  { t, locale }: Pick<I18n, 't' | 'locale'>,
): string {
  const { startYear, endYear } = plan;
  if (startYear === null && endYear === null) return t('periodUndocumented');
  if (startYear === null) return t('periodUntil', { end: String(endYear) });
  if (endYear === null) return `${startYear}${inBrackets(t('endYearUndocumented'), locale)}`;
  return startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
}
