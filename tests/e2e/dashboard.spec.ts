import type { Locator, Page } from '@playwright/test';
import {
  areaCards,
  areaList,
  chartBars,
  chooseLanguage,
  expect,
  languageSwitcher,
  openDashboard,
  readDataset,
  statusCount,
  test,
  themeToggle,
  timelinePlans,
  waitForChart,
} from './support';

interface Localized {
  fr: string;
  en: string;
}
interface DatasetArea {
  name: Localized;
  themeId: string;
  isNew: boolean | null;
}
interface DatasetPlan {
  id: string;
  number: number;
  title: Localized;
  areas: DatasetArea[];
}

const dataset = readDataset() as unknown as {
  featuredPlanId: string;
  themes: { id: string; label: Localized }[];
  plans: DatasetPlan[];
};
const featured = dataset.plans.find((plan) => plan.id === dataset.featuredPlanId)!;
const plansInOrder = [...dataset.plans].sort((a, b) => a.number - b.number);
const themeLabel = (id: string) => dataset.themes.find((theme) => theme.id === id)!.label;

/** The names of the featured plan's areas the given predicate keeps, in dataset order. */
const expectedNames = (keep: (area: DatasetArea) => boolean, locale: keyof Localized = 'fr') =>
  featured.areas.filter(keep).map((area) => area.name[locale]);

/** The h3 of every area card, for a web-first `toHaveText([...])`. */
function cardNames(page: Page, listName?: string): Locator {
  return areaCards(page, listName).getByRole('heading', { level: 3 });
}

/** The chart's bars drawn on the row of the given y-axis label. */
async function barsOfRow(page: Page, label: string): Promise<Locator[]> {
  // A long label wraps into several <tspan>s: compare the text without whitespace.
  const ticks = page.locator('#areas .recharts-yAxis-tick-labels text');
  const texts = await ticks.allTextContents();
  const index = texts.findIndex((text) => text.replace(/\s+/g, '') === label.replace(/\s+/g, ''));
  expect(index, `y-axis label "${label}" among ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
  const tickBox = await ticks.nth(index).boundingBox();
  expect(tickBox, `y-axis label "${label}" is drawn`).not.toBeNull();
  const centre = tickBox!.y + tickBox!.height / 2;
  const rows: Locator[] = [];
  for (const bar of await chartBars(page).all()) {
    const box = await bar.boundingBox();
    if (box && box.y <= centre && centre <= box.y + box.height) rows.push(bar);
  }
  return rows;
}

test.describe('first load (French)', () => {
  test('shows the header, the four plans in order, 12 areas and a drawn chart', async ({
    page,
  }) => {
    await openDashboard(page);

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Plans d’action conjoints ONUDC–OSCE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Plans d’action conjoints ONUDC–OSCE',
    );
    await expect(languageSwitcher(page).locator('summary')).toBeVisible();
    await expect(languageSwitcher(page).locator('summary')).toHaveAccessibleName('Langue Français');

    // Timeline: an ordered list of the four plans, by number, the featured one chosen.
    const timeline = page.getByRole('region', { name: 'Les quatre plans' });
    await expect(timeline.getByRole('heading', { level: 2 })).toHaveText('Les quatre plans');
    const items = timeline.locator('ol > li');
    await expect(items).toHaveCount(4);
    for (const [index, plan] of plansInOrder.entries()) {
      await expect(items.nth(index)).toContainText(`Plan n° ${plan.number}`);
      await expect(items.nth(index)).toContainText(plan.title.fr);
      await expect(items.nth(index).getByRole('button')).toHaveAttribute(
        'aria-pressed',
        String(plan.id === featured.id),
      );
    }
    await expect(
      page.getByRole('region', { name: `Détails : ${featured.title.fr}` }),
    ).toBeVisible();

    // Areas: 12 cards with an h3 each, and the count says so.
    await expect(
      page.getByRole('heading', { level: 2, name: 'Domaines thématiques du plan 2018-2019' }),
    ).toBeVisible();
    await expect(areaCards(page)).toHaveCount(12);
    await expect(cardNames(page)).toHaveText(expectedNames(() => true));
    await expect(statusCount(page)).toHaveText('12 domaines affichés sur 12');

    // Chart: the lazy chunk loaded and drew one bar per non-empty (theme, series) pair.
    await waitForChart(page);
    const expectedBars = dataset.themes.reduce((sum, theme) => {
      const areas = featured.areas.filter((area) => area.themeId === theme.id);
      const series = [
        areas.some((a) => a.isNew === false),
        areas.some((a) => a.isNew === true),
        areas.some((a) => a.isNew === null),
      ];
      return sum + series.filter(Boolean).length;
    }, 0);
    await expect(chartBars(page)).toHaveCount(expectedBars);
    for (const bar of await chartBars(page).all()) {
      const box = await bar.boundingBox();
      expect(box?.width ?? 0, 'bar width').toBeGreaterThan(1);
      expect(box?.height ?? 0, 'bar height').toBeGreaterThan(1);
    }
    const themesInChart = dataset.themes.filter((theme) =>
      featured.areas.some((area) => area.themeId === theme.id),
    );
    const ticks = page.locator('#areas .recharts-yAxis-tick-labels text');
    await expect(ticks).toHaveCount(themesInChart.length);
    for (const [index, theme] of themesInChart.entries()) {
      // Long labels wrap into several <tspan>s, so compare without whitespace.
      expect((await ticks.nth(index).textContent())?.replace(/\s+/g, '')).toBe(
        theme.label.fr.replace(/\s+/g, ''),
      );
    }

    // Signatories and sources.
    const quotes = page.getByRole('region', { name: 'Les signataires' });
    await expect(quotes.locator('figure blockquote').first()).toContainText(
      'Je salue la coopération continue',
    );
    await expect(page.getByRole('region', { name: 'Sources', exact: true })).toBeVisible();
  });
});

test.describe('filtering', () => {
  test('theme toggles narrow the grid and write the URL; Back undoes', async ({ page }) => {
    await openDashboard(page);
    const people = themeToggle(page, 'Personnes');
    const cyber = themeToggle(page, 'Cybercriminalité');
    await expect(people).toHaveAttribute('aria-pressed', 'false');

    await people.click();
    await expect(people).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]themes=people$/);
    await expect(areaCards(page)).toHaveCount(2);
    await expect(statusCount(page)).toHaveText('2 domaines affichés sur 12');
    await expect(areaCards(page).filter({ hasNotText: 'Thème : Personnes' })).toHaveCount(0);
    await expect(cardNames(page)).toHaveText(expectedNames((a) => a.themeId === 'people'));

    await cyber.click();
    await expect(page).toHaveURL(/[?&]themes=people%2Ccyber$/);
    await expect(cardNames(page)).toHaveText(
      expectedNames((a) => a.themeId === 'people' || a.themeId === 'cyber'),
    );

    await page.goBack();
    await expect(page).toHaveURL(/[?&]themes=people$/);
    await expect(cyber).toHaveAttribute('aria-pressed', 'false');
    await expect(areaCards(page)).toHaveCount(2);

    await people.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(areaCards(page)).toHaveCount(12);
  });

  test('clicking a bar of the chart filters the grid to its theme', async ({ page }) => {
    await openDashboard(page);
    await waitForChart(page);
    const label = themeLabel('governance').fr;
    const bars = await barsOfRow(page, label);
    expect(bars.length, `bars on the row "${label}"`).toBeGreaterThan(0);

    await bars[0]!.click();
    await expect(page).toHaveURL(/[?&]themes=governance$/);
    await expect(themeToggle(page, label)).toHaveAttribute('aria-pressed', 'true');
    await expect(cardNames(page)).toHaveText(expectedNames((a) => a.themeId === 'governance'));
    // The chart shows the choice: the chosen theme's bars stay solid, the others fade.
    const chosen = await barsOfRow(page, label);
    await expect(chartBars(page).and(page.locator('[fill-opacity="1"]'))).toHaveCount(
      chosen.length,
    );
    for (const bar of chosen) await expect(bar).toHaveAttribute('fill-opacity', '1');
    await expect(chartBars(page).and(page.locator('[fill-opacity="0.4"]'))).toHaveCount(
      (await chartBars(page).count()) - chosen.length,
    );

    // The table alternative shows the same choice.
    await page.getByText('Tableau des données du graphique').click();
    await expect(
      page.getByRole('button', { name: `Filtrer par le thème ${label}`, exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    // And a table button toggles too.
    await page
      .getByRole('button', { name: 'Filtrer par le thème Terrorisme', exact: true })
      .click();
    await expect(page).toHaveURL(/[?&]themes=governance%2Cterrorism$/);
    await expect(cardNames(page)).toHaveText(
      expectedNames((a) => a.themeId === 'governance' || a.themeId === 'terrorism'),
    );
  });

  test('search ignores accents, "new only" keeps 4, clearing restores 12', async ({ page }) => {
    await openDashboard(page);
    const search = page.getByRole('searchbox', { name: 'Rechercher un domaine' });
    const newOnly = page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' });
    const clear = page.getByRole('button', { name: 'Effacer les filtres' });
    await expect(clear).toBeHidden();

    await search.fill('reforme');
    await expect(page).toHaveURL(/[?&]q=reforme$/);
    await expect(areaCards(page)).toHaveCount(1);
    await expect(areaCards(page).getByRole('heading')).toHaveText(
      'Gouvernance et réforme du secteur de sécurité',
    );
    await expect(statusCount(page)).toHaveText('1 domaine affiché sur 12');

    await clear.click();
    await expect(search).toHaveValue('');
    await expect(areaCards(page)).toHaveCount(12);

    await newOnly.check();
    await expect(page).toHaveURL(/[?&]new=1$/);
    await expect(areaCards(page)).toHaveCount(4);
    await expect(cardNames(page)).toHaveText(expectedNames((a) => a.isNew === true));
    await expect(areaCards(page).filter({ hasNotText: 'Nouveau en 2018-2019' })).toHaveCount(0);

    // Nothing matches: an explicit empty state with its own way out.
    await search.fill('zzzz');
    await expect(statusCount(page)).toHaveText('Aucun domaine affiché sur 12');
    await expect(areaList(page)).toHaveCount(0);
    await expect(page.getByText('Aucun domaine ne correspond à ces filtres.')).toBeVisible();
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();

    await expect(newOnly).not.toBeChecked();
    await expect(search).toHaveValue('');
    await expect(areaCards(page)).toHaveCount(12);
    await expect(statusCount(page)).toHaveText('12 domaines affichés sur 12');
    await expect(page).toHaveURL(/\/$/);
  });

  test('a URL with filters, opened fresh, restores the same view', async ({ page }) => {
    await openDashboard(page);
    await themeToggle(page, 'Criminalité et trafics').click();
    await themeToggle(page, 'Personnes').click();
    await page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' }).check();
    await page.getByRole('searchbox', { name: 'Rechercher un domaine' }).fill('lutte');
    await timelinePlans(page).nth(0).click();

    const expected = expectedNames(
      (a) =>
        (a.themeId === 'crime' || a.themeId === 'people') &&
        a.isNew === true &&
        a.name.fr.toLowerCase().includes('lutte'),
    );
    expect(expected.length).toBeGreaterThan(0);
    await expect(areaCards(page)).toHaveCount(expected.length);
    await expect(cardNames(page)).toHaveText(expected);
    const url = page.url();
    expect(new URL(url).searchParams.get('themes')).toBe('crime,people');

    await page.goto('about:blank');
    await page.goto(url);
    await expect(areaList(page)).toBeVisible();
    await expect(cardNames(page)).toHaveText(expected);
    await expect(themeToggle(page, 'Criminalité et trafics')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(themeToggle(page, 'Personnes')).toHaveAttribute('aria-pressed', 'true');
    await expect(themeToggle(page, 'Terrorisme')).toHaveAttribute('aria-pressed', 'false');
    await expect(
      page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' }),
    ).toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'Rechercher un domaine' })).toHaveValue(
      'lutte',
    );
    await expect(timelinePlans(page).nth(0)).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByRole('region', { name: `Détails : ${plansInOrder[0]!.title.fr}` }),
    ).toBeVisible();
  });

  test('unknown or malformed URL values fall back to defaults', async ({ page }) => {
    await openDashboard(page, '?lang=pt&themes=nope,PEOPLE&plan=../x&new=yes');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(areaCards(page)).toHaveCount(12);
    await expect(timelinePlans(page).nth(3)).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('language switch', () => {
  test('English relabels everything, keeps the filters, and French comes back', async ({
    page,
  }) => {
    await openDashboard(page, '?themes=people');
    await expect(page.getByText('I welcome UNODC')).toHaveCount(0);

    await chooseLanguage(page, 'English');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
    await expect(page).toHaveURL(/[?&]themes=people(&|$)/);
    await expect(page).toHaveTitle('UNODC–OSCE joint action plans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'UNODC–OSCE joint action plans',
    );
    await expect(languageSwitcher(page).locator('summary')).toHaveAccessibleName(
      'Language English',
    );
    // The way back is listed by its own name, in its own language (the list opens on a click).
    const back = languageSwitcher(page).locator('a[hreflang="fr"]');
    await expect(back).toHaveText('Français');
    await expect(back).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Key figures',
      'The four plans',
      'Thematic areas of the 2018-2019 plan',
      'The signatories',
      'Sources',
    ]);
    await expect(
      page.getByRole('region', { name: 'The four plans' }).locator('ol > li').first(),
    ).toContainText('Plan no. 1');
    await expect(page.getByRole('searchbox', { name: 'Search the areas' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'New in 2018-2019 only' })).toBeVisible();
    await expect(themeToggle(page, 'People')).toHaveAttribute('aria-pressed', 'true');
    await expect(statusCount(page)).toHaveText('2 areas shown of 12');
    await expect(cardNames(page, 'Thematic areas')).toHaveText(
      expectedNames((a) => a.themeId === 'people', 'en'),
    );
    await expect(page.getByText('Table of the chart’s data')).toBeVisible();
    await waitForChart(page);
    await expect(page.locator('#areas .recharts-yAxis-tick-labels')).toContainText('Terrorism');

    // Quotes show the English version first, and can show the French one.
    const firstQuote = page
      .getByRole('region', { name: 'The signatories' })
      .locator('figure')
      .first();
    await expect(firstQuote.locator('blockquote')).toContainText(
      "I welcome UNODC's ongoing cooperation",
    );
    await expect(firstQuote.locator('blockquote')).toHaveAttribute('lang', 'en');
    await firstQuote.getByRole('button', { name: 'Show the French version' }).click();
    await expect(firstQuote.locator('blockquote')).toContainText(
      'Je salue la coopération continue',
    );
    await expect(firstQuote.locator('blockquote')).toHaveAttribute('lang', 'fr');

    // No French UI text is left behind.
    for (const french of [
      'Les quatre plans',
      'Rechercher un domaine',
      'Tableau des données du graphique',
      'Nouveaux en 2018-2019 seulement',
    ]) {
      await expect(page.getByText(french, { exact: true })).toHaveCount(0);
    }

    await chooseLanguage(page, 'Français');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveURL(/[?&]themes=people$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Plans d’action conjoints ONUDC–OSCE',
    );
    await expect(languageSwitcher(page).locator('summary')).toHaveAccessibleName('Langue Français');
    await expect(statusCount(page)).toHaveText('2 domaines affichés sur 12');
    await expect(
      page.getByRole('region', { name: 'Les signataires' }).locator('blockquote').first(),
    ).toContainText('Je salue la coopération continue');
  });

  test('?lang=en opens in English', async ({ page }) => {
    await openDashboard(page, '?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);
    await expect(statusCount(page)).toHaveText('12 areas shown of 12');
  });
});
