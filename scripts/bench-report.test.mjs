// node --test scripts/bench-report.test.mjs (run by .ci/run). Figures here are made up: the tests
// check the arithmetic and the text, never a timing of this machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  comparisonRows,
  HAND_WRITTEN_MARKER,
  keepHandWritten,
  median,
  medians,
  ratio,
} from './bench-report.mjs';

test('the median of five runs is the middle one, whatever their order', () => {
  assert.equal(median([54, 101, 12, 33, 70]), 54);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.deepEqual(
    medians(
      [
        { lcpMs: 900, tbtMs: 10 },
        { lcpMs: 1500, tbtMs: 90 },
        { lcpMs: 1000, tbtMs: 40 },
      ],
      ['lcpMs', 'tbtMs'],
    ),
    { lcpMs: 1000, tbtMs: 40 },
  );
});

test('the comparison gives ours, the naive figure and ours / naive for each measure', () => {
  const rows = comparisonRows(
    {
      firstLoadBytes: 98_000,
      lighthouse: { fcpMs: 800, lcpMs: 950, tbtMs: 30, performance: 100 },
    },
    {
      firstLoadBytes: 105_600,
      lighthouse: { fcpMs: 1400, lcpMs: 1600, tbtMs: 60, performance: 97 },
    },
    5,
  );
  assert.deepEqual(
    rows.map((row) => [row.measure, row.ours, row.naive, row.ratio]),
    [
      ['first load, gzip', '98.00 KB', '105.60 KB', '0.93'],
      ['First Contentful Paint, Lighthouse mobile, median of 5', '0.80 s', '1.40 s', '0.57'],
      ['Largest Contentful Paint, Lighthouse mobile, median of 5', '0.95 s', '1.60 s', '0.59'],
      ['Total Blocking Time, Lighthouse mobile, median of 5', '30 ms', '60 ms', '0.50'],
      ['performance score, Lighthouse mobile, median of 5', '100', '97', '1.03'],
    ],
  );
  assert.equal(rows[0].ratioRaw, 98_000 / 105_600);
});

test('a naive figure of 0 gives no ratio instead of Infinity', () => {
  assert.equal(ratio(12, 0), null);
  const tbt = comparisonRows(
    { firstLoadBytes: 1, lighthouse: { fcpMs: 1, lcpMs: 1, tbtMs: 12, performance: 100 } },
    { firstLoadBytes: 1, lighthouse: { fcpMs: 1, lcpMs: 1, tbtMs: 0, performance: 100 } },
    5,
  ).find((row) => row.key === 'tbtMs');
  assert.equal(tbt.ratio, 'n/a (naive is 0)');
  assert.equal(tbt.ratioRaw, null);
});

test('a rewrite of BENCHMARKS.md keeps what was written below the marker, word for word', () => {
  const handWritten = '## What changed for issue 13\n\n- Messages per language: −1.6 KB.\n';
  const previous = `# Benchmarks\n\nold figures\n\n${HAND_WRITTEN_MARKER}\n\n${handWritten}`;
  const next = keepHandWritten(previous, '# Benchmarks\n\nnew figures\n');
  assert.equal(next, `# Benchmarks\n\nnew figures\n\n${HAND_WRITTEN_MARKER}\n\n${handWritten}`);
  assert.doesNotMatch(next, /old figures/);
  // Twice over: the kept part neither grows nor moves.
  assert.equal(keepHandWritten(next, '# Benchmarks\n\nnew figures\n'), next);
});

test('a BENCHMARKS.md without the marker, or none, gets the marker at its end', () => {
  const expected = `# Benchmarks\n\nfigures\n\n${HAND_WRITTEN_MARKER}\n`;
  assert.equal(
    keepHandWritten('# Benchmarks\n\nan older file\n', '# Benchmarks\n\nfigures\n'),
    expected,
  );
  assert.equal(keepHandWritten(null, '# Benchmarks\n\nfigures\n'), expected);
});
