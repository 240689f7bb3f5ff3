// Pure parts of scripts/bench.mjs, tested by scripts/bench-report.test.mjs (node --test): medians,
// the side-by-side comparison with the naive reference dashboard, and the hand-written part of
// BENCHMARKS.md that a rewrite keeps.
import { formatKB } from './bundle-size.mjs';

/** BENCHMARKS.md: the bench writes everything above this line and keeps everything below it. */
export const HAND_WRITTEN_MARKER = '<!-- hand-written below: kept by npm run bench -->';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The medians of each key over Lighthouse runs. */
export function medians(runs, keys) {
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
}

/** ours / naive, or null when the naive figure is 0 (no ratio to give). */
export function ratio(ours, naive) {
  return naive === 0 ? null : ours / naive;
}

export const formatSeconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const formatMs = (ms) => `${Math.round(ms)} ms`;

/**
 * Rows of the side-by-side table: first load, FCP, LCP, TBT and performance, ours and the naive
 * dashboard's, with the ratio ours / naive (below 1: ours is smaller, faster or, for the
 * performance score only, lower).
 * @param {{ firstLoadBytes: number, lighthouse: Record<string, number> }} ours medians
 * @param {{ firstLoadBytes: number, lighthouse: Record<string, number> }} naive medians
 */
export function comparisonRows(ours, naive, runs) {
  const row = (measure, key, pick, format) => {
    const value = ratio(pick(ours), pick(naive));
    return {
      key,
      measure,
      ours: format(pick(ours)),
      naive: format(pick(naive)),
      ratio: value === null ? 'n/a (naive is 0)' : `${value.toFixed(2)}`,
      oursRaw: pick(ours),
      naiveRaw: pick(naive),
      ratioRaw: value,
    };
  };
  const lh = `Lighthouse mobile, median of ${runs}`;
  return [
    row('first load, gzip', 'firstLoad', (side) => side.firstLoadBytes, formatKB),
    row(`First Contentful Paint, ${lh}`, 'fcpMs', (side) => side.lighthouse.fcpMs, formatSeconds),
    row(`Largest Contentful Paint, ${lh}`, 'lcpMs', (side) => side.lighthouse.lcpMs, formatSeconds),
    row(`Total Blocking Time, ${lh}`, 'tbtMs', (side) => side.lighthouse.tbtMs, formatMs),
    row(`performance score, ${lh}`, 'performance', (side) => side.lighthouse.performance, String),
  ];
}

/**
 * The new BENCHMARKS.md: the generated text, the marker, and what the previous file held below
 * its marker (nothing when it had none).
 */
export function keepHandWritten(previous, generated) {
  const at = previous?.indexOf(HAND_WRITTEN_MARKER) ?? -1;
  const kept = at < 0 ? '' : previous.slice(at + HAND_WRITTEN_MARKER.length).replace(/^\n+/, '');
  return `${generated.trimEnd()}\n\n${HAND_WRITTEN_MARKER}\n${kept ? `\n${kept}` : ''}`;
}
