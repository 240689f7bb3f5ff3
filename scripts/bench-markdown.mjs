// What the bench (scripts/bench.mjs) writes: its result rows, with why a target is missed, and
// the tables of BENCHMARKS.md and of its own output.

import { formatMs, formatSeconds } from './bench-report.mjs';
import { medianOfSamples, SEARCH_WORD } from './bench-interactions.mjs';
import {
  AREAS,
  CPU_SLOWDOWN,
  LIGHTHOUSE_RUNS,
  PLANS,
  REFERENCE_PORT,
  SAMPLES,
} from './bench-settings.mjs';
import { checkBudgets, FILE_HEADERS, fileRows, formatKB, markdownTable } from './bundle-size.mjs';

export const ms = (value) => (value === null ? '< 16 ms' : `${Math.round(value)} ms`);

// Issue 13's targets (the result rows' keys, with a short name), all to be met in one run.
const ISSUE_13_TARGETS = {
  firstLoad: 'first load',
  performance: 'performance',
  lcp: 'LCP',
  tbt: 'TBT',
  cls: 'CLS',
};

/** The run whose figure is the median (the first such), to explain that figure. */
const medianRun = (lh, key) => lh.runs.find((r) => r[key] === lh.median[key]) ?? lh.runs[0];

function firstLoadWhy(sizes, reference) {
  const gzipOf = (kind) =>
    sizes.files
      .filter((file) => file.isFirstLoad && file.kind === kind)
      .reduce((sum, file) => sum + file.gzip, 0);
  const naive =
    reference.status === 'measured'
      ? ` The naive reference dashboard's first load is ${formatKB(reference.firstLoad.gzip)}.`
      : '';
  return (
    `index.html (the pre-rendered markup and the dataset) is ${formatKB(gzipOf('html'))}, the ` +
    `scripts ${formatKB(gzipOf('js'))} (React DOM, React, its scheduler and TanStack Query, the ` +
    `fixed stack, are about 77 KB of them), the stylesheets ${formatKB(gzipOf('css'))}.${naive} ` +
    'CI holds it under the ceiling in BUDGETS (scripts/bundle-size.mjs).'
  );
}

function lcpWhy(lh) {
  const element = medianRun(lh, 'lcpMs').lcpElement;
  const phases = Object.entries(element?.phases ?? {})
    .map(([phase, timing]) => `${phase} ${timing} ms`)
    .join(', ');
  return (
    `FCP is ${formatSeconds(lh.median.fcpMs)} (median).` +
    (element
      ? ` The largest element of the median run is "${element.label}" (${element.selector})` +
        (phases ? `; its phases: ${phases}.` : '.')
      : '') +
    " When that element is pre-rendered text painted at FCP, the gap is Lighthouse's " +
    'simulation: it adds to the LCP every request that ended before the observed paint (whose ' +
    'evaluation, for a script, it cannot see as it cannot for module scripts): look for requests ' +
    'made before the paint besides the page and its stylesheet (the boot script in ' +
    'prerender.config.ts asks for the app, the manifest and their icons after it).'
  );
}

function tbtWhy(lh) {
  const top = [...medianRun(lh, 'tbtMs').scriptTimeByUrl]
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 3)
    .map(
      (item) =>
        `${item.url === '/' ? 'the page (/)' : item.url} ${item.totalMs} ms ` +
        `(${item.scriptingMs} ms scripting)`,
    );
  return `The main thread's largest items in the median run (Lighthouse bootup-time, simulated mobile CPU): ${top.join(', ')}.`;
}

export function resultRows({ sizes, lighthouse: lh, interaction, reference }) {
  const rows = checkBudgets(sizes).map((check) => ({
    key: check.key,
    measure: check.label,
    target: `≤ ${formatKB(check.budget)}`,
    value: formatKB(check.value),
    raw: check.value,
    pass: check.isWithin,
    why: check.key === 'firstLoad' ? firstLoadWhy(sizes, reference) : null,
  }));
  const score = (label, key) => ({
    key,
    measure: `Lighthouse mobile, median of ${LIGHTHOUSE_RUNS}: ${label}`,
    target: '100',
    value: String(lh.median[key]),
    raw: lh.median[key],
    pass: lh.median[key] >= 100,
  });
  rows.push(
    score('performance', 'performance'),
    score('accessibility', 'accessibility'),
    score('best practices', 'bestPractices'),
    score('SEO', 'seo'),
    {
      key: 'lcp',
      measure: `Largest Contentful Paint, Lighthouse mobile, median of ${LIGHTHOUSE_RUNS}`,
      target: '≤ 1.0 s',
      value: formatSeconds(lh.median.lcpMs),
      raw: lh.median.lcpMs,
      pass: lh.median.lcpMs <= 1000,
      why: lcpWhy(lh),
    },
    {
      key: 'tbt',
      measure: `Total Blocking Time, Lighthouse mobile, median of ${LIGHTHOUSE_RUNS}`,
      target: '≤ 50 ms',
      value: formatMs(lh.median.tbtMs),
      raw: lh.median.tbtMs,
      pass: lh.median.tbtMs <= 50,
      why: tbtWhy(lh),
    },
    {
      key: 'cls',
      measure: `Cumulative Layout Shift, Lighthouse mobile, median of ${LIGHTHOUSE_RUNS}`,
      target: '0',
      value: lh.median.cls === 0 ? '0' : lh.median.cls.toFixed(4),
      raw: lh.median.cls,
      pass: lh.median.cls === 0,
    },
  );
  const interactionRow = (key, label, values, budget, condition) => {
    const value = medianOfSamples(values);
    return {
      key,
      measure: `filter: ${label} at ${AREAS.toLocaleString('en')} areas${condition}, median of ${SAMPLES}`,
      target: `≤ ${budget} ms`,
      value: ms(value),
      raw: value,
      pass: (value ?? 0) <= budget,
    };
  };
  const slow = `, ${CPU_SLOWDOWN}× CPU slowdown`;
  rows.push(
    interactionRow('toggle', 'theme toggle click', interaction.normal.toggle, 50, ''),
    interactionRow('search', 'typing in the search box', interaction.normal.search, 50, ''),
    interactionRow('toggleSlowed', 'theme toggle click', interaction.slowed.toggle, 200, slow),
    interactionRow(
      'searchSlowed',
      'typing in the search box',
      interaction.slowed.search,
      200,
      slow,
    ),
  );
  return rows;
}

export function summaryTable(rows) {
  return markdownTable(
    ['measure', 'target', 'value', 'result'],
    rows.map((row) => [row.measure, row.target, row.value, row.pass ? 'pass' : 'FAIL']),
    ['left', 'right', 'right', 'left'],
  );
}

/** One line: issue 13's five targets in this run. */
export function issue13Line(rows) {
  const targets = rows.filter((row) => row.key in ISSUE_13_TARGETS);
  const name = (row) => ISSUE_13_TARGETS[row.key];
  const missed = targets.filter((row) => !row.pass);
  const list = targets.map((row) => `${name(row)} ${row.value} (target ${row.target})`).join('; ');
  return missed.length === 0
    ? `Issue 13, this run: all ${targets.length} targets met: ${list}.`
    : `Issue 13, this run: ${missed.length} of ${targets.length} targets missed ` +
        `(${missed.map(name).join(', ')}): ${list}.`;
}

function comparisonTable(comparison) {
  return markdownTable(
    ['measure', 'ours', 'naive dashboard', 'ours / naive'],
    comparison.map((row) => [row.measure, row.ours, row.naive, row.ratio]),
    ['left', 'right', 'right', 'right'],
  );
}

/** The side-by-side table, or the one line saying why there is none. */
export function referenceText(reference) {
  if (reference.status === 'measured') return comparisonTable(reference.comparison);
  if (reference.status === 'absent') {
    return `The naive reference dashboard is absent (${reference.path}): no comparison.`;
  }
  return `The naive reference dashboard could not be measured: ${reference.error}`;
}

export function sampleTable(interaction) {
  const line = (values) => values.map((value) => (value === null ? '<16' : value)).join(' ');
  return markdownTable(
    ['interaction', 'no slowdown (ms)', `${CPU_SLOWDOWN}× CPU slowdown (ms)`],
    [
      ['theme toggle click', line(interaction.normal.toggle), line(interaction.slowed.toggle)],
      [
        'typing in the search box',
        line(interaction.normal.search),
        line(interaction.slowed.search),
      ],
    ],
  );
}

export function lighthouseTable(lh) {
  return markdownTable(
    ['run', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    lh.runs.map((r, i) => [
      String(i + 1),
      r.performance,
      r.accessibility,
      r.bestPractices,
      r.seo,
      formatSeconds(r.fcpMs),
      formatSeconds(r.lcpMs),
      formatMs(r.tbtMs),
      r.cls.toFixed(4),
    ]),
  );
}

function referenceMarkdown(reference) {
  const how =
    `The naive dashboard is \`${reference.path}\` (12 cards, one recharts chart behind ` +
    'React.lazy, one TanStack query, zod, Tailwind, on our stack), copied to a scratch folder, ' +
    'installed from its own lockfile (`npm ci`), built with its own script (`npm run build`) and ' +
    `served by its own \`vite preview\` on port ${REFERENCE_PORT}. Its first load is measured as ` +
    'ours (scripts/bundle-size.mjs `measureFirstLoad`, gzip level 9): its index.html, the entry ' +
    'script and stylesheet with their static imports, and the data.json its query fetches at ' +
    'start (its chart chunk loads once the data has arrived, as ours loads the chart on demand: ' +
    `neither counts it). Lighthouse as ours, ${LIGHTHOUSE_RUNS} runs each, alternating (ours, ` +
    "the naive one, ours, …) so that the machine's load falls on both alike; medians. The ratio " +
    'is ours / naive: below 1, ours is smaller or faster (for the performance score, lower).';
  if (reference.status !== 'measured') return `${referenceText(reference)}\n`;
  return `${referenceText(reference)}

${how}

Its first load:

${markdownTable(
  ['file', 'raw', 'gzip', 'brotli'],
  reference.firstLoad.files.map((file) => [
    file.path,
    formatKB(file.raw),
    formatKB(file.gzip),
    formatKB(file.brotli),
  ]),
  ['left', 'right', 'right', 'right'],
)}

Its Lighthouse runs:

${lighthouseTable(reference.lighthouse)}
`;
}

export function benchmarksMarkdown(report, rows) {
  const failing = [
    ...new Set(
      report.lighthouse.runs.flatMap((r) => [
        ...r.failingAudits.accessibility,
        ...r.failingAudits.bestPractices,
        ...r.failingAudits.seo,
      ]),
    ),
  ];
  const failingNote =
    failing.length > 0
      ? `\nLighthouse audits that lost points in at least one run: ${failing.map((id) => `\`${id}\``).join(', ')}.\n`
      : '';
  const missed = rows.filter((row) => !row.pass && row.why);
  const missedNote =
    missed.length > 0
      ? `\n## Targets not met, and why\n\n${missed.map((row) => `- **${row.measure}** (${row.value}, target ${row.target}): ${row.why}`).join('\n')}\n`
      : '';
  const { machine: m } = report;
  return `# Benchmarks

Figures of \`npm run bench\` (scripts/bench.mjs) for the targets of issues 6 and 13, written by the
benchmark itself; bench/latest.json holds the same with every sample. The section at the end, below
the marker line, is written by hand and kept when the benchmark rewrites this file.

- Date: ${m.date}
- Machine: Node ${m.node}, ${m.nproc} cores (nproc), CPU ${m.cpu}, ${m.chromium}
- Load average (1 min) at start and end: ${m.loadAverageAtStart} and ${m.loadAverageAtEnd} (other work
  on the machine slows every timing; sizes do not depend on it)

## Targets

${summaryTable(rows)}

${issue13Line(rows)}

Sizes: KB = 1000 bytes, gzip level 9 (Node zlib), brotli quality 11. The first load is index.html,
the scripts and stylesheets it references with their static imports (index.html carries the dataset;
the page does not fetch data/plans.json). "Everything"
is every .js, .css, .html, .json and .webmanifest file of the build except source maps: the service
worker and its Workbox runtime count; the icons (images) do not and are listed below for the record.
Lighthouse: default mobile configuration (simulated throttling), ${LIGHTHOUSE_RUNS} runs, each in a
fresh Chromium profile, median of each figure. Interactions: Chromium through Playwright at 1280×800
with a generated dataset of ${PLANS} plans and ${AREAS} areas in the featured plan (seed 1) served as
data/plans.json (the page's own copy of the bundled dataset removed, so the app fetches it); one interaction's value is its longest Event Timing \`event\` entry (as for INP),
"< 16 ms" when Chromium reported none (its lowest threshold).
${failingNote}${missedNote}
## Side by side with a naive dashboard

${referenceMarkdown(report.reference)}
## Every file of the build

${markdownTable(FILE_HEADERS, fileRows(report.sizes), ['left', 'right', 'right', 'right'])}

## Lighthouse runs

${lighthouseTable(report.lighthouse)}

## Interaction samples

Theme toggle: the first theme button clicked ${SAMPLES} times (on, off, …; ${AREAS} areas, then
${report.interaction.narrowedTo}). Search: "${SEARCH_WORD}" typed then erased key by key.

${sampleTable(report.interaction)}
`;
}
