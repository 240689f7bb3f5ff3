// node --test scripts/stack-floor.test.mjs (run by .ci/run): the reference dashboard is built from a
// copy, never in its own folder, and its install is kept for the next run. A tiny stand-in package
// (one local dependency, no registry) takes the reference's place.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildStackFloor } from './stack-floor.mjs';

function standIn() {
  const source = mkdtempSync(join(tmpdir(), 'stack-floor-source-'));
  mkdirSync(join(source, 'tiny'));
  writeFileSync(join(source, 'tiny', 'package.json'), '{ "name": "tiny", "version": "1.0.0" }\n');
  writeFileSync(
    join(source, 'package.json'),
    JSON.stringify({
      name: 'stand-in',
      private: true,
      version: '0.0.0',
      scripts: {
        build:
          "node -e \"require('fs').mkdirSync('dist');require('fs').writeFileSync('dist/index.html','<p>built</p>')\"",
      },
      dependencies: { tiny: 'file:./tiny' },
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline'], {
    cwd: source,
    stdio: 'ignore',
  });
  // What a working copy of the reference may hold, which the copy must leave behind.
  mkdirSync(join(source, 'dist'));
  writeFileSync(join(source, 'dist', 'stale.html'), 'stale');
  // The shared folder may be read-only.
  for (const path of ['package.json', 'package-lock.json']) chmodSync(join(source, path), 0o444);
  chmodSync(source, 0o555);
  return source;
}

const listing = (dir) => readdirSync(dir).sort();

test('the reference is built in a copy, and its install is reused by the next build', (t) => {
  const source = standIn();
  const before = listing(source);
  const cacheRoot = join(mkdtempSync(join(tmpdir(), 'stack-floor-cache-')), 'stack-floor');
  const workDirs = [];
  const workDir = () => {
    workDirs.push(mkdtempSync(join(tmpdir(), 'stack-floor-work-')));
    return workDirs.at(-1);
  };
  t.after(() => {
    chmodSync(source, 0o755);
    for (const dir of [source, join(cacheRoot, '..'), ...workDirs]) {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const messages = [];
  const log = (message) => messages.push(message);

  const first = buildStackFloor({
    source,
    workDir: workDir(),
    cacheRoot,
    log,
  });
  assert.equal(first.isInstallReused, false);
  assert.equal(readFileSync(join(first.distDir, 'index.html'), 'utf8'), '<p>built</p>');
  assert.ok(!existsSync(join(first.distDir, 'stale.html')), 'the old dist/ was copied');
  assert.ok(existsSync(join(first.dir, 'node_modules', 'tiny')));
  first.release();
  assert.ok(!existsSync(join(first.dir, 'node_modules')));
  assert.equal(readdirSync(cacheRoot).length, 1);

  const second = buildStackFloor({
    source,
    workDir: workDir(),
    cacheRoot,
    log,
  });
  assert.equal(second.isInstallReused, true);
  assert.ok(existsSync(join(second.dir, 'node_modules', 'tiny')));
  second.release();

  assert.deepEqual(listing(source), before, 'the reference folder itself was written to');
  assert.ok(!existsSync(join(source, 'dist', 'index.html')));
  assert.deepEqual(
    messages.filter((message) => /npm ci|reusing/.test(message)).map((m) => m.split(' (')[0]),
    ['naive reference: npm ci', 'naive reference: reusing its install'],
  );
});
