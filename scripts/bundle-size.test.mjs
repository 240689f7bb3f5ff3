// node --test scripts/bundle-size.test.mjs (run by .ci/run): the first load of a build that is not
// ours (the naive reference dashboard of scripts/bench.mjs), measured as ours is.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { awakePaths, firstLoadPaths, measureFirstLoad } from './bundle-size.mjs';

function writeBuild(files) {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const naiveBuild = {
  'index.html':
    '<!doctype html><html><head>' +
    '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
    '<link rel="stylesheet" crossorigin href="/assets/index-b2.css">' +
    '<link rel="icon" href="data:,"></head><body><div id="root"></div></body></html>',
  'assets/index-a1.js':
    'import { r } from "./vendor-c3.js";\n' +
    'const Chart = () => import("./Chart-d4.js");\n' +
    'fetch("/data.json").then(() => r(Chart));\n',
  'assets/vendor-c3.js': `export const r = (x) => x; // ${'react '.repeat(200)}\n`,
  'assets/Chart-d4.js': `export default 1; // ${'recharts '.repeat(500)}\n`,
  'assets/index-b2.css': `.grid{display:grid}${'.p-4{padding:1rem}'.repeat(50)}`,
  'data.json': JSON.stringify({ cards: [{ id: 1, title: 'Revenue', value: 1, delta: 0 }] }),
  'robots.txt': 'User-agent: *\nAllow: /\n',
};

test('the first load is the page, what it references, their static imports and what it fetches', () => {
  const dir = writeBuild(naiveBuild);
  const firstLoad = measureFirstLoad(dir, { fetchedAtLoad: ['data.json'] });
  assert.deepEqual(firstLoad.paths, [
    'index.html',
    'assets/index-a1.js',
    'assets/index-b2.css',
    'assets/vendor-c3.js',
    'data.json',
  ]);
  const gzip = (path) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
  assert.equal(
    firstLoad.gzip,
    firstLoad.paths.reduce((sum, path) => sum + gzip(path), 0),
  );
  assert.equal(firstLoad.files.find((file) => file.path === 'data.json').kind, 'json');
  // The lazy chart chunk (a dynamic import) is not part of it.
  assert.ok(!firstLoad.paths.includes('assets/Chart-d4.js'));
});

test('a fetched file missing from the build is named, not counted as nothing', () => {
  const dir = writeBuild(naiveBuild);
  assert.throws(
    () => measureFirstLoad(dir, { fetchedAtLoad: ['api/dashboard.json'] }),
    /api\/dashboard\.json is part of the first load but is not in/,
  );
});

const prerenderedBuild = (withCopy) => ({
  'index.html':
    '<!doctype html><html><head>' +
    '<script type="module" crossorigin src="/assets/index-a1.js"></script></head><body>' +
    '<div id="root"><h1>Plans</h1></div>' +
    (withCopy
      ? '<script type="application/json" id="bundled-dataset" data-src="/assets/plans-e5.json"></script>'
      : '') +
    '</body></html>',
  'assets/index-a1.js': 'const later = () => import("./later-sections-f6.js");\nlater();\n',
  'assets/later-sections-f6.js':
    'import { q } from "./quote-selectors-g7.js";\nexport default q;\n',
  'assets/quote-selectors-g7.js': 'export const q = 1;\n',
  'assets/plans-e5.json': '{"plans":[]}',
  'data/plans.json': '{ "plans": [] }',
});

test('the pre-rendered page: its dataset and sections come after the load, counted apart', () => {
  const dir = writeBuild(prerenderedBuild(true));
  assert.deepEqual(firstLoadPaths(dir), ['index.html', 'assets/index-a1.js']);
  assert.deepEqual(awakePaths(dir), [
    'index.html',
    'assets/index-a1.js',
    'assets/later-sections-f6.js',
    'assets/quote-selectors-g7.js',
    'assets/plans-e5.json',
  ]);
});

test('a page that names no copy of its dataset fetches data/plans.json at start', () => {
  const dir = writeBuild(prerenderedBuild(false));
  assert.deepEqual(firstLoadPaths(dir), ['index.html', 'assets/index-a1.js', 'data/plans.json']);
  assert.equal(awakePaths(dir), null);
});
