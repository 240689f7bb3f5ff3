import type { Page } from '@playwright/test';
import {
  areaCards,
  expect,
  openDashboard,
  statusCount,
  test,
  themeToggle,
  waitForChart,
} from './support';

/** Resolves once a service worker controls the page: its precache (app and dataset) is complete. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
        once: true,
      }),
    );
  });
}

/** The requests every cache of the origin holds, by cache name. */
async function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      result[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return result;
  });
}

test.describe('offline, after one visit', () => {
  test('reload, English, filters and the chart work with the network gone', async ({
    page,
    context,
  }) => {
    await openDashboard(page);
    await waitForChart(page);
    await waitForServiceWorker(page);

    // The dataset sits in the one precache, beside the app: no runtime cache could drift from it.
    const caches = await cachedUrls(page);
    expect(Object.keys(caches)).toHaveLength(1);
    const precache = Object.values(caches)[0]!;
    expect(precache).toEqual(
      expect.arrayContaining(['/index.html', '/data/plans.json', '/manifest.webmanifest']),
    );
    expect(precache.some((path) => /^\/assets\/areas-chart-.*\.js$/.test(path))).toBe(true);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
    await expect(statusCount(page)).toHaveText('12 domaines affichés sur 12');
    await expect(areaCards(page)).toHaveCount(12);
    await expect(page.locator('#quotes figure')).toHaveCount(2);
    await waitForChart(page);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Thematic areas of the 2018-2019 plan' }),
    ).toBeVisible();
    await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);

    await themeToggle(page, 'Cybercrime').click();
    await expect(statusCount(page)).toHaveText('1 area shown of 12');
    await expect(areaCards(page, 'Thematic areas')).toHaveCount(1);
    await page.getByRole('checkbox', { name: 'New in 2018-2019 only' }).check();
    await expect(statusCount(page)).toHaveText('1 area shown of 12');
    await themeToggle(page, 'Cybercrime').click();
    await expect(statusCount(page)).toHaveText('4 areas shown of 12');

    // A link opened offline (a new navigation with its own query) lands on the same view.
    await page.goto('/?lang=en&themes=crime');
    await expect(statusCount(page)).toHaveText('4 areas shown of 12');
    await expect(page.locator('#quotes figure')).toHaveCount(2);
  });

  test('the web app manifest is linked and describes an installable app', async ({ page }) => {
    await openDashboard(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Plans d’action conjoints ONUDC–OSCE',
      lang: 'fr',
      start_url: '/',
      display: 'standalone',
      theme_color: '#172554',
      background_color: '#172554',
    });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);

    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const image = await page.request.get(new URL(icon.src, response.url()).href);
      expect(image.ok(), icon.src).toBe(true);
      expect(image.headers()['content-type']).toBe('image/png');
      // A PNG's width and height are the big-endian words at bytes 16 and 20 (IHDR).
      const body = await image.body();
      expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});
