import { expect, expectNoAxeViolations, openDashboard, test, waitForChart } from './support';

const scheme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.dataset.scheme);

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor,
  );

test('light and dark follow the system; the switch overrides it and the link keeps it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDashboard(page);
  expect(await scheme(page)).toBe('dark');
  const dark = await background(page);

  const toggle = page.getByRole('button', { name: 'Thème sombre' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page).toHaveURL(/[?&]scheme=light(&|$)/);
  expect(await scheme(page)).toBe('light');
  expect(await background(page)).not.toBe(dark);

  await page.reload();
  await openDashboard(page, new URL(page.url()).search);
  expect(await scheme(page)).toBe('light');
});

for (const lang of ['fr', 'en']) {
  test(`the dark theme has no axe violations (${lang})`, async ({ page }) => {
    await openDashboard(page, `?scheme=dark&lang=${lang}&themes=people`);
    await waitForChart(page);
    await page
      .locator('details')
      .first()
      .evaluate((el) => el.setAttribute('open', ''));
    await expectNoAxeViolations(page, `dark ${lang}`);
  });
}

test('presenting uses the light high-contrast deck even in the dark theme', async ({ page }) => {
  await page.goto('/?scheme=dark&mode=present&slide=2');
  await expect(page.locator('.deck')).toBeVisible();
  expect(await scheme(page)).toBe('light');
  // The slide itself: dark ink on white (the letterbox around it is dark on purpose).
  const colors = await page
    .locator('.deck [role="group"] > div')
    .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  expect(colors).toEqual(['rgb(255, 255, 255)', 'rgb(15, 23, 42)']);
});
