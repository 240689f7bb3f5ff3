import type { Route } from '@playwright/test';
import {
  areaCards,
  CHART_CHUNK_ROUTE,
  chartBars,
  chooseLanguage,
  DATASET_ROUTE,
  expect,
  openDashboard,
  readDataset,
  routeDataset,
  test,
  themeToggle,
  waitForChart,
} from './support';

const URL_SHOWN = '/data/plans.json';

function brokenDataset() {
  const dataset = readDataset() as { plans: { areas: { themeId: unknown }[] }[] };
  dataset.plans[0]!.areas[0]!.themeId = 'no-such-theme';
  return JSON.stringify(dataset);
}

const cases: {
  name: string;
  handle: (route: Route) => Promise<void>;
  fr: (string | RegExp)[];
  en: (string | RegExp)[];
}[] = [
  {
    name: 'HTTP 404',
    handle: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    fr: [`Le serveur a répondu 404 pour ${URL_SHOWN}.`],
    en: [`The server answered 404 for ${URL_SHOWN}.`],
  },
  {
    name: 'HTTP 500',
    handle: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Boom' }),
    fr: [`Le serveur a répondu 500 pour ${URL_SHOWN}.`],
    en: [`The server answered 500 for ${URL_SHOWN}.`],
  },
  {
    name: 'an HTML page instead of JSON',
    handle: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html><body><h1>Hello</h1></body></html>',
      }),
    fr: [`Le fichier ${URL_SHOWN} n’est pas du JSON valide.`],
    en: [`The file ${URL_SHOWN} is not valid JSON.`],
  },
  {
    name: 'JSON that fails the schema',
    handle: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: brokenDataset() }),
    fr: [
      `Le fichier ${URL_SHOWN} ne respecte pas le format attendu :`,
      /plans\.0\.areas\.0\.themeId : thème inconnu «\s?no-such-theme\s?»/,
    ],
    en: [
      `The file ${URL_SHOWN} does not follow the expected format:`,
      'plans.0.areas.0.themeId: unknown theme "no-such-theme"',
    ],
  },
  {
    name: 'no network',
    handle: (route) => route.abort('connectionrefused'),
    fr: [`Le réseau ne répond pas (${URL_SHOWN}).`],
    en: [`The network does not answer (${URL_SHOWN}).`],
  },
];

test.describe('dataset load failures', () => {
  for (const failure of cases) {
    test(`${failure.name}: localized alert, header kept, Retry recovers`, async ({
      page,
      diagnostics,
    }) => {
      // The browser logs the failed request; the app itself logs no error (a failed load is
      // not a bug, and the page says what went wrong).
      diagnostics.allowConsoleErrors(/^Failed to load resource/);
      await routeDataset(page, failure.handle);
      await page.goto('/');

      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('heading', { level: 2 })).toHaveText(
        'Les données n’ont pas pu être chargées',
      );
      for (const text of failure.fr) await expect(alert).toContainText(text);
      await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
      // The header stays, and none of the dashboard is drawn half-way.
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Plans d’action conjoints ONUDC–OSCE',
      );
      await expect(page.getByRole('region', { name: 'Les quatre plans' })).toHaveCount(0);

      // The message follows the language.
      await chooseLanguage(page, 'English');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(alert.getByRole('heading', { level: 2 })).toHaveText(
        'The data could not be loaded',
      );
      for (const text of failure.en) await expect(alert).toContainText(text);

      // Once the server is right again, Retry brings the whole dashboard.
      await page.unroute(DATASET_ROUTE);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'The four plans' })).toBeVisible();
      await waitForChart(page);
    });
  }

  test('a schema failure lists every faulty path', async ({ page }) => {
    const dataset = readDataset() as {
      plans: { number: unknown; areas: { themeId: unknown }[] }[];
    };
    dataset.plans[0]!.areas[0]!.themeId = 42;
    dataset.plans[1]!.number = -1;
    await routeDataset(page, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(dataset),
      }),
    );
    await page.goto('/');
    const issues = page.getByRole('alert').getByRole('listitem');
    await expect(issues).toHaveCount(2);
    await expect(issues.nth(0)).toHaveText(/^plans\.0\.areas\.0\.themeId : .+/);
    await expect(issues.nth(1)).toHaveText(/^plans\.1\.number : .+/);
  });
});

test.describe('chart chunk failure', () => {
  test('the grid keeps working and the chart offers its own Retry', async ({
    page,
    diagnostics,
  }) => {
    diagnostics.allowConsoleErrors(/^Failed to load resource/);
    await page.route(CHART_CHUNK_ROUTE, (route) => route.abort('failed'));
    await openDashboard(page);
    // The chart asks for its code when it comes near the screen.
    await page.locator('#areas figure').scrollIntoViewIfNeeded();

    const chartAlert = page.locator('#areas figure').getByRole('alert');
    await expect(chartAlert).toBeVisible();
    await expect(chartAlert).toContainText('Le graphique n’a pas pu s’afficher.');
    const retry = chartAlert.getByRole('button', { name: 'Réessayer' });
    await expect(retry).toBeVisible();
    await expect(chartBars(page)).toHaveCount(0);

    // Everything else works: the table alternative, the filters, the grid.
    await expect(areaCards(page)).toHaveCount(12);
    await themeToggle(page, 'Personnes').click();
    await expect(areaCards(page)).toHaveCount(2);
    await page.locator('#areas details summary').click();
    await page
      .getByRole('button', { name: 'Filtrer par le thème Terrorisme', exact: true })
      .click();
    await expect(areaCards(page)).toHaveCount(3);
    await expect(page).toHaveURL(/[?&]themes=people%2Cterrorism$/);

    // The chunk is reachable again: Retry draws the chart.
    await page.unroute(CHART_CHUNK_ROUTE);
    await retry.click();
    await waitForChart(page);
    await expect(chartAlert).toHaveCount(0);
    await expect(areaCards(page)).toHaveCount(3);
  });
});
