// CI gate for the size budgets of issue 6, on a build that already exists:
//
//   node scripts/check-bundle-size.mjs [dist]
//
// Fails (exit 1) when the first load (HTML + entry JS + CSS + dataset) exceeds 100 KB gzip, or
// everything the app can ever load exceeds 250 KB gzip; KB = 1000 bytes. What counts is defined in
// scripts/bundle-size.mjs. Deterministic: the same build always gives the same figures.
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
      ['measure', 'budget', 'value', 'result'],
      checks.map((check) => [
        check.label,
        `≤ ${formatKB(check.budget)}`,
        formatKB(check.value),
        check.isWithin ? 'pass' : 'FAIL',
      ]),
      ['left', 'right', 'right'],
    )}\n`,
);

const failures = checks.filter((check) => !check.isWithin);
for (const failure of failures) {
  process.stderr.write(
    `\nOver budget: ${failure.label} is ${formatKB(failure.value)} (${failure.value} bytes), ` +
      `budget ${formatKB(failure.budget)} (${failure.budget} bytes; KB = 1000 bytes).\n`,
  );
}
process.exit(failures.length > 0 ? 1 : 0);
