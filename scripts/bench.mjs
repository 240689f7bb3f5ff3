// The speed benchmark of issues 6 and 13 (`npm run bench`): builds the app into a temp folder,
// serves it with `vite preview` on port 4180, measures every target and prints one table, then the
// same measures side by side with the naive reference dashboard (issue 13). Writes the same to
// bench/latest.json and BENCHMARKS.md. About 6 minutes on 2 cores (7 the first time, when the
// reference is installed).
//
// - BENCH_PORT serves on another port (default 4180; the reference on the next one), so that two
//   benches can share a machine.
// - BENCH_ONLY=interactions measures the filter interactions only (no Lighthouse, no reference)
//   and prints their medians and samples; bench/latest.json and BENCHMARKS.md are left as they are.
//
// - Sizes: scripts/bundle-size.mjs (what counts as first load and as everything is defined there,
//   and the first-load target, BUDGETS.firstLoad.bytes).
// - Lighthouse 12 (node_modules/.bin/lighthouse), default mobile config (simulated throttling),
//   5 runs, median of each score and metric. Debian's Chromium (CHROME_PATH, default
//   /usr/bin/chromium); each run launches its own Chromium with a fresh temporary profile.
// - The naive reference dashboard (scripts/stack-floor.mjs: ../shared/reference/stack-floor,
//   built in a scratch folder and served by its own `vite preview` on BENCH_PORT + 1): its first
//   load measured as ours (scripts/bundle-size.mjs measureFirstLoad: its page, entry script and
//   stylesheet, their static imports, and the data.json its query fetches at start), and
//   Lighthouse as ours, the runs alternating (ours, the reference, ours, …) so that a change in the
//   machine's load falls on both. When the folder is absent the bench says so and goes on.
// - Filter interactions at 2,000 areas: Chromium through Playwright, with the dataset from
//   scripts/generate-dataset.mjs served in place of data/plans.json. The value of one interaction
//   is the largest Event Timing `event` entry duration of that interaction (what INP takes), median
//   of 20; Chromium reports no entry below 16 ms, so such an interaction counts as "< 16 ms". Then
//   the same with a 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate).
/* global window, document, performance, PerformanceObserver, requestAnimationFrame, setTimeout */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath, URL } from 'node:url';
import { chromium } from '@playwright/test';
import * as prettier from 'prettier';
import {
  BUDGETS,
  checkBudgets,
  FILE_HEADERS,
  fileRows,
  formatKB,
  markdownTable,
  measureBuild,
  measureFirstLoad,
} from './bundle-size.mjs';
import {
  comparisonRows,
  formatMs,
  formatSeconds,
  keepHandWritten,
  median,
  medians,
} from './bench-report.mjs';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';
import { dropBundledDataset } from './drop-bundled-dataset.mjs';
import { generateDataset } from './generate-dataset.mjs';
import { buildStackFloor, STACK_FLOOR_FETCHED_AT_LOAD, stackFloorSource } from './stack-floor.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const ONLY_INTERACTIONS = process.env.BENCH_ONLY === 'interactions';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const REFERENCE_PORT = PORT + 1;
const REFERENCE_ORIGIN = `http://127.0.0.1:${REFERENCE_PORT}`;
const LIGHTHOUSE_RUNS = 5;
const SAMPLES = 20;
const AREAS = 2000;
const PLANS = 50;
const CPU_SLOWDOWN = 4;
// The French UI (the default): the theme buttons' group and the search box, by role and name.
const THEMES_GROUP = 'Thèmes';
const SEARCH_BOX = 'Rechercher un domaine';
const AREA_LIST = 'ul[aria-label="Domaines thématiques"] > li';
const COUNT_STATUS = '#areas [role="status"][aria-live="polite"]';
// Typed then erased one key at a time: 20 keystrokes, from 2,000 cards down to a few and back.
const SEARCH_WORD = 'prevention';

const startedAt = Date.now();
const log = (message) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - startedAt) / 1000)} s] ${message}\n`);

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const chromiumVersion = (() => {
    try {
      return run(CHROME_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return `unknown (${CHROME_PATH})`;
    }
  })();
  return {
    date: run('date', ['-u']).trim(),
    // Other work on the machine slows every figure: the 1-minute load average says how busy it was.
    loadAverageAtEnd: Number(loadavg()[0].toFixed(2)),
    node: process.version,
    nproc: Number(run('nproc', []).trim()),
    cpu: model,
    chromium: chromiumVersion,
  };
}

function isServing(origin) {
  return new Promise((resolve) => {
    const req = request(`${origin}/`, { method: 'HEAD', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

/** `vite preview` of a build on a port; `cwd` is the project whose vite and config serve it. */
async function startPreview({ cwd = '.', outDir = 'dist', port }) {
  const origin = `http://127.0.0.1:${port}`;
  if (await isServing(origin)) {
    throw new Error(`port ${port} is already in use: stop what runs there`);
  }
  const server = spawn(
    join(cwd, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!(await isServing(origin))) {
    if (server.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`vite preview did not answer:\n${output}`);
    await delay(200);
  }
  return server;
}

async function stopPreview(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timeout = delay(5000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') server.kill('SIGKILL');
}

/** The largest element's label and the LCP phases (Lighthouse's largest-contentful-paint-element). */
function lcpElement(audit) {
  const tables = audit?.details?.items ?? [];
  const node = tables[0]?.items?.[0]?.node;
  const phases = Object.fromEntries(
    (tables[1]?.items ?? []).map((item) => [String(item.phase), Math.round(item.timing)]),
  );
  return node ? { label: node.nodeLabel ?? null, selector: node.selector ?? null, phases } : null;
}

function lighthouseOnce(workDir, origin, name) {
  const outputPath = join(workDir, `lighthouse-${name}.json`);
  run(
    'node_modules/.bin/lighthouse',
    [
      `${origin}/`,
      `--chrome-flags=--headless --no-sandbox ${CHROME_FLAGS.join(' ')}`,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${outputPath}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(outputPath, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = (id) =>
    (report.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    fcpMs: report.audits['first-contentful-paint'].numericValue,
    lcpElement: lcpElement(report.audits['largest-contentful-paint-element']),
    // Where the main thread went (Lighthouse's bootup-time audit), to explain TBT.
    scriptTimeByUrl: (report.audits['bootup-time']?.details?.items ?? []).map((item) => ({
      url: String(item.url).replace(origin, ''),
      totalMs: Math.round(item.total),
      scriptingMs: Math.round(item.scripting),
      parseCompileMs: Math.round(item.scriptParseCompile),
    })),
    failingAudits: {
      accessibility: failing('accessibility'),
      bestPractices: failing('best-practices'),
      seo: failing('seo'),
    },
  };
}

const LIGHTHOUSE_KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'fcpMs',
  'lcpMs',
  'tbtMs',
  'cls',
];

/**
 * LIGHTHOUSE_RUNS runs of each site, alternating (run 1 of each, then run 2, …): the machine's load
 * changes over minutes, and this way it weighs on every site alike.
 * @param {Record<string, string>} origins site name -> origin
 */
function lighthouse(workDir, origins) {
  const runs = Object.fromEntries(Object.keys(origins).map((name) => [name, []]));
  for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
    for (const [name, origin] of Object.entries(origins)) {
      log(`Lighthouse run ${i}/${LIGHTHOUSE_RUNS} (${name}, ${origin})`);
      runs[name].push(lighthouseOnce(workDir, origin, `${name}-${i}`));
    }
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { median: medians(list, LIGHTHOUSE_KEYS), runs: list },
    ]),
  );
}

/** In the page: keeps every Event Timing entry of 16 ms or more (the lowest threshold allowed). */
function observeEventTiming() {
  window.__benchEvents = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchEvents.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** In the page: the time origin of the next interaction, after the page has drawn a frame. */
async function markInteractionStart() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  window.__benchEvents = [];
  return performance.now();
}

/**
 * In the page: the interaction's latency (its longest event entry), or null when Chromium
 * reported none (every event under 16 ms). Entries arrive after the frame that follows the
 * interaction is presented, so wait for that frame and then for the entries.
 */
async function interactionLatency({ since, lastEvent }) {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const entries = () =>
    window.__benchEvents.filter((entry) => entry.startTime >= since && entry.interactionId > 0);
  for (let waited = 0; waited < 300; waited += 20) {
    if (entries().some((entry) => entry.name === lastEvent)) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const durations = entries().map((entry) => entry.duration);
  return durations.length > 0 ? Math.max(...durations) : null;
}

async function sample(page, count, lastEvent, act, verify) {
  const values = [];
  for (let i = 0; i < count; i++) {
    const since = await page.evaluate(markInteractionStart);
    await act(i);
    values.push(await page.evaluate(interactionLatency, { since, lastEvent }));
    await verify(i);
  }
  return values;
}

/** Median where null (below the 16 ms reporting threshold) sorts below every reported value. */
function medianOfSamples(values) {
  const sorted = values.map((value) => value ?? -1);
  const value = median(sorted);
  return value < 0 ? null : value;
}

async function interactions(datasetPath) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
    headless: true,
  });
  try {
    // No service worker: it would answer data/plans.json itself, past the route below.
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    await context.route('**/data/plans.json', (route) =>
      route.fulfill({ path: datasetPath, contentType: 'application/json' }),
    );
    const page = await context.newPage();
    // The built page carries the bundled dataset (pre-rendered with it): take that copy out as the
    // parser adds it, so the app loads the generated one through the route above.
    await page.addInitScript(dropBundledDataset);
    await page.addInitScript(observeEventTiming);
    await page.goto(`${ORIGIN}/`);
    // The grid draws its first cards and the rest on request: count the areas shown from the
    // live count ("2 000 domaines affichés sur 2 000"), and check cards are drawn.
    const readCount = async () => {
      const text = (await page.locator(COUNT_STATUS).textContent()) ?? '';
      const match = /^(\d+)/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
      return match ? Number(match[1]) : 0;
    };
    // The count follows the controls in a deferred render: give it a moment to settle.
    const areaCount = async () => {
      let previous = -1;
      for (let i = 0; i < 50; i += 1) {
        const count = await readCount();
        if (count === previous) return count;
        previous = count;
        await page.waitForTimeout(100);
      }
      return previous;
    };
    await page.waitForFunction(
      ({ selector, status, count }) =>
        document.querySelectorAll(selector).length > 0 &&
        (document.querySelector(status)?.textContent ?? '')
          .replace(/[\s\u00a0\u202f]/g, '')
          .startsWith(String(count)),
      { selector: AREA_LIST, status: COUNT_STATUS, count: AREAS },
      { timeout: 60_000 },
    );
    const themeButton = page.getByRole('group', { name: THEMES_GROUP }).getByRole('button').first();
    const searchBox = page.getByRole('searchbox', { name: SEARCH_BOX });
    const keys = [...SEARCH_WORD, ...Array.from(SEARCH_WORD, () => 'Backspace')];
    if (keys.length !== SAMPLES) throw new Error('SEARCH_WORD must be half as long as SAMPLES');
    const cdp = await context.newCDPSession(page);

    // A plain mouse click where the button is: locator.click() would first wait for the page to
    // be still, which takes long under CPU slowdown and measures nothing more.
    const clickThemeButton = async () => {
      const box = await themeButton.boundingBox();
      if (!box) throw new Error('the theme button is not on screen');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    const expectPressed = async (i) => {
      const pressed = await themeButton.getAttribute('aria-pressed');
      if (pressed !== String(i % 2 === 0)) throw new Error(`click ${i + 1} did not toggle`);
    };
    const expectQuery = async (i) => {
      const typed = i < SEARCH_WORD.length ? i + 1 : 2 * SEARCH_WORD.length - i - 1;
      if ((await searchBox.inputValue()) !== SEARCH_WORD.slice(0, typed)) {
        throw new Error(`key ${i + 1} did not reach the search box`);
      }
    };
    const measureAll = async (label) => {
      log(`theme toggle ×${SAMPLES} (${label})`);
      await themeButton.scrollIntoViewIfNeeded();
      const toggle = await sample(page, SAMPLES, 'click', clickThemeButton, expectPressed);
      log(`search typing ×${SAMPLES} (${label})`);
      await searchBox.focus();
      const search = await sample(
        page,
        SAMPLES,
        'keyup',
        (i) => page.keyboard.press(keys[i]),
        expectQuery,
      );
      if ((await areaCount()) !== AREAS) throw new Error('the grid did not come back to all areas');
      return { toggle, search };
    };

    // A filter must filter: the toggle narrows the grid, or the measure means nothing.
    await themeButton.click();
    const narrowed = await areaCount();
    await themeButton.click();
    if (!(narrowed > 0 && narrowed < AREAS)) throw new Error(`toggle left ${narrowed} areas`);

    const normal = await measureAll('no slowdown');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const slowed = await measureAll(`${CPU_SLOWDOWN}× CPU slowdown`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { normal, slowed, narrowedTo: narrowed };
  } finally {
    await browser.close();
  }
}

const ms = (value) => (value === null ? '< 16 ms' : `${Math.round(value)} ms`);

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

function resultRows({ sizes, lighthouse: lh, interaction, reference }) {
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

function summaryTable(rows) {
  return markdownTable(
    ['measure', 'target', 'value', 'result'],
    rows.map((row) => [row.measure, row.target, row.value, row.pass ? 'pass' : 'FAIL']),
    ['left', 'right', 'right', 'left'],
  );
}

/** One line: issue 13's five targets in this run. */
function issue13Line(rows) {
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
function referenceText(reference) {
  if (reference.status === 'measured') return comparisonTable(reference.comparison);
  if (reference.status === 'absent') {
    return `The naive reference dashboard is absent (${reference.path}): no comparison.`;
  }
  return `The naive reference dashboard could not be measured: ${reference.error}`;
}

function sampleTable(interaction) {
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

function lighthouseTable(lh) {
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

function benchmarksMarkdown(report, rows) {
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

async function writeFormatted(path, text) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

/**
 * Builds the naive reference dashboard when its folder is there (scripts/stack-floor.mjs). Never
 * throws: a reference that cannot be built is reported, and our figures are still measured.
 */
function prepareReference(workDir) {
  const source = stackFloorSource(process.cwd());
  const path = relative(process.cwd(), source) || '.';
  if (!existsSync(join(source, 'package.json'))) {
    log(`naive reference dashboard: ${path} is absent; measuring ours alone`);
    return { status: 'absent', path };
  }
  try {
    const built = buildStackFloor({
      source,
      workDir,
      cacheRoot: join('node_modules', '.cache', 'stack-floor'),
      log,
    });
    return { status: 'built', path, ...built };
  } catch (error) {
    const stderr = error?.stderr
      ? ` ${String(error.stderr).trim().split('\n').slice(-5).join(' ')}`
      : '';
    const message = `${error instanceof Error ? error.message.split('\n')[0] : String(error)}${stderr}`;
    log(`naive reference dashboard: not measured (${message})`);
    return { status: 'failed', path, error: message };
  }
}

async function main() {
  // Paths below (node_modules/.bin, bench/, BENCHMARKS.md) are the repository's.
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`no Chromium at ${CHROME_PATH}: apt-get install chromium, or set CHROME_PATH`);
  }
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const workDir = mkdtempSync(join(tmpdir(), 'joint-action-plans-bench-'));
  const outDir = join(workDir, 'dist');
  let server;
  let referenceServer;
  let built;
  const cleanUp = async () => {
    await stopPreview(server);
    await stopPreview(referenceServer);
    built?.release?.();
    rmSync(workDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    log(`building into ${outDir}`);
    run(
      'node_modules/.bin/vite',
      ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const sizes = measureBuild(outDir);

    const datasetPath = join(workDir, `plans-${AREAS}-areas.json`);
    writeFileSync(datasetPath, JSON.stringify(generateDataset({ plans: PLANS, areas: AREAS })));

    server = await startPreview({ outDir, port: PORT });
    log(`serving ${ORIGIN}`);
    if (ONLY_INTERACTIONS) {
      const interaction = await interactions(datasetPath);
      const line = (label, values) => `${label}: ${ms(medianOfSamples(values))}\n`;
      process.stdout.write(
        `\n${line('theme toggle', interaction.normal.toggle)}` +
          line('search typing', interaction.normal.search) +
          line(`theme toggle, ${CPU_SLOWDOWN}× CPU slowdown`, interaction.slowed.toggle) +
          line(`search typing, ${CPU_SLOWDOWN}× CPU slowdown`, interaction.slowed.search) +
          `\n${sampleTable(interaction)}\n`,
      );
      log(`load average (1 min) at start ${loadAverageAtStart}, at end ${loadavg()[0].toFixed(2)}`);
      return;
    }

    built = prepareReference(workDir);
    let reference = { status: built.status, path: built.path, error: built.error };
    const origins = { ours: ORIGIN };
    if (built.status === 'built') {
      try {
        const firstLoad = measureFirstLoad(built.distDir, {
          fetchedAtLoad: STACK_FLOOR_FETCHED_AT_LOAD,
        });
        referenceServer = await startPreview({ cwd: built.dir, port: REFERENCE_PORT });
        log(`serving the naive reference dashboard at ${REFERENCE_ORIGIN}`);
        origins.naive = REFERENCE_ORIGIN;
        reference = { ...reference, status: 'measured', firstLoad };
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`naive reference dashboard: not measured (${message})`);
        reference = { ...reference, status: 'failed', error: message };
      }
    }
    const lh = lighthouse(workDir, origins);
    await stopPreview(referenceServer);
    built.release?.();
    if (reference.status === 'measured') {
      reference.lighthouse = lh.naive;
      reference.comparison = comparisonRows(
        { firstLoadBytes: sizes.firstLoad.gzip, lighthouse: lh.ours.median },
        { firstLoadBytes: reference.firstLoad.gzip, lighthouse: lh.naive.median },
        LIGHTHOUSE_RUNS,
      );
    }
    const interaction = await interactions(datasetPath);

    const report = {
      machine: { ...machine(), loadAverageAtStart },
      budgets: BUDGETS,
      sizes,
      lighthouse: lh.ours,
      interaction,
      reference,
    };
    const rows = resultRows(report);
    process.stdout.write(
      `\n${summaryTable(rows)}\n\n${issue13Line(rows)}\n\n` +
        `Side by side with the naive dashboard (${reference.path}):\n\n` +
        `${referenceText(reference)}\n\n` +
        `${markdownTable(FILE_HEADERS, fileRows(sizes), ['left', 'right', 'right', 'right'])}\n\n` +
        `Lighthouse runs, ours:\n\n${lighthouseTable(lh.ours)}\n\n` +
        (lh.naive
          ? `Lighthouse runs, the naive dashboard:\n\n${lighthouseTable(lh.naive)}\n\n`
          : '') +
        `${sampleTable(interaction)}\n`,
    );

    mkdirSync('bench', { recursive: true });
    await writeFormatted(
      'bench/latest.json',
      JSON.stringify({ ...report, results: rows }, null, 2),
    );
    const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : null;
    await writeFormatted(
      'BENCHMARKS.md',
      keepHandWritten(previous, benchmarksMarkdown(report, rows)),
    );
    log('wrote bench/latest.json and BENCHMARKS.md');
    const failed = rows.filter((row) => !row.pass).length;
    log(failed === 0 ? 'every target holds' : `${failed} of ${rows.length} targets missed`);
  } finally {
    await cleanUp();
  }
}

try {
  await main();
} catch (error) {
  const stderr = error?.stderr ? `\n${String(error.stderr).trim()}` : '';
  log(`failed: ${error instanceof Error ? error.message : String(error)}${stderr}`);
  process.exitCode = 1;
}
