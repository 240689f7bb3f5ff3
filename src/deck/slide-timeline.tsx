import { Fragment } from 'react';
import { CONTENT_WIDTH, screenLines } from './deck-metrics';
import type { SlideBlock, SlideTimelinePlan } from './slide-types';

type TimelineBlock = Extract<SlideBlock, { kind: 'timeline' }>;
type LegendKind = Exclude<NonNullable<TimelineBlock['legend']>[number]['kind'], 'milestone'>;

// How sure a period is, drawn so that it still reads in grayscale print: documented years solid,
// inferred ones lighter with a dashed outline, an undocumented stretch hatched, an unknown end
// fading out (../shared/DESIGN.md, "Time and uncertainty").
const BAR_CLASS: Record<LegendKind, string> = {
  stated: 'bg-[#1e3a8a]',
  inferred: 'border-[0.45cqh] border-dashed border-[#1e3a8a] bg-[#bfdbfe]',
  unknown: 'slide-hatched border-[0.45cqh] border-dashed border-[#475569]',
  'open-end': 'slide-open-end bg-[#1e3a8a]',
};

/** A milestone's mark: the page's amber diamond (timeline-chart.tsx). */
const MILESTONE_CLASS = 'bg-[#b45309]';

function barClass(plan: SlideTimelinePlan): string {
  const isOpenEnd = plan.startYear !== null && plan.endYear === null;
  return `${BAR_CLASS[plan.evidence]} ${isOpenEnd ? 'slide-open-end' : ''}`;
}

/** At most seven year labels: four digits at 3.5 % of the stage height never run into each other. */
function yearLabels(minYear: number, maxYear: number): number[] {
  const count = maxYear - minYear + 1;
  const step = Math.max(1, Math.ceil(count / 7));
  const years: number[] = [];
  for (let year = minYear; year <= maxYear; year += step) years.push(year);
  return years;
}

/** "2011 (end year not documented) · Stated by the source", under a plan's title. */
function planNote(plan: SlideTimelinePlan): string {
  // "Période non documentée · Non documenté" would say it twice.
  return plan.startYear === null && plan.endYear === null
    ? plan.periodLabel
    : `${plan.periodLabel} · ${plan.evidenceLabel}`;
}

const LABEL_SHARES = [44, 48, 52, 56, 60];

/**
 * The label column's share of the figure, in %: 44, the bars' best, where the labels take two lines
 * a plan and one a third (French, English); where they take more, as the Russian labels did (the
 * first plan's note four lines, over the milestones' key, the legend pushed past the stage's foot),
 * the narrowest wider share (up to 60) at which they take as few lines as they can.
 */
function labelShare(plans: readonly SlideTimelinePlan[]): number {
  const lines = (share: number) => {
    const width = (share / 100) * CONTENT_WIDTH; // the figure is the slide's content width
    return plans.reduce(
      (sum, plan) =>
        sum +
        screenLines(plan.title, 'label', width, plan.isFeatured) +
        screenLines(planNote(plan), 'detail', width, plan.isFeatured),
      0,
    );
  };
  const enough = Math.max(2 * plans.length + 1, lines(LABEL_SHARES.at(-1)!));
  return LABEL_SHARES.find((share) => lines(share) <= enough)!;
}

/**
 * The plans on a linear year axis, one lane each, with a legend. Places are logical (inline start):
 * in a right-to-left deck the years run from right to left, as on the page.
 */
export function SlideTimeline({ block }: { block: TimelineBlock }) {
  const { minYear, maxYear } = block;
  const span = maxYear + 1 - minYear;
  const position = (year: number) => ((year - minYear) / span) * 100;
  const milestones = block.milestones ?? [];
  // The milestones' legend entry names their row, beside the marks, rather than a legend line.
  const milestoneLegend = block.legend?.find((entry) => entry.kind === 'milestone');
  const legend = (block.legend ?? []).filter((entry) => entry.kind !== 'milestone');
  return (
    <figure className="flex min-h-0 flex-1 flex-col gap-[1.5cqh]">
      <div
        className="grid min-h-0 flex-1 gap-x-[2.5cqw]"
        style={{
          gridTemplateColumns: `minmax(0, ${labelShare(block.plans)}%) 1fr`,
          gridTemplateRows: `auto ${milestones.length > 0 ? 'auto ' : ''}repeat(${block.plans.length}, minmax(0, 1fr))`,
        }}
      >
        <div />
        <div
          aria-hidden="true"
          data-slide-years=""
          className="relative h-[5cqh] border-b-[0.3cqh] border-[#334155]"
        >
          {yearLabels(minYear, maxYear).map((year) => (
            <span
              key={year}
              className="absolute bottom-[0.6cqh] -translate-x-1/2 text-(length:--deck-detail) text-[#334155] rtl:translate-x-1/2"
              style={{ insetInlineStart: `${position(year + 0.5)}%` }}
            >
              {year}
            </span>
          ))}
        </div>
        {milestones.length > 0 ? (
          <>
            <div className="flex items-center justify-end gap-[1cqw] text-end text-(length:--deck-detail) leading-[1.1] text-[#334155]">
              {milestoneLegend ? (
                <>
                  <span
                    aria-hidden="true"
                    className={`mx-[0.8cqh] inline-block size-[2cqh] shrink-0 rotate-45 ${MILESTONE_CLASS}`}
                  />
                  {milestoneLegend.label}
                </>
              ) : null}
            </div>
            {/* Small marks on the axis, their letters alternating above and below so that two
                close dates stay readable; the dated list is the next slide. */}
            <div aria-hidden="true" className="relative h-[8.5cqh]" data-slide-milestones="">
              {milestones.map((milestone, index) => (
                <span
                  key={milestone.id}
                  className="absolute inset-y-0 w-0"
                  style={{ insetInlineStart: `${position(milestone.year)}%` }}
                >
                  <span
                    className={`absolute start-0 top-1/2 size-[1.8cqh] -translate-1/2 rotate-45 rtl:translate-x-1/2 ${MILESTONE_CLASS}`}
                  />
                  <span
                    className={`absolute start-0 -translate-x-1/2 rtl:translate-x-1/2 text-(length:--deck-detail) leading-none font-bold text-[#172554] ${index % 2 === 0 ? 'top-0' : 'bottom-0'}`}
                  >
                    {milestone.letter}
                  </span>
                </span>
              ))}
            </div>
          </>
        ) : null}
        {block.plans.map((plan) => (
          <Fragment key={plan.id}>
            <div
              className={`flex flex-col justify-center border-b-[0.2cqh] border-[#cbd5e1] py-[1cqh] text-end leading-[1.2] ${plan.isFeatured ? 'font-bold' : ''}`}
            >
              <span className="text-(length:--deck-label) text-[#172554]">{plan.title}</span>
              <span className="text-(length:--deck-detail) text-[#334155]">{planNote(plan)}</span>
            </div>
            <div className="relative border-b-[0.2cqh] border-[#cbd5e1]">
              {yearLabels(minYear, maxYear).map((year) => (
                <span
                  key={year}
                  aria-hidden="true"
                  className="absolute inset-y-0 border-s-[0.15cqh] border-[#e2e8f0]"
                  style={{ insetInlineStart: `${position(year)}%` }}
                />
              ))}
              {plan.span ? (
                <span
                  aria-hidden="true"
                  className={`absolute top-1/2 h-[5.5cqh] -translate-y-1/2 rounded-[0.6cqh] ${barClass(plan)} ${plan.isFeatured ? 'outline-[0.6cqh] outline-offset-[0.3cqh] outline-[#b45309] outline-solid' : ''}`}
                  style={{
                    insetInlineStart: `${position(plan.span.from)}%`,
                    width: `${position(plan.span.to) - position(plan.span.from)}%`,
                  }}
                />
              ) : null}
            </div>
          </Fragment>
        ))}
      </div>
      {legend.length > 0 ? (
        // Two entries a row, each column as wide as its longest entry: where two do not fit side
        // by side (Russian, German), the longer wraps within its column rather than taking a row
        // of its own, which took the Russian legend's last row past the stage's foot.
        <ul className="grid grid-cols-[repeat(2,auto)] justify-start gap-x-[3cqw] gap-y-[1cqh] text-(length:--deck-detail)">
          {legend.map((entry) => (
            <li key={entry.kind} className="flex items-center gap-[1cqw]">
              <span
                aria-hidden="true"
                className={`inline-block h-[3.5cqh] w-[6cqh] shrink-0 rounded-[0.5cqh] ${BAR_CLASS[entry.kind as LegendKind]}`}
              />
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
