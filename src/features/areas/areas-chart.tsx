import { createContext, memo, use, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Rectangle,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { useIsPrinting } from '../../components/ui/use-is-printing';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { AREA_SERIES_ORDER, CHART_PALETTES } from './chart-palettes';

export interface AreasChartDatum {
  themeId: string;
  label: string;
  newCount: number;
  continuingCount: number;
  unknownCount: number;
  isSelected: boolean;
}

export interface AreasChartProps {
  data: AreasChartDatum[];
  newLabel: string;
  continuingLabel: string;
  unknownLabel: string;
  onSelectTheme: (themeId: string) => void;
  /** 'projector' draws large type for a presentation slide. */
  size?: 'screen' | 'projector';
  scheme?: 'light' | 'dark';
  /** The page's direction: in 'rtl' the bars grow from the right, their labels on the right. */
  direction?: 'ltr' | 'rtl';
}

// Colours pass WCAG non-text contrast (3:1) against white and against each other's edges.

// On paper the chart has a fixed size that fits an A4 or Letter column (about 700 CSS px wide)
// whatever the window's width: a size measured on screen would overflow or shrink the text.
const PRINT_WIDTH = 540;
const PRINT_ROW_HEIGHT = 24;
const PRINT_FONT_SIZE = 11;

type BarDatum = Omit<AreasChartDatum, 'isSelected'>;

// The chosen themes reach the bars through a context: choosing a theme redraws the bar shapes
// (their fade) and nothing else. Handing recharts new data instead makes it recompute every
// series, re-register the legend and measure it (a forced layout), several times per click.
const SelectedThemesContext = createContext<ReadonlySet<string>>(new Set());

function ThemeBar(props: BarShapeProps) {
  const selected = use(SelectedThemesContext);
  const themeId = (props.payload as { themeId?: unknown } | undefined)?.themeId;
  // With a theme chosen, the other themes fade so the chart shows what the grid below shows.
  const isFaded = selected.size > 0 && !(typeof themeId === 'string' && selected.has(themeId));
  return <Rectangle {...props} fillOpacity={isFaded ? 0.4 : 1} />;
}

const renderThemeBar = (props: BarShapeProps) => <ThemeBar {...props} />;

/** Draws only: the series arrive shaped and translated; a click on a bar reports its theme. */
export default function AreasChart({ data, ...chartProps }: AreasChartProps) {
  // Compared by value: a new array with the same counts (a theme chosen) keeps the same bars.
  const barsJson = JSON.stringify(
    data.map((d): BarDatum => ({
      themeId: d.themeId,
      label: d.label,
      newCount: d.newCount,
      continuingCount: d.continuingCount,
      unknownCount: d.unknownCount,
    })),
  );
  const bars = useMemo(() => JSON.parse(barsJson) as BarDatum[], [barsJson]);
  const selected = useMemo(
    () => new Set(data.filter((d) => d.isSelected).map((d) => d.themeId)),
    [data],
  );
  return (
    <SelectedThemesContext value={selected}>
      <ThemeBarChart bars={bars} {...chartProps} />
    </SelectedThemesContext>
  );
}

interface ThemeBarChartProps extends Omit<AreasChartProps, 'data'> {
  bars: BarDatum[];
}

const ThemeBarChart = memo(function ThemeBarChart({
  bars,
  newLabel,
  continuingLabel,
  unknownLabel,
  onSelectTheme,
  size = 'screen',
  scheme = 'light',
  direction = 'ltr',
}: ThemeBarChartProps) {
  // recharts has no right-to-left mode (recharts #263, #682): the value axis is reversed and the
  // category axis put on the right, with the wider margin on the other side.
  const isRightToLeft = direction === 'rtl';
  const isProjector = size === 'projector';
  const isPrinting = useIsPrinting();
  const colors = CHART_PALETTES[isPrinting ? 'light' : scheme];
  const isNarrow = useMediaQuery('(max-width: 40rem)') && !isPrinting;
  const hasUnknown = bars.some((d) => d.unknownCount > 0);
  const fontSize = isPrinting ? PRINT_FONT_SIZE : isProjector ? 24 : 14;
  const height = isPrinting
    ? 56 + bars.length * PRINT_ROW_HEIGHT
    : isProjector
      ? '100%'
      : 80 + bars.length * 44;
  // Stacked in AREA_SERIES_ORDER, as in the deck and the PowerPoint.
  const byKind = {
    continuing: { dataKey: 'continuingCount', name: continuingLabel, fill: colors.continuing },
    isNew: { dataKey: 'newCount', name: newLabel, fill: colors.isNew },
    unknown: { dataKey: 'unknownCount', name: unknownLabel, fill: colors.unknown },
  } as const;
  const series = AREA_SERIES_ORDER.filter((kind) => kind !== 'unknown' || hasUnknown).map(
    (kind) => byKind[kind],
  );
  const handleClick = (entry: unknown) => {
    const themeId = (entry as { payload?: { themeId?: unknown } }).payload?.themeId;
    if (typeof themeId === 'string') onSelectTheme(themeId);
  };
  return (
    <BarChart
      {...(isPrinting
        ? { width: PRINT_WIDTH, height: height as number }
        : { responsive: true, style: { width: '100%', height } })}
      accessibilityLayer={false}
      layout="vertical"
      data={bars}
      margin={{ top: 8, right: isRightToLeft ? 8 : 24, bottom: 8, left: isRightToLeft ? 24 : 8 }}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke={colors.grid} />
      <XAxis
        type="number"
        allowDecimals={false}
        reversed={isRightToLeft}
        tick={{ fill: colors.ink, fontSize }}
        stroke={colors.axis}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={isProjector ? 440 : isNarrow ? 120 : 200}
        orientation={isRightToLeft ? 'right' : 'left'}
        // SVG anchors text by its own direction: in a right-to-left page a label's "end" is its
        // left edge, so the labels on the right run outwards from the axis, as on the left.
        tick={{
          fill: colors.ink,
          fontSize: isNarrow ? 12 : fontSize,
          ...(isRightToLeft ? { textAnchor: 'end' } : {}),
        }}
        stroke={colors.axis}
      />
      <Legend itemSorter={null} wrapperStyle={{ color: colors.ink, fontSize }} />
      {series.map((bar) => (
        <Bar
          key={bar.dataKey}
          dataKey={bar.dataKey}
          name={bar.name}
          stackId="areas"
          fill={bar.fill}
          shape={renderThemeBar}
          onClick={handleClick}
          cursor="pointer"
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
});
