import {
  areaCards,
  CHART_CHUNK_ROUTE,
  routeDataset,
  expect,
  expectNoAxeViolations,
  openDashboard,
  test,
  timelinePlans,
  waitForChart,
} from './support';

test.describe('axe (WCAG 2.2 AA)', () => {
  test('French dashboard, as loaded', async ({ page }) => {
    await openDashboard(page);
    await waitForChart(page);
    await expectNoAxeViolations(page, 'fr, initial');
  });

  test('English dashboard, as loaded', async ({ page }) => {
    await openDashboard(page, '?lang=en');
    await waitForChart(page);
    await expectNoAxeViolations(page, 'en, initial');
  });

  for (const { lang, search, summary } of [
    { lang: 'fr', search: '', summary: 'Tableau des données du graphique' },
    { lang: 'en', search: '?lang=en', summary: 'Table of the chart’s data' },
  ]) {
    test(`${lang}: chart table open, another plan chosen, a filter on`, async ({ page }) => {
      await openDashboard(page, search);
      await waitForChart(page);
      await page.getByText(summary, { exact: true }).click();
      await expect(page.locator('#areas details')).toHaveAttribute('open', '');
      await expect(page.locator('#areas details table')).toBeVisible();
      // The first plan has its own list of areas and facts in the details region.
      await timelinePlans(page).nth(0).click();
      await expect(timelinePlans(page).nth(0)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('#plan-details li').first()).toBeVisible();
      await page.locator('#areas [role=group] button').first().click();
      await expect(page.locator('#areas [role=group] button[aria-pressed=true]')).toHaveCount(1);
      await expectNoAxeViolations(page, `${lang}, table open, plan 1, one theme`);

      // A plan whose period is not documented.
      await timelinePlans(page).nth(2).click();
      await expect(timelinePlans(page).nth(2)).toHaveAttribute('aria-pressed', 'true');
      await expectNoAxeViolations(page, `${lang}, plan 3`);
    });
  }

  test('no area matches the filters', async ({ page }) => {
    await openDashboard(page, '?q=zzzz&new=1');
    await expect(areaCards(page)).toHaveCount(0);
    await expect(page.getByText('Aucun domaine ne correspond à ces filtres.')).toBeVisible();
    await expectNoAxeViolations(page, 'fr, empty result');
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: dataset error state`, async ({ page }) => {
      await routeDataset(page, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ schemaVersion: 1, plans: [] }),
        }),
      );
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await expect(page.getByRole('alert').getByRole('listitem').first()).toBeVisible();
      await expectNoAxeViolations(page, `${lang}, dataset error`);
    });
  }

  test('chart chunk error state', async ({ page, diagnostics }) => {
    diagnostics.allowConsoleErrors(/^Failed to load resource/);
    await page.route(CHART_CHUNK_ROUTE, (route) => route.abort('failed'));
    await openDashboard(page);
    await page.locator('#areas figure').scrollIntoViewIfNeeded();
    await expect(page.locator('#areas figure').getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'fr, chart error');
  });
});
