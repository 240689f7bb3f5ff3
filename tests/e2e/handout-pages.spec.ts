import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfWords, type PdfPage } from './pdf-support';
import { expect, openDashboard, test, waitForChart } from './support';

// The handout as paper shows it: printed by Chromium to PDF, then read page by page with poppler
// (pdftotext), as a reader turns the pages. What the layout check cannot see in one long screen:
// where the pages break, and what lands on each.

interface PrintedPage extends PdfPage {
  /** The page's lines, top to bottom, as pdftotext -layout reads them. */
  lines: string[];
}

async function printHandout(page: Page, format: 'A4' | 'Letter'): Promise<PrintedPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  try {
    const pdf = join(dir, 'handout.pdf');
    await page.pdf({ path: pdf, format, preferCSSPageSize: true });
    return pdfWords(pdf).map((sheet, index) => {
      const number = String(index + 1);
      const layout = execFileSync('pdftotext', ['-layout', '-f', number, '-l', number, pdf, '-'], {
        encoding: 'utf8',
      });
      return {
        ...sheet,
        lines: layout
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words printed over one another, or off the page. */
function paperProblems(pages: PrintedPage[]): string[] {
  const problems: string[] = [];
  pages.forEach((sheet, index) => {
    const where = `page ${index + 1}`;
    const words = [...sheet.words].sort((a, b) => a.top - b.top);
    for (const word of words) {
      if (word.left < 0 || word.top < 0 || word.right > sheet.width || word.bottom > sheet.height) {
        problems.push(`${where}: "${word.text}" runs off the paper`);
      }
    }
    for (let i = 0; i < words.length; i += 1) {
      const a = words[i]!;
      for (let j = i + 1; j < words.length && words[j]!.top < a.bottom; j += 1) {
        const b = words[j]!;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        const line = Math.min(a.bottom - a.top, b.bottom - b.top);
        if (width > 0.5 && height > line * 0.4) {
          problems.push(`${where}: "${a.text}" is printed over "${b.text}"`);
        }
      }
    }
  });
  return problems;
}

const CASES = [
  {
    lang: 'fr',
    search: '?themes=cyber',
    heading: 'Domaines thématiques du plan 2018-2019',
    count: '1 domaine affiché sur 12',
    firstCard: 'Lutte contre le cybercrime',
    screenOnly: ['Choisir un thème filtre', 'Filtrer par', 'Ouvrir un jeu de données'],
  },
  {
    lang: 'en',
    search: '?lang=en&themes=cyber',
    heading: 'Thematic areas of the 2018-2019 plan',
    count: '1 area shown of 12',
    firstCard: 'Combating cybercrime',
    screenOnly: ['Choosing a theme filters', 'Filter by', 'Open a dataset'],
  },
] as const;

for (const handout of CASES) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`the printed handout (${handout.lang}, ${format}, filtered): no word over another, headings with what follows, no screen instruction`, async ({
      page,
    }) => {
      await openDashboard(page, handout.search);
      await waitForChart(page);
      const pages = await printHandout(page, format);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(paperProblems(pages)).toEqual([]);

      const all = pages.flatMap((sheet) => sheet.lines).join('\n');
      expect(all).toContain(handout.heading);
      for (const words of handout.screenOnly) expect(all).not.toContain(words);

      // A heading or the count of areas never ends a page: what they introduce is on the same one.
      const headings = await page.locator('main h2, main h3').allTextContents();
      pages.slice(0, -1).forEach((sheet, index) => {
        const last = sheet.lines.at(-1) ?? '';
        expect(
          [...headings, handout.count].filter((text) => text.trim() && last.includes(text.trim())),
          `the last line of page ${index + 1}: "${last}"`,
        ).toEqual([]);
      });
      const countPage = pages.findIndex((sheet) =>
        sheet.lines.some((line) => line.includes(handout.count)),
      );
      expect(countPage).toBeGreaterThanOrEqual(0);
      expect(pages[countPage]!.lines.join('\n')).toContain(handout.firstCard);
    });
  }
}

test('the paper check fails on words printed over one another', async ({ page }) => {
  await page.setContent(`
    <p style="position:absolute;top:40px;left:40px;font:20px sans-serif">31 janvier 2018</p>
    <p style="position:absolute;top:46px;left:60px;font:20px sans-serif">Le plan d’action</p>`);
  const problems = paperProblems(await printHandout(page, 'A4'));
  expect(problems.join('\n')).toMatch(/is printed over/);
});
