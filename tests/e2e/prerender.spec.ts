import type { Page } from '@playwright/test';
import {
  areaCards,
  chooseLanguage,
  expect,
  openDashboard,
  statusCount,
  test,
  themeToggle,
  timelinePlans,
  waitForApp,
  waitForChart,
} from './support';

/**
 * Samples, on every animation frame from the first one, whether the page's view is visible and
 * what its main heading and colour scheme say: what a reader would have seen while it loaded.
 */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: { visible: boolean; heading: string; count: string; scheme: string | null }[] =
      [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const sample = () => {
      const root = document.getElementById('root');
      if (root) {
        frames.push({
          visible: getComputedStyle(root).visibility === 'visible',
          heading: document.querySelector('h1')?.textContent ?? '',
          count:
            document.querySelector('#areas [role="status"][aria-live="polite"]')?.textContent ?? '',
          scheme: document.documentElement.getAttribute('data-scheme'),
        });
      }
      if (frames.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  return () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            __frames: { visible: boolean; heading: string; count: string; scheme: string | null }[];
          }
        ).__frames,
    );
}

test.describe('the pre-rendered page', () => {
  test('reads without JavaScript: header, plans, areas, quotes and sources, no dead controls', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Plans d’action conjoints ONUDC–OSCE' }),
    ).toBeVisible();
    await expect(timelinePlans(page)).toHaveCount(4);
    await expect(areaCards(page)).toHaveCount(12);
    await expect(page.locator('#quotes blockquote')).toHaveCount(2);
    await expect(page.locator('#sources a[href^="http"]').first()).toBeVisible();
    await expect(page.getByText('JavaScript est désactivé')).toBeVisible();
    await expect(page.getByText('Le graphique demande JavaScript')).toBeVisible();
    await expect(page.getByText('Chargement du graphique…')).toBeHidden();
    // Buttons that need the app are not offered: header, filters, downloads, other versions.
    for (const name of ['Présenter', 'Copier le lien de cette vue'])
      await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('button', { name: /CSV/ }).first()).toBeHidden();
    await expect(page.locator('#quotes button')).toHaveCount(2);
    for (const button of await page.locator('#quotes button').all())
      await expect(button).toBeHidden();
    // The language switcher needs no app: its links open each language's pre-rendered page.
    await chooseLanguage(page, 'English');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeVisible();
    await context.close();
  });

  test('is hydrated in place, with no request for the dataset and no mismatch', async ({
    page,
  }) => {
    const datasetRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/plans.json')) datasetRequests.push(request.url());
    });
    await page.addInitScript(() => {
      // Keep the <main> the parser builds, to compare with the one the app ends with.
      new MutationObserver((_records, observer) => {
        const main = document.querySelector('main');
        if (main) {
          (window as unknown as { __parsedMain: Element }).__parsedMain = main;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await openDashboard(page);
    await themeToggle(page, 'Cybercriminalité').click();
    await expect(statusCount(page)).toHaveText('1 domaine affiché sur 12');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('main') ===
          (window as unknown as { __parsedMain: Element }).__parsedMain,
      ),
    ).toBe(true);
    expect(datasetRequests).toEqual([]);
  });

  test('an address in English never shows the French view, not even for a frame', async ({
    page,
  }) => {
    const frames = await recordFrames(page);
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'UNODC–OSCE joint action plans',
    );
    await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);
    const seen = await frames();
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.filter((frame) => frame.visible && frame.heading !== 'UNODC–OSCE joint action plans'),
    ).toEqual([]);
    expect(seen.some((frame) => frame.visible)).toBe(true);
  });

  test('an address with filters shows the filtered view from its first visible frame', async ({
    page,
  }) => {
    const frames = await recordFrames(page);
    await page.goto('/?themes=cyber');
    await expect(statusCount(page)).toHaveText('1 domaine affiché sur 12');
    const seen = await frames();
    expect(seen.some((frame) => frame.visible)).toBe(true);
    expect(
      seen.filter((frame) => frame.visible && frame.count !== '1 domaine affiché sur 12'),
    ).toEqual([]);
  });

  test('a dark system scheme is applied before the first frame', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const frames = await recordFrames(page);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const seen = await frames();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((frame) => frame.scheme !== 'dark')).toEqual([]);
    await context.close();
  });

  test('nothing moves while the page hydrates and the chart draws (layout shift 0)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openDashboard(page);
    await waitForChart(page);
    // A frame drawn after the chart's, and the task after it: any shift has been reported by then.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    expect(
      await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts),
    ).toEqual([]);
  });
});

/**
 * A slow phone (4× CPU, Lighthouse's "slow 4G"), with a record, at each click, of whether the app's
 * code had arrived (its resource timing entry is written when it has) and whether the app ran.
 */
async function onSlowPhone(page: Page) {
  await page.addInitScript(() => {
    const seen: { appCodeLoaded: boolean; appRunning: boolean }[] = [];
    (window as unknown as { __clicks: typeof seen }).__clicks = seen;
    document.addEventListener(
      'click',
      () =>
        seen.push({
          appCodeLoaded: performance
            .getEntriesByType('resource')
            .some((entry) => /\/assets\/index-[^/]*\.js$/.test(entry.name)),
          appRunning: document.documentElement.hasAttribute('data-app-running'),
        }),
      true,
    );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbps down, 750 kbps up.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.goto('/', { waitUntil: 'commit' });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __clicks: { appCodeLoaded: boolean; appRunning: boolean }[] })
          .__clicks,
    );
}

test.describe('a click before the app runs', () => {
  test('on a slow phone (4× CPU, slow 4G): a theme clicked before the app runs is applied once it runs', async ({
    page,
  }) => {
    const clicks = await onSlowPhone(page);
    const cybercrime = themeToggle(page, 'Cybercriminalité');
    await cybercrime.click({ noWaitAfter: true });
    const [click] = await clicks();
    // Before the app runs: its code may have arrived (the page is small), but the sections it
    // hydrates had not woken yet, and the click is kept until they have.
    expect(click?.appRunning).toBe(false);
    await waitForApp(page);
    await expect(statusCount(page)).toHaveText('1 domaine affiché sur 12');
    await expect(cybercrime).toHaveAttribute('aria-pressed', 'true');
    await expect(areaCards(page)).toHaveCount(1);
  });

  test('on a slow phone: "new only" pressed before the app runs is applied once it runs', async ({
    page,
  }) => {
    const clicks = await onSlowPhone(page);
    const newOnly = page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' });
    await newOnly.click({ noWaitAfter: true });
    expect((await clicks())[0]?.appRunning).toBe(false);
    await waitForApp(page);
    await expect(newOnly).toBeChecked();
    await expect(areaCards(page)).toHaveCount(4);
    await expect(page).toHaveURL(/[?&]new=1(&|$)/);
  });

  test('on a slow phone: a quotation’s other version asked for before the app runs is shown once it runs', async ({
    page,
  }) => {
    const clicks = await onSlowPhone(page);
    const fedotov = page
      .getByRole('region', { name: 'Les signataires' })
      .getByRole('figure')
      .first();
    await fedotov
      .getByRole('button', { name: 'Voir la version en anglais' })
      .click({ noWaitAfter: true });
    expect((await clicks())[0]?.appRunning).toBe(false);
    await waitForApp(page);
    await expect(fedotov.locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(
      fedotov.getByRole('button', { name: 'Voir la version en français' }),
    ).toBeVisible();
  });
});
