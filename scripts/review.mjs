// The contact sheet of issue 18 (`npm run review`): every output of the dashboard in one folder,
// side by side in its index.html, for a person to look over before a release.
//
// It builds the app into dist-review/ (`tsc -b && vite build`; `--no-build` serves the last
// build), serves it with `vite preview` on a free port, drives Debian's Chromium (CHROME_PATH,
// scripts/chromium.mjs) through Playwright, and stops the server at the end, on failure too.
// It writes, in each language (`--lang fr,en`), the groups `--only` names (all by default):
//
// - page:  the dashboard at 1280×900 and 390×844, light and dark (full page), and the embed;
// - deck:  every slide at 1920×1080, 1280×720 and 1024×768, and the presenter view at 1280×800;
// - print: the handout printed on A4 and on Letter, and the printed slides (PDF, then pdftoppm
//          at 60 dpi);
// - pptx:  the deck's PowerPoint download, and LibreOffice Impress's PDF of it page by page;
// - chart: the chart's SVG and PNG downloads.
//
// Its parts: the command line and file names (review-options.mjs), the captures
// (review-captures.mjs), the processes (review-process.mjs) and the page (review-index.mjs).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';
import {
  captureChart,
  captureContext,
  captureDeck,
  capturePage,
  capturePptx,
  capturePrint,
} from './review-captures.mjs';
import { indexHtml } from './review-index.mjs';
import { formatDuration, parseReviewArgs, USAGE } from './review-options.mjs';
import { build, freePort, log, startPreview, stopPreview } from './review-process.mjs';

const CAPTURES = {
  page: capturePage,
  deck: captureDeck,
  print: capturePrint,
  pptx: capturePptx,
  chart: captureChart,
};

function readOptions() {
  try {
    return parseReviewArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

function writeIndex(out, entries, problems, startedAt) {
  const images = entries.filter((entry) => entry.image !== false);
  const counts = [
    ['images', images.length],
    ['other files (PDF, PPTX)', entries.length - images.length],
    ...[...new Set(entries.map((entry) => entry.section))].map((section) => [
      section,
      images.filter((entry) => entry.section === section).length,
    ]),
  ];
  const duration = formatDuration(Date.now() - startedAt);
  const summary = {
    title: 'joint-action-plans: contact sheet',
    generatedAt: new Date()
      .toISOString()
      .replace(/\.\d+Z$/, ' UTC')
      .replace('T', ' '),
    duration,
    counts,
  };
  writeFileSync(resolve(out, 'index.html'), indexHtml(entries, summary, problems));
  return { counts, duration };
}

async function main() {
  const options = readOptions();
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const startedAt = Date.now();
  const out = resolve(options.out);
  if (options.build) {
    log('building into dist-review/');
    build();
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const entries = [];
  const problems = [];
  let preview;
  let browser;
  const stop = () => stopPreview(preview);
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  process.once('SIGTERM', () => {
    stop();
    process.exit(143);
  });
  try {
    preview = await startPreview(await freePort());
    log(`serving dist-review/ at ${preview.origin}`);
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
    const run = captureContext({ browser, origin: preview.origin, out, problems });
    for (const part of options.parts) {
      for (const language of options.languages) {
        try {
          entries.push(...(await CAPTURES[part](run, language)));
        } catch (error) {
          // One broken output must not hide the others: say so in the index and go on.
          problems.push(`${part} ${language} failed: ${error.message.split('\n')[0]}`);
          log(`${part} ${language} FAILED: ${error.message}`);
        }
      }
    }
  } finally {
    await browser?.close();
    stop();
    const { counts, duration } = writeIndex(out, entries, problems, startedAt);
    process.stdout.write(
      [
        '',
        `Contact sheet written in ${duration}: ${resolve(out, 'index.html')}`,
        ...counts.map(([label, count]) => `  ${label}: ${count}`),
        ...(problems.length > 0
          ? [`  problems (${problems.length}):`, ...problems.map((problem) => `    ${problem}`)]
          : []),
        '',
      ].join('\n'),
    );
  }
  if (problems.some((problem) => / failed: /.test(problem))) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
