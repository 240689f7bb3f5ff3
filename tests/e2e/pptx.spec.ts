import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chartCategories, readPptx } from '../../src/testing/read-pptx';
import { withLibreOfficePdf } from './pdf-support';
import {
  collectViolations,
  expect,
  openDashboard,
  test,
  waitForApp,
  waitForServiceWorker,
} from './support';

// "Télécharger en PowerPoint" / "Download as PowerPoint" in the deck: the file it saves holds the
// deck's slides, a native chart, the speaker notes, and opens in a real office suite (LibreOffice
// Impress from Debian, headless), one page per slide.

const BUTTON = { fr: 'Télécharger en PowerPoint', en: 'Download as PowerPoint' } as const;
type Language = keyof typeof BUTTON;

async function openDeck(page: Page, language: Language, search = '') {
  await page.goto(`/?mode=present${language === 'en' ? '&lang=en' : ''}${search}`);
  await waitForApp(page);
  await expect(page.getByRole('button', { name: BUTTON[language] })).toBeVisible();
}

/** "Diapositive 1 / 10": the deck's own count of its slides. */
async function deckSlideCount(page: Page): Promise<number> {
  const counter = page.getByText(/^(Diapositive|Slide) \d+ \/ \d+$/).first();
  await expect(counter).toBeVisible();
  const match = /\/ (\d+)$/.exec((await counter.textContent()) ?? '');
  if (!match) throw new Error('the deck shows no slide count');
  return Number(match[1]);
}

async function downloadPptx(page: Page, language: Language) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: BUTTON[language] }).click(),
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), bytes, pptx: await readPptx(bytes) };
}

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Pages of the PDF that LibreOffice Impress makes of the file. */
function pagesInLibreOffice(bytes: Buffer): number {
  const info = withLibreOfficePdf(bytes, (pdf) =>
    execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
  );
  const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(pages);
}

const CASES = [
  {
    language: 'fr',
    file: 'unodc-osce-joint-action-plans-slides-2018-2019-fr.pptx',
    firstTheme: 'Criminalité et trafics',
    lang: 'fr-FR',
    citation: 'Source : [1]',
    done: 'Fichier unodc-osce-joint-action-plans-slides-2018-2019-fr.pptx téléchargé.',
  },
  {
    language: 'en',
    file: 'unodc-osce-joint-action-plans-slides-2018-2019-en.pptx',
    firstTheme: 'Crime and trafficking',
    lang: 'en-GB',
    citation: 'Source: [1]',
    done: 'File unodc-osce-joint-action-plans-slides-2018-2019-en.pptx downloaded.',
  },
] as const;

test.describe('the deck as PowerPoint', () => {
  for (const expected of CASES) {
    test(`${expected.language}: the file holds every slide, a native stacked bar chart and the notes with their sources`, async ({
      page,
    }) => {
      await openDeck(page, expected.language);
      const slideCount = await deckSlideCount(page);
      const { name, pptx } = await downloadPptx(page, expected.language);
      expect(name).toBe(expected.file);
      await expect(page.getByRole('status').filter({ hasText: expected.done })).toHaveCount(1);

      expect(pptx.slides).toHaveLength(slideCount);
      expect(pptx.charts).toHaveLength(1);
      expect(pptx.charts[0]).toContain('<c:barChart>');
      expect(pptx.charts[0]).toContain('<c:barDir val="bar"/>');
      expect(pptx.charts[0]).toContain('<c:grouping val="stacked"/>');
      expect(chartCategories(pptx.charts[0] ?? '')[0]).toBe(expected.firstTheme);
      expect(chartCategories(pptx.charts[0] ?? '')).toHaveLength(6);

      expect(pptx.notes).toHaveLength(slideCount);
      const notes = pptx.notes.flatMap((note) => note.texts).join('\n');
      expect(notes).toContain(expected.citation);
      expect(notes).toContain('UNODC');
      for (const xml of [...pptx.slideXml, ...pptx.notesXml]) {
        expect(xml).toContain(`lang="${expected.lang}"`);
        expect(xml).not.toContain('lang="en-US"');
      }
    });
  }

  test('follows the filters: two themes chosen, two bars in the chart', async ({ page }) => {
    await openDeck(page, 'en', '&themes=crime,people');
    const { name, pptx } = await downloadPptx(page, 'en');
    expect(name).toBe('unodc-osce-joint-action-plans-slides-2018-2019-filtered-en.pptx');
    expect(chartCategories(pptx.charts[0] ?? '')).toEqual(['Crime and trafficking', 'People']);
  });

  test('LibreOffice Impress opens the file: one PDF page per slide', async ({ page }) => {
    test.skip(
      !hasSoffice,
      'soffice (LibreOffice Impress) is not installed: apt-get install libreoffice-impress poppler-utils',
    );
    test.setTimeout(180_000);
    await openDeck(page, 'fr');
    const slideCount = await deckSlideCount(page);
    const { bytes } = await downloadPptx(page, 'fr');
    expect(pagesInLibreOffice(bytes)).toBe(slideCount);
  });
});

test.describe('the PowerPoint export under the service worker and the policy', () => {
  // The other journeys block service workers (playwright.config.ts); these need one.
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, offline, the deck still exports', async ({
    page,
    context,
    diagnostics,
  }) => {
    await openDashboard(page);
    await waitForServiceWorker(page);
    const precache = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
    expect(precache.some((path) => /^\/assets\/write-deck-pptx-.*\.js$/.test(path))).toBe(true);

    await context.setOffline(true);
    diagnostics.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/);
    await openDeck(page, 'en');
    const slideCount = await deckSlideCount(page);
    const { pptx } = await downloadPptx(page, 'en');
    expect(pptx.slides).toHaveLength(slideCount);
    expect(pptx.charts).toHaveLength(1);
  });

  test('an export reports no Content-Security-Policy violation', async ({ page }) => {
    const { violations, refusals } = await collectViolations(page);
    await openDeck(page, 'fr');
    const { pptx } = await downloadPptx(page, 'fr');
    expect(pptx.slides.length).toBeGreaterThan(0);
    await expect(page.getByRole('status').filter({ hasText: CASES[0].done })).toHaveCount(1);
    expect(violations).toEqual([]);
    expect(refusals).toEqual([]);
  });
});
