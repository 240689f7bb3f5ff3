// The contact sheet's processes (scripts/review.mjs): its log, the build, the `vite preview` it
// starts on a free port and stops, and the tools that turn PDFs and slides into images (poppler's
// pdftoppm, LibreOffice Impress).

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readdirSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { isServing } from './is-serving.mjs';
import { pdfPageFiles } from './review-options.mjs';

export { pptxToPdf } from './libreoffice.mjs';

const startedAt = Date.now();
export const log = (message) =>
  process.stderr.write(`[review ${Math.round((Date.now() - startedAt) / 1000)} s] ${message}\n`);

export const BUILD_DIR = 'dist-review';

/** `tsc -b`, then `vite build` into dist-review/, printing what they print. */
export function build() {
  execFileSync('node_modules/.bin/tsc', ['-b'], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', BUILD_DIR, '--emptyOutDir'], {
    stdio: 'inherit',
  });
}

/** A port no one listens on now, as the system hands it out. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `vite preview` of dist-review/ on `port`, in a process group of its own so that stopPreview ends
 * it and nothing else. Resolves once it answers.
 */
export async function startPreview(port) {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    'node_modules/.bin/vite',
    [
      'preview',
      '--outDir',
      BUILD_DIR,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const preview = { child, origin };
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${errors}`);
    if (await isServing(origin)) return preview;
    await delay(250);
  }
  stopPreview(preview);
  throw new Error(`vite preview did not answer at ${origin} within 30 s:\n${errors}`);
}

export function stopPreview(preview) {
  if (!preview || preview.child.exitCode !== null) return;
  try {
    process.kill(-preview.child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

const hasCommand = (command, args) =>
  spawnSync(command, args, { stdio: 'ignore' }).error === undefined;

export const HAS_PDFTOPPM = hasCommand('pdftoppm', ['-v']);
export const HAS_SOFFICE = hasCommand('soffice', ['--version']);

/**
 * Renders each page of `pdf` at 60 dpi to `<prefix>-NN.png` next to it; returns the files' paths
 * in page order.
 */
export function pdfToPngs(pdf, prefix) {
  const dir = dirname(pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, prefix)], { stdio: 'pipe' });
  return pdfPageFiles(readdirSync(dir), prefix).map(({ name, page }) => {
    // pdftoppm pads to the page count's width; two digits everywhere keep the names alike.
    const target = join(dir, `${prefix}-${String(page).padStart(2, '0')}.png`);
    if (join(dir, name) !== target) renameSync(join(dir, name), target);
    return target;
  });
}
