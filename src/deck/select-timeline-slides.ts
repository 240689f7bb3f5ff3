import { formatPeriod } from '../features/plans/format-period';
import { milestoneLetter } from '../features/plans/plan-selectors';
import { selectTimelineScale } from '../features/plans/timeline-scale';
import { evidenceLabelKey } from '../i18n/evidence-label';
import { formatCountWord, formatPartialDate } from '../i18n/formatters';
import {
  CONTENT_WIDTH,
  LEADING,
  LIST_WIDTH,
  SPACE,
  TYPE,
  roomUnderTitle,
  screenLines,
} from './deck-metrics';
import { noteFor, sortedPlans, type Context, type T } from './slide-context';
import type { Slide, SlideBlock, SlideTimelineMilestone, SlideTimelinePlan } from './slide-types';
import { localize } from '../data/localize';

// The plans on a time axis, then the milestones' dated list on slides of their own.

export function timelineSlides(context: Context): Slide[] {
  const { dataset, t, locale } = context;
  const plans = sortedPlans(dataset);
  const milestones = dataset.milestones ?? [];
  // The page's scale (features/plans): the same years, spans and milestone places everywhere.
  const scale = selectTimelineScale(plans, milestones);
  const scaled = new Map(scale.plans.map((plan) => [plan.id, plan]));
  const axisSpan = scale.lastYear + 1 - scale.firstYear;
  const timelinePlans: SlideTimelinePlan[] = plans.map((plan) => {
    const { startYear, endYear } = plan.period;
    const mark = scaled.get(plan.id);
    return {
      id: plan.id,
      number: plan.number,
      periodLabel: formatPeriod({ startYear, endYear }, context),
      title: localize(plan.title, locale),
      evidence: plan.period.evidence.level,
      evidenceLabel: t(evidenceLabelKey[plan.period.evidence.level]),
      startYear,
      endYear,
      isFeatured: plan.id === dataset.featuredPlanId,
      ...(mark ? { span: { from: mark.fromYear, to: mark.toYear + 1 } } : {}),
    };
  });
  const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const timelineMilestones: SlideTimelineMilestone[] = scale.milestones.flatMap((mark, index) => {
    const milestone = byId.get(mark.id);
    if (!milestone) return [];
    return [
      {
        id: mark.id,
        letter: milestoneLetter(index),
        year: scale.firstYear + mark.at * axisSpan,
        dateLabel: formatPartialDate(mark.date, locale),
        label: localize(milestone.text, locale),
        evidence: mark.evidence,
        evidenceLabel: t(evidenceLabelKey[mark.evidence]),
      },
    ];
  });
  // Milestones alone do not make an axis for plans no source dates: those are listed instead.
  const hasYears = plans.some(
    (plan) => plan.period.startYear !== null || plan.period.endYear !== null,
  );
  const notes = [
    ...plans.map((plan) =>
      noteFor(
        context,
        t('deckNotePlan', {
          number: plan.number,
          period: formatPeriod(plan.period, context),
        }),
        plan.period.evidence,
      ),
    ),
    ...milestoneNotes(context, timelineMilestones),
  ];
  const title = t('timelineTitle', {
    count: plans.length,
    countWord: formatCountWord(plans.length, locale),
  });
  const blocks: SlideBlock[] = hasYears
    ? [
        {
          kind: 'timeline',
          plans: timelinePlans,
          minYear: scale.firstYear,
          maxYear: scale.lastYear,
          legend: [
            ...timelineLegend(timelinePlans, t),
            ...(timelineMilestones.length > 0
              ? [{ kind: 'milestone' as const, label: t('legendMilestone') }]
              : []),
          ],
          ...(timelineMilestones.length > 0 ? { milestones: timelineMilestones } : {}),
        },
      ]
    : [
        // No plan has a year a source documents: a list says so without drawing a made-up axis.
        {
          kind: 'bullets',
          items: timelinePlans.map((p) =>
            t('printPlanName', { number: p.number, period: p.periodLabel, title: p.title }),
          ),
        },
      ];
  const slides: Slide[] = [{ id: 'timeline', title, blocks, notes }];
  // The axis has room for the milestones' letters only: their dated list is a slide of its own,
  // which keeps every line at body size, split by its estimated height (as slide-view.tsx sets a
  // list alone at body size, deck-metrics.ts) with half a line to spare.
  const line = TYPE.body * LEADING.slide;
  const gap = SPACE.listGap;
  const partTitle = t('deckMilestonesTitlePart', { part: 10, parts: 10 });
  const room = roomUnderTitle(screenLines(partTitle, 'title', CONTENT_WIDTH, true)) - line / 2;
  const groups = splitByLength(
    timelineMilestones.map((m) => ({
      milestone: m,
      item: t('deckMilestoneItem', {
        letter: m.letter,
        date: m.dateLabel,
        text: m.label,
        evidence: m.evidenceLabel,
      }),
    })),
    (entry) => screenLines(entry.item, 'body', LIST_WIDTH) * line + gap,
    room + gap,
  );
  groups.forEach((group, index) => {
    slides.push({
      id: groups.length === 1 ? 'milestones' : `milestones-${index + 1}`,
      title:
        groups.length === 1
          ? t('deckMilestonesTitle')
          : t('deckMilestonesTitlePart', { part: index + 1, parts: groups.length }),
      blocks: [{ kind: 'bullets', items: group.map((entry) => entry.item), size: 'body' }],
      notes: milestoneNotes(
        context,
        group.map((entry) => entry.milestone),
      ),
    });
  });
  return slides;
}

/**
 * Splits items, in order, over as few groups as a length budget allows, as evenly as the order
 * permits (an item longer than the budget gets a group of its own).
 */
function splitByLength<T>(items: readonly T[], length: (item: T) => number, budget: number): T[][] {
  const total = items.reduce((sum, item) => sum + length(item), 0);
  const target = total / Math.max(1, Math.ceil(total / budget));
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = length(item);
    if (current.length > 0 && (used + size > budget || used >= target)) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One note a milestone: its letter, date and text, its evidence and its sources. */
function milestoneNotes(context: Context, milestones: readonly SlideTimelineMilestone[]): string[] {
  const { dataset, t } = context;
  const byId = new Map((dataset.milestones ?? []).map((m) => [m.id, m]));
  return milestones.flatMap((m) => {
    const milestone = byId.get(m.id);
    if (!milestone) return [];
    return [
      noteFor(
        context,
        t('deckNoteMilestone', { letter: m.letter, date: m.dateLabel, text: m.label }),
        milestone.evidence,
      ),
    ];
  });
}

function timelineLegend(plans: readonly SlideTimelinePlan[], t: T) {
  const labels = {
    stated: t('deckLegendStated'),
    inferred: t('deckLegendInferred'),
    unknown: t('deckLegendUnknown'),
    'open-end': t('deckLegendOpenEnd'),
  } as const;
  const drawn = plans.filter((plan) => plan.span);
  return (['stated', 'inferred', 'unknown', 'open-end'] as const)
    .filter((kind) =>
      kind === 'open-end'
        ? drawn.some((plan) => plan.startYear !== null && plan.endYear === null)
        : drawn.some((plan) => plan.evidence === kind),
    )
    .map((kind) => ({ kind, label: labels[kind] }));
}
