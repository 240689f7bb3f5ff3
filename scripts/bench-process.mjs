// The bench's processes (scripts/bench.mjs): its log, the commands it runs, the machine it runs on
// and the \`vite preview\` servers it starts and stops.

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { CHROME_PATH } from './chromium.mjs';
import { isServing } from './is-serving.mjs';

const startedAt = Date.now();
export const log = (message) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - startedAt) / 1000)} s] ${message}\n`);

export function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
}

export function machine() {
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

/** `vite preview` of a build on a port; `cwd` is the project whose vite and config serve it. */
export async function startPreview({ cwd = '.', outDir = 'dist', port }) {
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

export async function stopPreview(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timeout = delay(5000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') server.kill('SIGKILL');
}
