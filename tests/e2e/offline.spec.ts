import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  areaCards,
  chooseLanguage,
  expect,
  openDashboard,
  statusCount,
  test,
  themeToggle,
  waitForChart,
  waitForServiceWorker,
} from './support';

// The other journeys block service workers (playwright.config.ts); these are about one.
test.use({ serviceWorkers: 'allow' });

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
    diagnostics,
  }) => {
    await openDashboard(page);
    await waitForChart(page);
    await waitForServiceWorker(page);

    // The dataset is inside the page (pre-rendered with it), in the one precache beside the app:
    // no runtime cache could drift from it.
    const caches = await cachedUrls(page);
    expect(Object.keys(caches)).toHaveLength(1);
    const precache = Object.values(caches)[0]!;
    expect(precache).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
    expect(precache.some((path) => /^\/assets\/areas-chart-.*\.js$/.test(path))).toBe(true);
    // The deck's own stylesheet, which comes with its lazy chunk (src/deck/deck.css).
    expect(precache.some((path) => /^\/assets\/presentation-.*\.css$/.test(path))).toBe(true);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
    // The network is really gone, for the worker too: what it does not hold cannot be fetched.
    diagnostics.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/);
    const uncached = await page.evaluate(() =>
      fetch('/not-precached.txt').then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');
    await expect(statusCount(page)).toHaveText('12 domaines affichés sur 12');
    await expect(areaCards(page)).toHaveCount(12);
    await expect(page.locator('#quotes figure')).toHaveCount(2);
    await waitForChart(page);

    await chooseLanguage(page, 'English');
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

    // Presenting works offline too, chart slide and presenter view included.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.deck-progress')).toHaveText('Slide 1 / 10');
    await expect(page.locator('.deck .slide-stage')).toHaveCSS('aspect-ratio', '16 / 9');
    // Past the timeline and the milestones' slide.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.deck [role="group"] h2')).toHaveText(
      'Thematic areas of the 2018-2019 plan',
    );
    await expect(page.locator('.deck [role="group"] figure li').first()).toBeVisible();
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await expect(presenter.locator('.presenter-count')).toHaveText('4 / 10');
    await expect(presenter.getByRole('region', { name: 'Notes' })).toContainText('Crime and');
    await presenter.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-progress')).toHaveText('Slide 5 / 10');
    await page.reload();
    await expect(page.locator('.deck-progress')).toHaveText('Slide 5 / 10');
  });

  test('the web app manifest is linked and describes an installable app', async ({ page }) => {
    await openDashboard(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toMatch(/manifest\.webmanifest$/);
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

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A deployment of its own: a copy of the build served by `vite preview` on a free port, so that
 * this test can deploy a new version without touching the build the other tests share.
 */
async function startDeployment() {
  const root = mkdtempSync(join(tmpdir(), 'jap-deploy-'));
  cpSync(resolve(process.env.E2E_OUT_DIR ?? 'dist'), root, { recursive: true });
  const port = await freePort();
  const server: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(origin).then(
          (response) => response.ok,
          () => false,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);

  /**
   * Deploys a new dataset: the page, pre-rendered from it, changes, and so does the name of the
   * build's copy of it (assets/plans-<hash>.json), as a new build would change them, and so do
   * their entries in the worker's precache.
   */
  const deploySummary = (summary: { fr: string; en: string }) => {
    const htmlPath = join(root, 'index.html');
    let html = readFileSync(htmlPath, 'utf8');
    const element = /<script type="application\/json" id="bundled-dataset" data-src="\/([^"]+)"/;
    const oldFile = element.exec(html)![1]!;
    const dataset = JSON.parse(readFileSync(join(root, oldFile), 'utf8')) as {
      summary: { fr: string; en: string };
    };
    // As React writes text into HTML.
    const escape = (text: string) =>
      text
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;')
        .replaceAll("'", '&#x27;');
    const shown = `>${escape(dataset.summary.fr)}<`;
    expect(html, 'the pre-rendered page shows the summary').toContain(shown);
    html = html.replace(shown, `>${escape(summary.fr)}<`);
    dataset.summary = summary;
    const newFile = 'assets/plans-version2.json';
    const data = Buffer.from(JSON.stringify(dataset));
    writeFileSync(join(root, newFile), data);
    // The page names its copy twice: as its own, and as French's and English's in the map of each
    // language's copy (src/data/bundled-dataset.ts).
    html = html.replaceAll(oldFile, newFile);
    const swPath = join(root, 'sw.js');
    const dataEntry = new RegExp(
      `\\{url:"${oldFile.replace(/[.]/g, '\\.')}",revision:null,integrity:"[^"]+"\\}`,
    );
    expect(readFileSync(swPath, 'utf8'), 'the worker precaches the dataset').toMatch(dataEntry);
    writeFileSync(
      swPath,
      readFileSync(swPath, 'utf8').replace(
        dataEntry,
        `{url:"${newFile}",revision:null,integrity:"sha384-${createHash('sha384').update(data).digest('base64')}"}`,
      ),
    );
    const body = Buffer.from(html);
    writeFileSync(htmlPath, body);
    const revision = createHash('md5').update(body).digest('hex');
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    const worker = readFileSync(swPath, 'utf8');
    const entry = /\{url:"index\.html",revision:"[0-9a-f]+",integrity:"[^"]+"\}/;
    expect(worker, 'the worker precaches the page with its integrity').toMatch(entry);
    writeFileSync(
      swPath,
      worker.replace(entry, `{url:"index.html",revision:"${revision}",integrity:"${integrity}"}`),
    );
  };

  const stop = () => {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  };
  return { origin, deploySummary, stop };
}

test.describe('a new version deployed', () => {
  test('is offered politely, and app and dataset switch together on reload', async ({ page }) => {
    const deployment = await startDeployment();
    try {
      const oldSummary = page.getByText(/^Depuis 2011, /);
      const newSummary = page.getByText('Version 2 du jeu de données.', { exact: true });
      await page.goto(`${deployment.origin}/`);
      await expect(oldSummary).toBeVisible();
      await waitForServiceWorker(page);

      deployment.deploySummary({
        fr: 'Version 2 du jeu de données.',
        en: 'Version 2 of the dataset.',
      });
      // The browser looks for a new worker on navigation; until the reader accepts it, the page
      // keeps the app and the dataset it had.
      await page.reload();
      const banner = page.getByText('Une nouvelle version du tableau de bord est disponible.');
      await expect(banner).toBeVisible({ timeout: 15_000 });
      await expect(oldSummary).toBeVisible();
      await page.reload();
      await expect(banner).toBeVisible({ timeout: 15_000 });
      await expect(oldSummary).toBeVisible();

      await page.getByRole('button', { name: 'Plus tard' }).click();
      await expect(banner).toBeHidden();
      await page.reload();
      await expect(banner).toBeVisible({ timeout: 15_000 });

      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Recharger avec la nouvelle version' }).click(),
      ]);
      await expect(newSummary).toBeVisible();
      await expect(oldSummary).toBeHidden();
      await expect(banner).toBeHidden();
      await expect(areaCards(page)).toHaveCount(12);
    } finally {
      deployment.stop();
    }
  });
});
