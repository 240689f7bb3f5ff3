// The naive reference dashboard of issue 13, for scripts/bench.mjs: ../shared/reference/stack-floor
// (relative to the repository's root; BENCH_REFERENCE_DIR points elsewhere), a 12-card dashboard on
// our stack (one recharts chart behind React.lazy, one TanStack query, zod, Tailwind). That folder
// may be read-only and is never written to nor copied into the repository: it is copied to a
// scratch folder, installed there from its own lockfile (`npm ci`) and built with its own script
// (`npm run build`), as its README says.
//
// Its install is kept between runs in node_modules/.cache/stack-floor/<hash of its lockfile>/ (it
// takes about a minute on 2 cores; moving it in and out takes no time): moved into the scratch
// folder for the build and the preview server, moved back afterwards.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import process from 'node:process';

/** Where the reference lives, from the repository's root. */
export function stackFloorSource(repoRoot) {
  return resolve(
    repoRoot,
    process.env.BENCH_REFERENCE_DIR ?? join('..', 'shared', 'reference', 'stack-floor'),
  );
}

/**
 * What its page fetches at start, besides what index.html references: its one query
 * (src/api.ts, `fetch('/data.json')`) runs on the first render. Its chart chunk loads only once
 * that data has arrived (React.lazy), as ours loads on demand: neither first load counts it.
 */
export const STACK_FLOOR_FETCHED_AT_LOAD = ['data.json'];

const SKIPPED = new Set(['node_modules', 'dist']);

function makeWritable(path) {
  const stat = statSync(path);
  chmodSync(path, stat.mode | 0o200);
  if (stat.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

function move(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (error?.code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Copies the reference into `workDir`, installs and builds it there.
 * @returns {{ dir: string, distDir: string, isInstallReused: boolean, release: () => void }}
 *   `release` moves its install back to the cache (call it once its preview server has stopped).
 */
export function buildStackFloor({ source, workDir, cacheRoot, log }) {
  const dir = join(workDir, 'stack-floor');
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !SKIPPED.has(relative(source, path).split(sep)[0]),
  });
  // Copies keep the read-only modes of the shared folder.
  makeWritable(dir);

  const lockHash = createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex')
    .slice(0, 16);
  const cached = join(cacheRoot, lockHash, 'node_modules');
  const installed = join(dir, 'node_modules');
  const isInstallReused = existsSync(cached);
  const options = { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] };
  if (isInstallReused) {
    log(`naive reference: reusing its install (${relative(process.cwd(), cached)})`);
    move(cached, installed);
  } else {
    log('naive reference: npm ci (its own lockfile)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], options);
  }
  let isReleased = false;
  const release = () => {
    if (isReleased || !existsSync(installed)) return;
    isReleased = true;
    // One install kept: the one of the lockfile it has now.
    rmSync(cacheRoot, { recursive: true, force: true });
    mkdirSync(join(cacheRoot, lockHash), { recursive: true });
    move(installed, cached);
  };
  try {
    log('naive reference: npm run build');
    execFileSync('npm', ['run', 'build'], options);
  } catch (error) {
    release();
    throw error;
  }
  return { dir, distDir: join(dir, 'dist'), isInstallReused, release };
}
