/** The chart's colours, shared by the screen chart and the downloaded image. */
// Light colours pass WCAG non-text contrast (3:1) against white and against each other.
// In the dark scheme the same hues, lighter, keep 3:1 against the dark card.
export const CHART_PALETTES = {
  light: {
    isNew: '#b45309',
    continuing: '#1e3a8a',
    unknown: '#64748b',
    ink: '#0f172a',
    axis: '#475569',
    grid: '#cbd5e1',
    muted: '#334155',
  },
  dark: {
    isNew: '#fbbf24',
    continuing: '#93c5fd',
    unknown: '#cbd5e1',
    ink: '#f1f5f9',
    axis: '#94a3b8',
    grid: '#475569',
    muted: '#cbd5e1',
  },
} as const;

/**
 * The order of the stacked series, left to right in a bar and in the legend, for every chart of
 * the areas (the page, the deck, the PowerPoint): what continues, then what is new, then what no
 * source says.
 */
export const AREA_SERIES_ORDER = ['continuing', 'isNew', 'unknown'] as const;

export type AreaSeriesKind = (typeof AREA_SERIES_ORDER)[number];
