import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { deckMessages } from '../../src/deck/deck-messages';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import { readPptx } from '../../src/testing/read-pptx';
import { withLibreOfficePdf } from './pdf-support';
import { wordsOutsideTheirBoxes } from './pptx-boxes';
import { expect, test, waitForApp } from './support';
import type { Page } from '@playwright/test';

// The PowerPoint download in each of the eight languages, as LibreOffice Impress draws it: no text
// runs out of its box (a column of areas over its border, a line under the next block).

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

async function downloadDeck(page: Page, lang: Locale): Promise<Buffer> {
  await page.goto(`/?mode=present${lang === 'fr' ? '' : `&lang=${lang}`}`);
  await waitForApp(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: deckMessages[lang].pptxDownload }).click(),
  ]);
  return readFileSync(await download.path());
}

/** The words LibreOffice draws outside their boxes in a .pptx given as bytes. */
async function overflowsInLibreOffice(bytes: Uint8Array): Promise<string[]> {
  const { slideXml, layoutsAndMasters } = await readPptx(bytes);
  return withLibreOfficePdf(bytes, (pdf) =>
    wordsOutsideTheirBoxes(slideXml, layoutsAndMasters, pdf),
  );
}

test.describe('the PowerPoint in LibreOffice Impress, in every language', () => {
  test.skip(!hasSoffice, 'soffice is not installed: apt-get install libreoffice-impress');

  for (const lang of LOCALES) {
    test(`${lang}: every text inside its box`, async ({ page }) => {
      test.setTimeout(120_000);
      const bytes = await downloadDeck(page, lang);
      expect(await overflowsInLibreOffice(bytes)).toEqual([]);
    });
  }

  test('the check finds the text of a column made too short for it', async ({ page }) => {
    test.setTimeout(120_000);
    const zip = await JSZip.loadAsync(await downloadDeck(page, 'fr'));
    // The first column of areas (a box with an outline) cut to a third of its height.
    const paths = Object.keys(zip.files).filter((path) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(path),
    );
    for (const path of paths) {
      const xml = (await zip.file(path)?.async('string')) ?? '';
      const column = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
        .map(([shape]) => shape)
        .find((shape) => /<a:ln\b[^>]*>\s*<a:solidFill>/.test(shape) && shape.includes('<a:t>'));
      const ext = column && /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(column);
      if (!column || !ext) continue;
      const cut = column.replace(
        ext[0],
        `<a:ext cx="${ext[1]}" cy="${Math.round(Number(ext[2]) / 3)}"/>`,
      );
      zip.file(path, xml.replace(column, cut));
      const slide = Number(/(\d+)\.xml$/.exec(path)?.[1]);
      const found = await overflowsInLibreOffice(await zip.generateAsync({ type: 'uint8array' }));
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((line) => line.startsWith(`slide ${slide}:`))).toBe(true);
      return;
    }
    throw new Error('the deck has no column of areas');
  });
});
