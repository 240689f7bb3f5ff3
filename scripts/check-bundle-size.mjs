// CI gate for the size budgets of issue 6, on a build that already exists:
//
//   node scripts/check-bundle-size.mjs [dist]
//
// Prints every file's size and each budget's target (issue 6: first load ≤ 100 KB, everything ≤
// 250 KB; issue 10: the on-demand PowerPoint writer ≤ 150 KB; gzip, KB = 1000 bytes) with its
// result. Fails (exit 1) when a measure exceeds its CI
// gate: the target itself for everything; for the first load, which misses its target, a ceiling
// just above today's figure (see BUDGETS in scripts/bundle-size.mjs, where what counts is defined).
// Deterministic: the same build always gives the same figures.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import {
  checkBudgets,
  FILE_HEADERS,
  fileRows,
  formatKB,
  markdownTable,
  measureBuild,
} from './bundle-size.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  process.stderr.write(`No build in ${dir} (index.html missing): run the build first.\n`);
  process.exit(2);
}

const sizes = measureBuild(dir);
const checks = checkBudgets(sizes);

process.stdout.write(
  `Bundle sizes of ${dir} (gzip level 9; KB = 1000 bytes)\n\n` +
    `${markdownTable(FILE_HEADERS, fileRows(sizes), ['left', 'right', 'right', 'right'])}\n\n` +
    `${markdownTable(
      ['measure', 'target', 'value', 'result', 'CI gate', 'gate'],
      checks.map((check) => [
        check.label,
        `≤ ${formatKB(check.budget)}`,
        formatKB(check.value),
        check.isWithin ? 'pass' : 'FAIL',
        `≤ ${formatKB(check.gate)}`,
        check.isWithinGate ? 'pass' : 'FAIL',
      ]),
      ['left', 'right', 'right', 'left', 'right'],
    )}\n`,
);

process.stdout.write(
  `\nEach language's page, first load / shown and running, its messages included (gzip): fr ` +
    `${formatKB(sizes.firstLoad.gzip)} / ${formatKB(sizes.awake?.gzip ?? sizes.firstLoad.gzip)}, ` +
    `${sizes.languages
      .map((page) => `${page.locale} ${formatKB(page.gzip)} / ${formatKB(page.running.gzip)}`)
      .join(', ')}.\n`,
);

if (sizes.awake) {
  process.stdout.write(
    `\nOnce every section answers (not budgeted): ${formatKB(sizes.awake.gzip)} gzip. The ` +
      `pre-rendered page fetches its sections' code and its dataset after the load, or at the ` +
      `reader's first move: ${sizes.awake.paths.slice(sizes.firstLoad.paths.length).join(', ')}.\n`,
  );
}

for (const miss of checks.filter((check) => !check.isWithin && check.isWithinGate)) {
  process.stdout.write(
    `\nTarget not met (not a CI failure): ${miss.label} is ${formatKB(miss.value)}, ` +
      `target ${formatKB(miss.budget)}; CI fails above ${formatKB(miss.gate)}.\n`,
  );
}
const failures = checks.filter((check) => !check.isWithinGate);
for (const failure of failures) {
  process.stderr.write(
    `\nOver the CI gate: ${failure.label} is ${formatKB(failure.value)} (${failure.value} bytes), ` +
      `gate ${formatKB(failure.gate)} (${failure.gate} bytes; KB = 1000 bytes).\n`,
  );
}
process.exit(failures.length > 0 ? 1 : 0);
