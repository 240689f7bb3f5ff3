import type { KeyboardEvent, ReactNode } from 'react';
import { EvidenceLine, type EvidenceLineProps } from '../../components/ui/evidence-line';
import type { PlanMarkKind } from './timeline-scale';

type Direction = 'ltr' | 'rtl';

// Drawn as markup and SVG by React (no chart library), so that the pre-rendered page carries the
// whole timeline. Positions are SVG attributes in percent: the CSP refuses style attributes.

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * Where a fraction of the axis is drawn: from the left, or in a right-to-left language from the
 * right (time runs right to left in Arabic, the earliest year on the right). The scale stays in
 * years; only the drawing mirrors, and no text is mirrored with it.
 */
const axisX = (fraction: number, direction: Direction) =>
  direction === 'rtl' ? 1 - fraction : fraction;

/** The drawn start of a stretch [from, to) of the axis: its left edge either way. */
const stretchX = (from: number, to: number, direction: Direction) =>
  direction === 'rtl' ? 1 - to : from;

export interface TimelineChartPlan {
  id: string;
  kind: PlanMarkKind;
  from: number;
  knownTo: number;
  to: number;
  isSelected: boolean;
  /** The card's words: number, period as known, title, evidence. */
  numberText: string;
  periodText: string;
  periodNote: string | null;
  title: string;
  /** Set where the title is in English for want of the page's language. */
  titleLang?: string;
  evidenceText: string;
}

export interface TimelineChartMilestone {
  id: string;
  letter: string;
  at: number;
  dateText: string;
  text: string;
  lang?: string;
  evidence: EvidenceLineProps;
}

export interface TimelineChartProps {
  plansLabel: string;
  years: { year: number; at: number }[];
  plans: TimelineChartPlan[];
  milestones: TimelineChartMilestone[];
  legend: { kind: PlanMarkKind | 'milestone'; label: string }[];
  legendTitle: string;
  milestonesLabel: string;
  /** The page's direction: in 'rtl' the years run from right to left. */
  direction?: Direction;
  onSelectPlan: (planId: string) => void;
}

/** Mark fills: solid, light with a dashed edge, a fade, hatching (all legible in grayscale). */
function PlanMark({
  kind,
  from,
  knownTo,
  to,
  direction,
}: Pick<TimelineChartPlan, 'kind' | 'from' | 'knownTo' | 'to'> & { direction: Direction }) {
  // In percent of the track, which is shorter on paper (print:h-5) than on screen (h-8): drawn in
  // pixels, the bars sat half a row low on paper and ran over the milestones' list.
  const y = 18.75;
  const height = 62.5;
  if (kind === 'stated') {
    return (
      <rect
        x={pct(stretchX(from, to, direction))}
        width={pct(to - from)}
        y={`${y}%`}
        height={`${height}%`}
        rx={3}
        className="fill-blue-900"
      />
    );
  }
  if (kind === 'inferred') {
    return (
      <rect
        x={pct(stretchX(from, to, direction))}
        width={pct(to - from)}
        y={`${y + 3.125}%`}
        height={`${height - 6.25}%`}
        rx={3}
        strokeWidth={2}
        strokeDasharray="6 3"
        className="fill-blue-50 stroke-blue-900"
      />
    );
  }
  if (kind === 'open-end') {
    return (
      <>
        <rect
          x={pct(stretchX(from, knownTo, direction))}
          width={pct(knownTo - from)}
          y={`${y}%`}
          height={`${height}%`}
          className="fill-blue-900"
        />
        <rect
          x={pct(stretchX(knownTo, to, direction))}
          width={pct(to - knownTo)}
          y={`${y}%`}
          height={`${height}%`}
          fill={direction === 'rtl' ? 'url(#timeline-fade-rtl)' : 'url(#timeline-fade)'}
        />
      </>
    );
  }
  return (
    <rect
      x={pct(stretchX(from, to, direction))}
      width={pct(to - from)}
      y={`${y + 3.125}%`}
      height={`${height - 6.25}%`}
      rx={3}
      fill="url(#timeline-hatch)"
      strokeWidth={2}
      strokeDasharray="3 3"
      className="stroke-slate-700"
    />
  );
}

function Track({ years, children }: { years: TimelineChartProps['years']; children: ReactNode }) {
  const step = years.length > 0 ? 1 / years.length : 1;
  return (
    <svg aria-hidden="true" focusable="false" className="h-8 w-full overflow-visible print:h-5">
      {years.map((year, i) => (
        <line
          key={year.year}
          x1={pct(i * step)}
          x2={pct(i * step)}
          y1={0}
          y2="100%"
          className="stroke-slate-300"
        />
      ))}
      <line x1="100%" x2="100%" y1={0} y2="100%" className="stroke-slate-300" />
      <g data-layout-mark="plan">{children}</g>
    </svg>
  );
}

function LegendSwatch({
  kind,
  direction,
}: {
  kind: PlanMarkKind | 'milestone';
  direction: Direction;
}) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className="h-5 w-12 shrink-0 print:h-3 print:w-8"
      viewBox="0 0 48 20"
    >
      {kind === 'milestone' ? (
        <path d="M24 3 L31 10 L24 17 L17 10 Z" className="fill-amber-700" />
      ) : kind === 'open-end' ? (
        <>
          <rect
            x={direction === 'rtl' ? 28 : 0}
            y={2}
            width={20}
            height={16}
            className="fill-blue-900"
          />
          <rect
            x={direction === 'rtl' ? 0 : 20}
            y={2}
            width={28}
            height={16}
            fill={direction === 'rtl' ? 'url(#timeline-fade-rtl)' : 'url(#timeline-fade)'}
          />
        </>
      ) : (
        <PlanMark kind={kind} from={0} knownTo={1} to={1} direction={direction} />
      )}
    </svg>
  );
}

/** Up and Down move between plans; Tab and Enter work as on any button. */
function handlePlanKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = event.currentTarget.closest('ol');
  const buttons = list ? [...list.querySelectorAll<HTMLButtonElement>(':scope > li > button')] : [];
  const index = buttons.indexOf(event.currentTarget);
  const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

const ROW =
  'grid gap-x-4 gap-y-1 sm:grid-cols-[17rem_1fr] lg:grid-cols-[21rem_1fr] sm:items-center print:grid-cols-[28rem_1fr]';

export function TimelineChart({
  plansLabel,
  years,
  plans,
  milestones,
  legend,
  legendTitle,
  milestonesLabel,
  direction = 'ltr',
  onSelectPlan,
}: TimelineChartProps) {
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4 print:p-2">
      {/* Shared paint: the fade and the hatching the marks and the legend refer to. */}
      <svg aria-hidden="true" focusable="false" className="absolute h-0 w-0">
        <defs>
          <linearGradient id="timeline-fade">
            <stop offset="0" className="[stop-color:var(--color-blue-900)]" />
            <stop offset="1" stopOpacity={0} className="[stop-color:var(--color-blue-900)]" />
          </linearGradient>
          {/* The same fade from right to left, for an open end in a right-to-left page. */}
          <linearGradient id="timeline-fade-rtl" x1={1} x2={0}>
            <stop offset="0" className="[stop-color:var(--color-blue-900)]" />
            <stop offset="1" stopOpacity={0} className="[stop-color:var(--color-blue-900)]" />
          </linearGradient>
          <pattern
            id="timeline-hatch"
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={2.5} height={6} className="fill-slate-600" />
          </pattern>
        </defs>
      </svg>

      <div className={`${ROW} px-3`} data-timeline-axis="">
        <span className="hidden sm:block" />
        <svg aria-hidden="true" focusable="false" className="h-6 w-full overflow-visible">
          {years.map((year, i) => (
            <text
              key={year.year}
              x={pct(axisX(year.at, direction))}
              y={16}
              textAnchor="middle"
              className={`fill-slate-800 text-xs tabular-nums ${i % 2 === 1 ? 'max-sm:hidden' : ''}`}
            >
              {year.year}
            </text>
          ))}
        </svg>
      </div>

      {milestones.length > 0 ? (
        <div className={`${ROW} px-3`} data-timeline-milestones="" data-layout-row="">
          <span className="hidden sm:block" />
          {/* Letters alternate above and below their marks: two close dates stay readable. */}
          {/* In pixels, as the marks inside it: in rem it shrank on paper (a smaller root size) and
              the letters below the marks fell on the first plan's bar. */}
          <svg aria-hidden="true" focusable="false" className="h-[44px] w-full overflow-visible">
            {milestones.map((milestone, i) => (
              <svg
                key={milestone.id}
                x={pct(axisX(milestone.at, direction))}
                y={0}
                overflow="visible"
              >
                <path
                  d="M0 15 L7 22 L0 29 L-7 22 Z"
                  className="fill-amber-700"
                  data-layout-mark="milestone"
                />
                <text
                  x={0}
                  y={i % 2 === 0 ? 10 : 42}
                  textAnchor="middle"
                  className="fill-slate-900 text-xs font-bold"
                >
                  {milestone.letter}
                </text>
              </svg>
            ))}
          </svg>
        </div>
      ) : null}

      {/* A form action: React keeps a press made before the section has hydrated. */}
      <form action={(data) => onSelectPlan(String(data.get('plan')))}>
        <ol aria-label={plansLabel} className="mt-1 space-y-1">
          {plans.map((plan) => (
            <li key={plan.id} className="break-inside-avoid" data-layout-row="">
              <button
                type="submit"
                name="plan"
                value={plan.id}
                data-print="keep"
                aria-pressed={plan.isSelected}
                aria-controls="plan-details"
                onKeyDown={handlePlanKeyDown}
                className={`${ROW} w-full rounded-md border-2 border-transparent px-3 py-1.5 text-start hover:border-blue-800 aria-pressed:border-blue-900 aria-pressed:bg-blue-50 print:py-0`}
              >
                <span className="flex flex-col print:block">
                  <span className="text-sm font-semibold text-slate-700 print:me-2">
                    {plan.numberText} · <bdi className="text-slate-900">{plan.periodText}</bdi>
                    {plan.periodNote ? (
                      <span className="font-normal italic"> · {plan.periodNote}</span>
                    ) : null}
                  </span>
                  <span
                    lang={plan.titleLang}
                    className="font-medium leading-snug text-slate-900 print:me-2"
                  >
                    {plan.title}
                  </span>
                  {/* On paper the mark's pattern and the legend say it: one line per plan. */}
                  <span className="text-xs text-slate-700 print:hidden">{plan.evidenceText}</span>
                </span>
                <Track years={years}>
                  <PlanMark
                    kind={plan.kind}
                    from={plan.from}
                    knownTo={plan.knownTo}
                    to={plan.to}
                    direction={direction}
                  />
                </Track>
              </button>
            </li>
          ))}
        </ol>
      </form>

      {milestones.length > 0 ? (
        <ul
          aria-label={milestonesLabel}
          className="mt-3 grid gap-x-6 gap-y-2 border-t border-slate-300 pt-3 md:grid-cols-2 xl:grid-cols-3 print:mt-1 print:grid-cols-5 print:gap-x-3 print:gap-y-1 print:pt-1 print:text-sm"
        >
          {milestones.map((milestone) => (
            <li key={milestone.id} className="flex gap-2 print:gap-1 print:leading-tight">
              <span
                aria-hidden="true"
                className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-amber-700 text-sm font-bold text-slate-900 print:mt-0 print:h-4 print:w-4 print:text-xs"
              >
                {milestone.letter}
              </span>
              <div className="print:text-xs">
                <p className="font-semibold text-slate-900 print:me-1 print:inline">
                  {milestone.dateText}
                </p>
                <p lang={milestone.lang} className="text-slate-900 print:inline">
                  {milestone.text}
                </p>
                {/* On paper the note stays with the source: its entry in the printed list says
                    how its date is known. */}
                <EvidenceLine {...milestone.evidence} noteClassName="print:hidden" />
              </div>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="mt-3 border-t border-slate-300 pt-3 print:mt-1 print:pt-1">
        <ul
          aria-label={legendTitle}
          className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800 print:gap-x-3 print:gap-y-0 print:text-xs"
        >
          {legend.map((entry) => (
            <li key={entry.kind} className="flex items-center gap-2">
              <LegendSwatch kind={entry.kind} direction={direction} />
              {entry.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
