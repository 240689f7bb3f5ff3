/* global window, document */
// What the contact sheet captures (scripts/review.mjs), each in real Chromium through Playwright:
// the page, the deck and the presenter view, the printed handout and slides, the PowerPoint and
// the chart's downloads. Each capture returns its entries for index.html:
// `{ section, group?, file, caption, image? }`, `file` relative to the output folder.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { URL, URLSearchParams } from 'node:url';
import { fileName, LANGUAGES, padded, sizeLabel, slideCount } from './review-options.mjs';
import { HAS_PDFTOPPM, HAS_SOFFICE, log, pdfToPngs, pptxToPdf } from './review-process.mjs';

export const PAGE_SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
export const DECK_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
export const PRESENTER_SIZE = { width: 1280, height: 800 };
export const PAPERS = ['A4', 'Letter'];

/** A message of the app's French-keyed catalogs (src/i18n/, src/deck/), read from its source. */
function message(file, key, language) {
  const text = readFileSync(new URL(`../src/${file}-${language}.ts`, import.meta.url), 'utf8');
  const found = new RegExp(`\\n  ${key}:\\s*'([^']*)'`).exec(text);
  if (!found) throw new Error(`no ${key} in src/${file}-${language}.ts`);
  return found[1];
}

const WORDS = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    {
      pptx: message('deck/deck-messages', 'pptxDownload', language),
      chartSvg: message('i18n/messages', 'downloadChartSvg', language),
      chartPng: message('i18n/messages', 'downloadChartPng', language),
    },
  ]),
);

const search = (language, params = {}) => {
  const query = new URLSearchParams({
    ...params,
    ...(language === 'fr' ? {} : { lang: language }),
  });
  const text = query.toString();
  return text === '' ? '/' : `/?${text}`;
};

/** The run's shared state: the browser, the server's origin, the folder and the problems seen. */
export function captureContext({ browser, origin, out, problems }) {
  const ensureDir = (dir) => {
    mkdirSync(join(out, dir), { recursive: true });
    return dir;
  };
  return { browser, origin, out, problems, ensureDir, path: (file) => join(out, file) };
}

/** A fresh page with its own context; page errors go to the run's problems, labelled. */
async function openPage(run, label, options = {}) {
  const context = await run.browser.newContext({
    // A French browser: the root page would otherwise send a first visit to its own language's.
    locale: 'fr-FR',
    serviceWorkers: 'block',
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => run.problems.push(`${label}: page error ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') run.problems.push(`${label}: console error ${message.text()}`);
  });
  return { context, page };
}

async function waitForApp(page) {
  await page.locator('html[data-app-running]').waitFor({ state: 'attached' });
}

/** Every running animation (the deck's fade-in, the chart's bars) has finished. */
async function settled(page) {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished)),
  );
}

/** The chart loads its code once near the screen: scroll it into view and wait for a bar. */
async function waitForChart(page) {
  const figure = page.locator('#areas figure').first();
  await figure.scrollIntoViewIfNeeded();
  await page.locator('#areas .recharts-bar-rectangle path').first().waitFor();
  await page.waitForTimeout(600);
  await settled(page);
}

async function withPage(run, label, options, use) {
  const { context, page } = await openPage(run, label, options);
  try {
    return await use(page);
  } finally {
    await context.close();
  }
}

/** The dashboard, light and dark, at both widths (full page), and the embed, in `language`. */
export async function capturePage(run, language) {
  const dir = run.ensureDir('page');
  const entries = [];
  for (const viewport of PAGE_SIZES) {
    for (const scheme of ['light', 'dark']) {
      const file = `${dir}/${fileName(['page', language, sizeLabel(viewport), scheme], 'png')}`;
      log(`page ${language} ${sizeLabel(viewport)} ${scheme}`);
      await withPage(run, file, { viewport, colorScheme: scheme }, async (page) => {
        await page.goto(`${run.origin}${search(language, { scheme })}`);
        await waitForApp(page);
        await waitForChart(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: run.path(file), fullPage: true });
      });
      entries.push({
        section: 'Dashboard page',
        group: `${language} · ${sizeLabel(viewport)}`,
        file,
        caption: `Dashboard, ${language}, ${sizeLabel(viewport)}, ${scheme} (full page)`,
      });
    }
    const file = `${dir}/${fileName(['embed', language, sizeLabel(viewport)], 'png')}`;
    log(`embed ${language} ${sizeLabel(viewport)}`);
    await withPage(run, file, { viewport, colorScheme: 'light' }, async (page) => {
      await page.goto(`${run.origin}${search(language, { embed: '1' })}`);
      await waitForApp(page);
      await page.waitForTimeout(800);
      await settled(page);
      await page.screenshot({ path: run.path(file), fullPage: true });
    });
    entries.push({
      section: 'Dashboard page',
      group: `${language} · ${sizeLabel(viewport)}`,
      file,
      caption: `Embed (?embed=1), ${language}, ${sizeLabel(viewport)} (full page)`,
    });
  }
  return entries;
}

async function openDeck(page, run, language, mode = 'present') {
  await page.goto(`${run.origin}${search(language, { mode })}`);
  await waitForApp(page);
}

/** Every slide of the deck at the three projector sizes, stepping with Page Down (ArrowRight goes
 * back in Arabic, right to left). */
export async function captureDeck(run, language) {
  const dir = run.ensureDir('deck');
  const entries = [];
  for (const viewport of DECK_SIZES) {
    log(`deck ${language} ${sizeLabel(viewport)}`);
    await withPage(run, `deck ${language} ${sizeLabel(viewport)}`, { viewport }, async (page) => {
      await openDeck(page, run, language);
      const counter = page.locator('.deck-progress').first();
      await counter.waitFor();
      const count = slideCount((await counter.textContent()) ?? '');
      if (count === null) throw new Error('the deck shows no slide count in .deck-progress');
      for (let slide = 1; slide <= count; slide += 1) {
        if (slide > 1) {
          await page.keyboard.press('PageDown');
          await page.waitForFunction(
            (expected) =>
              new RegExp(`\\b${expected}\\s*/`).test(
                document.querySelector('.deck-progress')?.textContent ?? '',
              ),
            slide,
          );
        }
        await settled(page);
        const file = `${dir}/${fileName(['deck', language, sizeLabel(viewport), padded(slide)], 'png')}`;
        await page.screenshot({ path: run.path(file) });
        entries.push({
          section: 'Slide deck (?mode=present)',
          group: `${language} · ${sizeLabel(viewport)}`,
          file,
          caption: `Slide ${slide} / ${count}, ${language}, ${sizeLabel(viewport)}`,
        });
      }
    });
  }
  const file = `${dir}/${fileName(['presenter', language, sizeLabel(PRESENTER_SIZE)], 'png')}`;
  log(`presenter ${language}`);
  await withPage(run, file, { viewport: PRESENTER_SIZE }, async (page) => {
    await openDeck(page, run, language, 'presenter');
    await page.locator('.presenter-view').waitFor();
    await page.waitForTimeout(500);
    await settled(page);
    await page.screenshot({ path: run.path(file) });
  });
  entries.push({
    section: 'Presenter view (?mode=presenter)',
    file,
    caption: `Presenter view, ${language}, ${sizeLabel(PRESENTER_SIZE)}`,
  });
  return entries;
}

/** A PDF and its pages as PNG entries (60 dpi), or the PDF alone where pdftoppm is missing. */
function pdfEntries(run, pdfFile, prefix, { section, group, what }) {
  const entries = [{ section, group, file: pdfFile, caption: `${what} (PDF)`, image: false }];
  if (!HAS_PDFTOPPM) {
    run.problems.push(`pdftoppm is not installed: ${pdfFile} has no page images`);
    return entries;
  }
  const pages = pdfToPngs(run.path(pdfFile), prefix);
  pages.forEach((path, index) =>
    entries.push({
      section,
      group,
      file: relative(run.out, path),
      caption: `${what}, page ${index + 1} / ${pages.length}`,
    }),
  );
  return entries;
}

/** The printed handout on A4 and Letter, and the printed slides, in `language`. */
export async function capturePrint(run, language) {
  const dir = run.ensureDir('print');
  const entries = [];
  await withPage(run, `handout ${language}`, { viewport: PAGE_SIZES[0] }, async (page) => {
    await page.goto(`${run.origin}${search(language)}`);
    await waitForApp(page);
    await waitForChart(page);
    await page.emulateMedia({ media: 'print' });
    for (const format of PAPERS) {
      log(`handout ${language} ${format}`);
      const prefix = fileName(['handout', language, format], 'pdf').replace(/\.pdf$/, '');
      const pdfFile = `${dir}/${prefix}.pdf`;
      writeFileSync(run.path(pdfFile), await page.pdf({ format, preferCSSPageSize: true }));
      entries.push(
        ...pdfEntries(run, pdfFile, prefix, {
          section: 'Printed handout',
          group: `${language} · ${format}`,
          what: `Handout, ${language}, ${format}`,
        }),
      );
    }
  });
  log(`printed slides ${language}`);
  await withPage(run, `printed slides ${language}`, { viewport: DECK_SIZES[1] }, async (page) => {
    await openDeck(page, run, language);
    await page.locator('.deck-progress').first().waitFor();
    await settled(page);
    const prefix = `slides-${language}`;
    const pdfFile = `${dir}/${prefix}.pdf`;
    writeFileSync(run.path(pdfFile), await page.pdf({ preferCSSPageSize: true }));
    entries.push(
      ...pdfEntries(run, pdfFile, prefix, {
        section: 'Printed slides',
        group: language,
        what: `Printed slides, ${language}`,
      }),
    );
  });
  return entries;
}

/** Clicks a download button and saves the file as `file`; returns the name the page suggested. */
async function download(page, button, path) {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await saved.saveAs(path);
  return saved.suggestedFilename();
}

/** The deck's PowerPoint, and LibreOffice Impress's rendering of it page by page. */
export async function capturePptx(run, language) {
  const dir = run.ensureDir('pptx');
  const prefix = `deck-${language}`;
  const pptxFile = `${dir}/${prefix}.pptx`;
  log(`pptx ${language}`);
  const suggested = await withPage(run, pptxFile, { viewport: DECK_SIZES[1] }, async (page) => {
    await openDeck(page, run, language);
    const button = page.getByRole('button', { name: WORDS[language].pptx });
    await button.waitFor();
    return download(page, button, run.path(pptxFile));
  });
  const section = 'PowerPoint (LibreOffice Impress rendering)';
  const entries = [
    { section, group: language, file: pptxFile, caption: `${suggested}`, image: false },
  ];
  if (!HAS_SOFFICE) {
    run.problems.push(`soffice is not installed: ${pptxFile} has no page images`);
    return entries;
  }
  log(`pptx ${language}: LibreOffice`);
  const pdf = relative(run.out, pptxToPdf(run.path(pptxFile)));
  entries.push(
    ...pdfEntries(run, pdf, prefix, { section, group: language, what: `PowerPoint, ${language}` }),
  );
  return entries;
}

/** The chart's SVG and PNG downloads, as the page saves them. */
export async function captureChart(run, language) {
  const dir = run.ensureDir('chart');
  const entries = [];
  log(`chart ${language}`);
  await withPage(run, `chart ${language}`, { viewport: PAGE_SIZES[0] }, async (page) => {
    await page.goto(`${run.origin}${search(language)}`);
    await waitForApp(page);
    await waitForChart(page);
    for (const [kind, extension] of [
      ['chartSvg', 'svg'],
      ['chartPng', 'png'],
    ]) {
      const file = `${dir}/chart-${language}.${extension}`;
      const button = page.getByRole('button', { name: WORDS[language][kind], exact: true });
      const suggested = await download(page, button, run.path(file));
      entries.push({
        section: 'Chart downloads',
        group: language,
        file,
        caption: `Chart ${extension.toUpperCase()}, ${language} (${suggested})`,
      });
    }
  });
  return entries;
}
