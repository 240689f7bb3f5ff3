// Lighthouse for the bench (scripts/bench.mjs): its runs of each site, alternating, and the
// figures kept from each report.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import { medians } from './bench-report.mjs';
import { log, run } from './bench-process.mjs';
import { LIGHTHOUSE_RUNS } from './bench-settings.mjs';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';

/** The largest element's label and the LCP phases (Lighthouse's largest-contentful-paint-element). */
function lcpElement(audit) {
  const tables = audit?.details?.items ?? [];
  const node = tables[0]?.items?.[0]?.node;
  const phases = Object.fromEntries(
    (tables[1]?.items ?? []).map((item) => [String(item.phase), Math.round(item.timing)]),
  );
  return node ? { label: node.nodeLabel ?? null, selector: node.selector ?? null, phases } : null;
}

function lighthouseOnce(workDir, address, name) {
  // An origin ("http://127.0.0.1:4180") is measured at its root; a page's address as it is.
  const url = /^https?:\/\/[^/]+$/.test(address) ? `${address}/` : address;
  const { origin } = new URL(url);
  const outputPath = join(workDir, `lighthouse-${name}.json`);
  run(
    'node_modules/.bin/lighthouse',
    [
      url,
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
export function lighthouse(workDir, origins) {
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
