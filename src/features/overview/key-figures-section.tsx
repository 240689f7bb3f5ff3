import { memo } from 'react';
import { Badge } from '../../components/ui/badge';
import { useDataset } from '../../data/dataset-query';
import { evidenceLabelKey } from '../../i18n/evidence-label';
import { formatNumber } from '../../i18n/formatters';
import type { MessageKey } from '../../i18n/messages-fr';
import { useI18n } from '../../i18n/use-i18n';
import { selectKeyFigures, type KeyFigureKind } from './key-figure-selectors';

const labelKey: Record<KeyFigureKind, MessageKey> = {
  plans: 'figurePlans',
  areas: 'figureAreas',
  'new-areas': 'figureNewAreas',
  'first-year': 'figureFirstYear',
  sources: 'figureSources',
};

// No props: memo keeps a URL change elsewhere on the page (a filter, a keystroke) from redrawing it.
export const KeyFiguresSection = memo(function KeyFiguresSection() {
  const dataset = useDataset();
  const { t, locale } = useI18n();
  const { planLabel, figures } = selectKeyFigures(dataset);
  const plan = planLabel ?? t('figureCurrentPlan');
  return (
    <section aria-labelledby="key-figures-heading" className="pt-4 print:hidden">
      <h2 id="key-figures-heading" className="sr-only">
        {t('keyFiguresTitle')}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-5 print:gap-2">
        {figures.map((figure) => (
          <div
            key={figure.kind}
            className="flex flex-col-reverse justify-end gap-1 rounded-lg border border-slate-300 bg-white px-4 py-3 print:flex-row-reverse print:items-baseline print:justify-end print:gap-2 print:border-0 print:p-0"
          >
            <dt className="text-sm font-medium leading-snug text-slate-800">
              {t(labelKey[figure.kind], { count: figure.value, plan })}
              {figure.evidence === 'inferred' || figure.evidence === 'unknown' ? (
                <span className="mt-1 block">
                  <Badge tone={figure.evidence}>{t(evidenceLabelKey[figure.evidence])}</Badge>
                </span>
              ) : null}
            </dt>
            <dd className="text-4xl font-bold tabular-nums text-blue-950 sm:text-5xl print:text-xl">
              {figure.kind === 'first-year'
                ? String(figure.value)
                : formatNumber(figure.value, locale)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
