import { memo } from 'react';
import { EvidenceLine } from '../../components/ui/evidence-line';
import { useDataset } from '../../data/dataset-query';
import { evidenceLabelKey } from '../../i18n/evidence-label';
import { formatCountWord, formatList, formatPartialDate } from '../../i18n/formatters';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { Section } from '../../components/ui/section';
import { useUrlState, type UpdateUrlState } from '../../url-state/use-url-state';
import { directionOf } from '../../i18n/locale';
import { formatPeriod } from './format-period';
import {
  TimelineChart,
  type TimelineChartMilestone,
  type TimelineChartPlan,
} from './timeline-chart';
import { selectTimelineScale, type PlanMarkKind } from './timeline-scale';
import type { MessageKey } from '../../i18n/messages-fr';
import {
  milestoneLetter,
  selectMilestones,
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
    refs: evidence.sources.map((s) => ({
      id: s.id,
      number: s.number,
      href: s.href,
      label: t('sourceRef', { number: s.number, title: s.title }),
    })),
  };
}

const legendKinds = ['stated', 'inferred', 'open-end', 'undocumented', 'milestone'] as const;
const legendLabelKey: Record<PlanMarkKind | 'milestone', MessageKey> = {
  stated: 'legendStated',
  inferred: 'legendInferred',
  'open-end': 'legendOpenEnd',
  undocumented: 'legendUndocumented',
  milestone: 'legendMilestone',
};

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
  const scale = selectTimelineScale(dataset.plans, dataset.milestones);
  const marks = new Map(scale.plans.map((mark) => [mark.id, mark]));
  const chartPlans = plans.flatMap((plan): TimelineChartPlan[] => {
    const mark = marks.get(plan.id);
    if (!mark) return [];
    return [
      {
        ...mark,
        isSelected: plan.isSelected,
        numberText: t('planNumber', { number: plan.number }),
        periodText:
          plan.startYear !== null && plan.endYear === null
            ? String(plan.startYear)
            : formatPeriod(plan, i18n),
        periodNote:
          mark.kind === 'open-end'
            ? t('endYearUndocumentedShort')
            : mark.kind === 'undocumented'
              ? t('periodBetween', { from: String(mark.fromYear), to: String(mark.toYear) })
              : null,
        title: plan.title,
        titleLang: plan.titleLang,
        evidenceText: t('evidenceWithLevel', { level: t(evidenceLabelKey[plan.periodEvidence]) }),
      },
    ];
  });
  const milestoneViews = selectMilestones(dataset, locale);
  const chartMilestones = scale.milestones.flatMap((mark, index): TimelineChartMilestone[] => {
    const milestone = milestoneViews.find((view) => view.id === mark.id);
    if (!milestone) return [];
    return [
      {
        id: mark.id,
        at: mark.at,
        letter: milestoneLetter(index),
        dateText: formatPartialDate(milestone.date, locale),
        text: milestone.text,
        lang: milestone.lang,
        evidence: evidenceProps(milestone.evidence, i18n),
      },
    ];
  });
  const kinds = new Set(scale.plans.map((mark) => mark.kind));
  const legend = legendKinds
    .filter((kind) => (kind === 'milestone' ? scale.milestones.length > 0 : kinds.has(kind)))
    .map((kind) => ({ kind, label: t(legendLabelKey[kind]) }));

  return (
    <Section
      id="timeline"
      title={t('timelineTitle', {
        count: plans.length,
        countWord: formatCountWord(plans.length, locale),
      })}
      intro={<p className="print:hidden">{t('timelineIntro')}</p>}
    >
      <TimelineChart
        plansLabel={t('timelinePlansList')}
        years={scale.years}
        plans={chartPlans}
        milestones={chartMilestones}
        milestonesLabel={t('milestonesList')}
        legend={legend}
        legendTitle={t('timelineLegend')}
        direction={directionOf(locale)}
        onSelectPlan={(planId) =>
          updateUrl({ plan: planId === dataset.featuredPlanId ? null : planId })
        }
      />

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
          <dl className="mt-4 grid gap-x-6 gap-y-4 md:grid-cols-[12rem_1fr] print:grid-cols-[13rem_1fr] print:gap-y-1">
            <dt className="font-semibold">{t('period')}</dt>
            <dd>
              <p className="font-medium print:inline">{formatPeriod(details, i18n)}</p>
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
                  {details.newAreaCount === null
                    ? t('areaCountSummary', { count: details.areaCount })
                    : t('areaCountWithNew', {
                        count: t('areaCountSummary', { count: details.areaCount }),
                        new: t('newAreaCountSummary', { count: details.newAreaCount }),
                      })}
                </p>
              )}
              {details.areas.length > 0 && details.id !== dataset.featuredPlanId ? (
                <>
                  <ul className="mt-2 space-y-3 print:mt-1 print:grid print:grid-cols-2 print:gap-x-4 print:gap-y-1 print:space-y-0">
                    {details.areas.map((area) => (
                      <li key={area.id}>
                        <p className="font-medium print:inline">{area.name}</p>
                        {details.sharedAreaEvidence ? null : (
                          <EvidenceLine {...evidenceProps(area.evidence, i18n)} />
                        )}
                      </li>
                    ))}
                  </ul>
                  {/* The same evidence for every area is said once, for the list. */}
                  {details.sharedAreaEvidence ? (
                    <div className="mt-2">
                      <p className="text-sm font-medium print:inline">
                        {t('sharedAreaEvidence', { count: details.areas.length })}
                      </p>
                      <EvidenceLine {...evidenceProps(details.sharedAreaEvidence, i18n)} />
                    </div>
                  ) : null}
                </>
              ) : null}
            </dd>

            {details.facts.length > 0 ? (
              <>
                <dt className="font-semibold">{t('otherFacts')}</dt>
                <dd>
                  <ul className="space-y-3 print:space-y-1">
                    {details.facts.map((fact) => (
                      <li key={fact.id}>
                        <p lang={fact.lang} className="print:inline">
                          {fact.text}
                        </p>
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
