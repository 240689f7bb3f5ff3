import { memo } from 'react';
import { EvidenceLine } from '../../components/ui/evidence-line';
import { useDataset } from '../../data/dataset-query';
import { evidenceLabelKey } from '../../i18n/evidence-label';
import { formatCountWord, formatList, formatPartialDate } from '../../i18n/formatters';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { Section } from '../../components/ui/section';
import { useUrlState, type UpdateUrlState } from '../../url-state/use-url-state';
import { formatPeriod } from './format-period';
import {
  selectPlanDetails,
  selectSelectedPlanId,
  selectTimeline,
  type EvidenceView,
} from './plan-selectors';

function evidenceProps(evidence: EvidenceView, { t }: I18n) {
  return {
    tone: evidence.level,
    label: t(evidenceLabelKey[evidence.level]),
    note: evidence.note,
    links: evidence.sources.map((s) => ({
      id: s.id,
      url: s.url,
      label: t('sourceLink', { title: s.title }),
    })),
  };
}

export function TimelineSection() {
  const [url, updateUrl] = useUrlState();
  // The timeline reads one parameter of the URL: a filter change or a keystroke leaves it alone.
  return <Timeline planParam={url.plan} updateUrl={updateUrl} />;
}

interface TimelineProps {
  planParam: string | null;
  updateUrl: UpdateUrlState;
}

const Timeline = memo(function Timeline({ planParam, updateUrl }: TimelineProps) {
  const dataset = useDataset();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const selectedId = selectSelectedPlanId(dataset, planParam);
  const plans = selectTimeline(dataset, selectedId, locale);
  const details = selectPlanDetails(dataset, selectedId, locale);

  return (
    <Section
      id="timeline"
      title={t('timelineTitle', {
        count: plans.length,
        countWord: formatCountWord(plans.length, locale),
      })}
      intro={<p className="print:hidden">{t('timelineIntro')}</p>}
    >
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
        {plans.map((plan) => (
          <li key={plan.id} className="relative">
            <button
              type="button"
              data-print="keep"
              aria-pressed={plan.isSelected}
              aria-controls="plan-details"
              onClick={() =>
                updateUrl({ plan: plan.id === dataset.featuredPlanId ? null : plan.id })
              }
              className="group flex h-full w-full flex-col items-start gap-1 rounded-lg border-2 border-slate-300 bg-white p-4 text-left hover:border-blue-800 aria-pressed:border-blue-900 aria-pressed:bg-blue-50 print:p-2"
            >
              <span className="text-sm font-semibold uppercase tracking-wide text-slate-700">
                {t('planNumber', { number: plan.number })}
              </span>
              <span
                className={
                  plan.startYear === null
                    ? 'text-lg font-semibold italic text-slate-700'
                    : 'text-3xl font-bold tabular-nums text-blue-950'
                }
              >
                {plan.startYear !== null && plan.endYear === null
                  ? plan.startYear
                  : formatPeriod(plan, t)}
              </span>
              {plan.startYear !== null && plan.endYear === null ? (
                <span className="text-sm italic text-slate-700">
                  {t('endYearUndocumentedShort')}
                </span>
              ) : null}
              <span className="font-medium text-slate-900">{plan.title}</span>
              <span className="text-sm text-slate-700">
                {t('evidenceWithLevel', { level: t(evidenceLabelKey[plan.periodEvidence]) })}
              </span>
            </button>
          </li>
        ))}
      </ol>

      {details ? (
        <div
          id="plan-details"
          role="region"
          aria-labelledby="plan-details-heading"
          className="mt-6 rounded-lg border border-slate-300 bg-white p-5 print:mt-3 print:p-3"
        >
          <h3 id="plan-details-heading" className="text-xl font-bold text-slate-900">
            {t('detailsTitle', { title: details.title })}
          </h3>
          <dl className="mt-4 grid gap-x-6 gap-y-4 md:grid-cols-[12rem_1fr] print:grid-cols-[10rem_1fr] print:gap-y-2">
            <dt className="font-semibold">{t('period')}</dt>
            <dd>
              <p className="font-medium">{formatPeriod(details, t)}</p>
              <EvidenceLine {...evidenceProps(details.periodEvidenceView, i18n)} />
            </dd>

            <dt className="font-semibold">{t('signedAt')}</dt>
            <dd>{details.place ?? <NotDocumented />}</dd>

            <dt className="font-semibold">{t('announcedOn')}</dt>
            <dd>
              {details.announcedOn ? (
                formatPartialDate(details.announcedOn, locale)
              ) : (
                <NotDocumented />
              )}
            </dd>

            <dt className="font-semibold">{t('signatories')}</dt>
            <dd>
              {details.signatories.length > 0 ? (
                formatList(details.signatories, locale)
              ) : (
                <NotDocumented />
              )}
              {details.signatories.length > 0 || details.place ? (
                <EvidenceLine {...evidenceProps(details.signingEvidence, i18n)} />
              ) : null}
            </dd>

            <dt className="font-semibold">{t('areasOfPlan')}</dt>
            <dd>
              {details.areaCount === null ? (
                <NotDocumented />
              ) : (
                <p>
                  {t('areaCountSummary', { count: details.areaCount })}
                  {details.newAreaCount !== null
                    ? `, ${t('newAreaCountSummary', { count: details.newAreaCount })}`
                    : ''}
                </p>
              )}
              {details.areas.length > 0 && details.id !== dataset.featuredPlanId ? (
                <ul className="mt-2 space-y-3 print:mt-1 print:grid print:grid-cols-2 print:gap-x-4 print:gap-y-1 print:space-y-0">
                  {details.areas.map((area) => (
                    <li key={area.id}>
                      <p className="font-medium">{area.name}</p>
                      <EvidenceLine {...evidenceProps(area.evidence, i18n)} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </dd>

            {details.facts.length > 0 ? (
              <>
                <dt className="font-semibold">{t('otherFacts')}</dt>
                <dd>
                  <ul className="space-y-3 print:space-y-1">
                    {details.facts.map((fact) => (
                      <li key={fact.id}>
                        <p>{fact.text}</p>
                        <EvidenceLine {...evidenceProps(fact.evidence, i18n)} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </Section>
  );
});

function NotDocumented() {
  const { t } = useI18n();
  return <span className="italic text-slate-700">{t('notDocumented')}</span>;
}
