// What the bench measures and where (scripts/bench.mjs): one home for the numbers that its
// measures and its report (scripts/bench-markdown.mjs) both state.

import process from 'node:process';

export const PORT = Number(process.env.BENCH_PORT ?? 4180);
export const ONLY_INTERACTIONS = process.env.BENCH_ONLY === 'interactions';
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const REFERENCE_PORT = PORT + 1;
export const REFERENCE_ORIGIN = `http://127.0.0.1:${REFERENCE_PORT}`;
export const LIGHTHOUSE_RUNS = 5;
/**
 * The other languages' pages Lighthouse also runs (issue 19: each language's first view), the same
 * number of times; French is the root page. BENCH_LANGUAGES=none skips them, a list replaces them.
 */
export const BENCH_LANGUAGES =
  process.env.BENCH_LANGUAGES === 'none'
    ? []
    : (process.env.BENCH_LANGUAGES ?? 'en,ru,ar').split(',').filter(Boolean);
export const SAMPLES = 20;
export const AREAS = 2000;
export const PLANS = 50;
export const CPU_SLOWDOWN = 4;
