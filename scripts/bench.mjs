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
// Its parts: what it measures and where (bench-settings.mjs), its processes and servers
// (bench-process.mjs), Lighthouse (bench-lighthouse.mjs), the filter interactions
// (bench-interactions.mjs), what it writes (bench-markdown.mjs; its pure helpers, tested, in
// bench-report.mjs).
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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import * as prettier from 'prettier';
import {
  BUDGETS,
  FILE_HEADERS,
  fileRows,
  markdownTable,
  measureBuild,
  measureFirstLoad,
} from './bundle-size.mjs';
import { interactions, medianOfSamples } from './bench-interactions.mjs';
import { lighthouse } from './bench-lighthouse.mjs';
import {
  benchmarksMarkdown,
  issue13Line,
  lighthouseTable,
  ms,
  referenceText,
  resultRows,
  sampleTable,
  summaryTable,
} from './bench-markdown.mjs';
import { log, machine, run, startPreview, stopPreview } from './bench-process.mjs';
import { comparisonRows, keepHandWritten } from './bench-report.mjs';
import {
  AREAS,
  BENCH_LANGUAGES,
  CPU_SLOWDOWN,
  LIGHTHOUSE_RUNS,
  ONLY_INTERACTIONS,
  ORIGIN,
  PLANS,
  PORT,
  REFERENCE_ORIGIN,
  REFERENCE_PORT,
} from './bench-settings.mjs';
import { CHROME_PATH } from './chromium.mjs';
import { generateDataset } from './generate-dataset.mjs';
import { buildStackFloor, STACK_FLOOR_FETCHED_AT_LOAD, stackFloorSource } from './stack-floor.mjs';

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

/** LCP, TBT, CLS, performance and first-view bytes of the French page and each page benched. */
function languageTable(lh, sizes) {
  const rows = [['fr', lh.ours, sizes.firstLoad.gzip]].concat(
    BENCH_LANGUAGES.map((locale) => [
      locale,
      lh[`page-${locale}`],
      sizes.languages.find((page) => page.locale === locale)?.gzip ?? 0,
    ]),
  );
  return markdownTable(
    ['page', 'LCP', 'TBT', 'CLS', 'performance', 'first view'],
    rows.map(([locale, result, bytes]) => [
      locale,
      `${(result.median.lcpMs / 1000).toFixed(2)} s`,
      `${Math.round(result.median.tbtMs)} ms`,
      result.median.cls.toFixed(3),
      String(result.median.performance),
      `${(bytes / 1000).toFixed(2)} KB`,
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );
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
        // The pages name each other at full addresses, as a deployment would (Lighthouse's SEO).
        env: { ...process.env, SITE_URL: ORIGIN },
      },
    );
    const sizes = measureBuild(outDir);

    const datasetPath = join(workDir, `plans-${AREAS}-areas.json`);
    writeFileSync(datasetPath, JSON.stringify(generateDataset({ plans: PLANS, areas: AREAS })));

    server = await startPreview({ outDir, port: PORT });
    log(`serving ${ORIGIN}`);
    if (ONLY_INTERACTIONS) {
      const interaction = await interactions(ORIGIN, datasetPath);
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
    // The French page as a French browser sees it on a first visit: Lighthouse's Chrome reads
    // English, and the root page would send it to /en/ (prerender.config.ts); `lang=fr`, the
    // page's own, is what a French browser's visit amounts to (the boot script drops it).
    const origins = { ours: `${ORIGIN}/?lang=fr` };
    for (const locale of BENCH_LANGUAGES) origins[`page-${locale}`] = `${ORIGIN}/${locale}/`;
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
    const interaction = await interactions(ORIGIN, datasetPath);

    const report = {
      machine: { ...machine(), loadAverageAtStart },
      budgets: BUDGETS,
      sizes,
      lighthouse: lh.ours,
      languages: Object.fromEntries(
        BENCH_LANGUAGES.map((locale) => [locale, lh[`page-${locale}`].median]),
      ),
      interaction,
      reference,
    };
    const rows = resultRows(report);
    process.stdout.write(
      `\n${summaryTable(rows)}\n\n${issue13Line(rows)}\n\n` +
        `Side by side with the naive dashboard (${reference.path}):\n\n` +
        `${referenceText(reference)}\n\n` +
        `${markdownTable(FILE_HEADERS, fileRows(sizes), ['left', 'right', 'right', 'right'])}\n\n` +
        `Each language's page (Lighthouse medians of ${LIGHTHOUSE_RUNS} runs; first view with its ` +
        `messages, gzip):\n\n${languageTable(lh, sizes)}\n\n` +
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
