import type { Locator, Page, TestInfo } from '@playwright/test';
import {
  chartBars,
  chooseLanguage,
  languageSwitcher,
  expect,
  openDashboard,
  readDataset,
  test,
  waitForChart,
} from './support';

const sourceCount = (readDataset() as { sources: unknown[] }).sources.length;

type PaperFormat = 'A4' | 'Letter';

/** Prints the page as Chromium would (print media, the paper's size) and counts the pages. */
async function printToPdf(page: Page, format: PaperFormat, testInfo: TestInfo) {
  const pdf = await page.pdf({ format });
  await testInfo.attach(`handout-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
  // Every page object says "/Type /Page"; the page tree says "/Type /Pages".
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Opens a view, lets the chart draw, then switches the page to print media. */
async function openForPrint(page: Page, search = '') {
  await openDashboard(page, search);
  await waitForChart(page);
  await page.emulateMedia({ media: 'print' });
}

/** The text the printed page shows: innerText leaves out whatever print CSS hides. */
const printedText = (page: Page) => page.locator('body').innerText();

const printHeader = (page: Page, name: string) => page.getByRole('complementary', { name });

/** The value the print header gives for a label (its <dd> after the <dt>). */
const printField = (header: Locator, label: string) =>
  header.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

test.describe('the printed handout', () => {
  // Since the timeline drew time (an axis, five milestones with their evidence), the default view
  // fills two A4 pages and Letter's shorter page needs a third; so does the longest view.
  test('French: the whole dataset on two A4 pages, three at most on Letter or for the longest view', async ({
    page,
  }, testInfo) => {
    await openForPrint(page);
    expect(await printToPdf(page, 'A4', testInfo)).toBeLessThanOrEqual(2);
    expect(await printToPdf(page, 'Letter', testInfo)).toBeLessThanOrEqual(3);
    // The longest view: a plan whose details list its own areas, each with its evidence.
    await page.emulateMedia({ media: 'screen' });
    await openForPrint(page, '?plan=plan-2011');
    expect(await printToPdf(page, 'A4', testInfo)).toBeLessThanOrEqual(3);
    expect(await printToPdf(page, 'Letter', testInfo)).toBeLessThanOrEqual(3);
  });

  test('French: the print header states the language, no filter, the plan and the address', async ({
    page,
  }) => {
    await openForPrint(page);
    const header = printHeader(page, 'Fiche imprimée depuis le tableau de bord');
    await expect(header).toBeVisible();
    // The language by its own name, as the switcher lists it.
    await expect(printField(header, 'Langue')).toHaveText('Français');
    await expect(printField(header, 'Filtres')).toHaveText(
      'aucun : les 12 domaines thématiques sont listés',
    );
    await expect(printField(header, 'Plan détaillé')).toHaveText(
      'Plan n° 4 (2018-2019) : Plan d’action conjoint 2018-2019',
    );
    await expect(printField(header, 'Adresse de cette vue')).toHaveText(page.url());

    // On screen the header is not shown.
    await page.emulateMedia({ media: 'screen' });
    await expect(header).toBeHidden();
  });

  test('French: no controls on paper, everything else is there', async ({ page }) => {
    await openForPrint(page);
    const text = await printedText(page);
    for (const control of [
      'English',
      'Imprimer la fiche',
      'Aller au contenu',
      'Rechercher un domaine',
      'Nouveaux en 2018-2019 seulement',
      'Tableau des données du graphique',
      'Voir la version en',
      'Réessayer',
    ]) {
      expect(text, `"${control}" is not printed`).not.toContain(control);
    }
    // Nor the language switcher (its summary names the current language, Français).
    await expect(languageSwitcher(page)).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    // The only buttons left are the timeline's plans, printed as cards.
    await expect(page.locator('button:visible')).toHaveCount(4);
    await expect(page.locator('input:visible, select:visible, textarea:visible')).toHaveCount(0);

    await expect(page.locator('#areas ul[aria-label] > li')).toHaveCount(12);
    await expect(page.locator('#quotes figure')).toHaveCount(2);
    // The sources carry their addresses; the cards leave theirs to them.
    await expect(page.locator('#sources li')).toHaveCount(sourceCount);
    for (const url of await page
      .locator('#sources a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
      expect(text).toContain(url);
    }
  });

  test('cards are never split, colours stay light on a dark screen, the chart has a print size', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDashboard(page, '?scheme=dark');
    await waitForChart(page);
    const screenBackground = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor,
      );
    expect(await screenBackground(), 'the screen is dark').not.toBe('rgb(241, 245, 249)');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of [
      '#timeline ol > li',
      '#areas ul[aria-label] > li',
      '#areas figure',
      '#quotes figure',
      '#sources li',
    ]) {
      const breaks = await page
        .locator(selector)
        .evaluateAll((elements) => elements.map((e) => getComputedStyle(e).breakInside));
      expect(breaks.length, selector).toBeGreaterThan(0);
      expect(new Set(breaks), selector).toEqual(new Set(['avoid']));
    }
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      header: getComputedStyle(document.querySelector('header')!).backgroundColor,
      title: getComputedStyle(document.querySelector('h1')!).color,
    }));
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(colours.header).toBe('rgba(0, 0, 0, 0)');
    expect(colours.title).toBe('rgb(15, 23, 42)');

    // A fixed size that fits an A4 or Letter column, whatever the window's width.
    const chart = page.locator('#areas .recharts-wrapper > svg.recharts-surface');
    await expect(chart).toHaveAttribute('width', '540');
    await page.emulateMedia({ media: 'screen' });
    await expect(chart).not.toHaveAttribute('width', '540');
  });

  test('English with filters: the header states them, and it still fits two A4 pages', async ({
    page,
  }, testInfo) => {
    await openForPrint(page, '?lang=en&themes=crime,people&q=traffic&new=1&plan=plan-2011');
    const header = printHeader(page, 'Handout printed from the dashboard');
    await expect(printField(header, 'Language')).toHaveText('English');
    await expect(printField(header, 'Filters').getByRole('listitem')).toHaveText([
      'themes: Crime and trafficking and People',
      'search: “traffic”',
      'New in 2018-2019 only',
    ]);
    await expect(printField(header, 'Plan in detail')).toHaveText(
      'Plan no. 1 (2011): First joint action plan',
    );
    await expect(printField(header, 'Address of this view')).toHaveText(page.url());

    const text = await printedText(page);
    for (const control of ['Français', 'Print handout', 'Search the areas', 'Clear the filters']) {
      expect(text, `"${control}" is not printed`).not.toContain(control);
    }
    await expect(languageSwitcher(page)).toBeHidden();
    expect(text).toContain('1 area shown of 12');
    expect(await printToPdf(page, 'A4', testInfo)).toBeLessThanOrEqual(2);
    expect(await printToPdf(page, 'Letter', testInfo)).toBeLessThanOrEqual(2);
  });

  test('English, no filter: two A4 pages', async ({ page }, testInfo) => {
    await openForPrint(page, '?lang=en');
    const header = printHeader(page, 'Handout printed from the dashboard');
    await expect(printField(header, 'Filters')).toHaveText(
      'none: all 12 thematic areas are listed',
    );
    expect(await printToPdf(page, 'A4', testInfo)).toBeLessThanOrEqual(2);
    expect(await printToPdf(page, 'Letter', testInfo)).toBeLessThanOrEqual(2);
  });

  test('the header’s “Imprimer la fiche” button opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls += 1;
      };
    });
    await openDashboard(page);
    await expect(chartBars(page)).toHaveCount(0); // not scrolled to: its code is not loaded yet
    await page.getByRole('button', { name: 'Imprimer la fiche', exact: true }).click();
    // The button loads and draws the chart first, then prints: the handout has the chart.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
      .toBe(1);
    await expect(chartBars(page).first()).toBeAttached();
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('button', { name: 'Print handout', exact: true })).toBeVisible();
  });
});
