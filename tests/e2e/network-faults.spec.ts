import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Route } from '@playwright/test';
import {
  areaCards,
  chooseLanguage,
  DATASET_ROUTE,
  expect,
  routeDataset,
  test,
  waitForChart,
} from './support';

// The dataset request on a failing network: a server that never answers, a body cut short, an
// HTML page, an answer that takes its time. (404, 500, refused connections, JSON that breaks the
// schema and the chart chunk failing are in errors.spec.ts.) Each failure says what happened in
// the reader's language, keeps the header, and Retry recovers once the network does.

// The service worker (pwa.config.ts) would answer later visits from its cache; these are first
// visits, as on a network that fails before anything was ever cached.
test.use({ serviceWorkers: 'block' });

const URL_SHOWN = '/data/plans.json';
/** src/data/load-dataset.ts, DATASET_TIMEOUT_MS. */
const LOADER_TIMEOUT_MS = 20_000;

const alert = (page: Page) => page.getByRole('alert');
/** The dataset's loading message (the header has its own status line, for the copied link). */
// The dataset's loading status (the pre-rendered view, shown until the app starts, has others).
const loadingStatus = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /^(Chargement des données…|Loading the data…)$/ });

/** The alert says what went wrong, in French then in English; the header stays. */
async function expectFailure(page: Page, fr: string, en: string) {
  await expect(alert(page)).toBeVisible();
  await expect(alert(page).getByRole('heading', { level: 2 })).toHaveText(
    'Les données n’ont pas pu être chargées',
  );
  await expect(alert(page)).toContainText(fr);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Plans d’action conjoints ONUDC–OSCE',
  );
  await expect(page.getByRole('region', { name: 'Les quatre plans' })).toHaveCount(0);
  await expect(loadingStatus(page)).toHaveCount(0);

  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(alert(page).getByRole('heading', { level: 2 })).toHaveText(
    'The data could not be loaded',
  );
  await expect(alert(page)).toContainText(en);
}

/** Once the network is right again, Retry brings the whole dashboard (in English by now). */
async function expectRetryRecovers(page: Page) {
  await page.unroute(DATASET_ROUTE);
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);
  await expect(alert(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'The four plans' })).toBeVisible();
  await waitForChart(page);
}

/**
 * A server on its own port that sends half of the real body, drops the connection, and closes:
 * it serves one request.
 */
async function startDroppingServer(body: string): Promise<string> {
  const server: Server = createServer((_request, response) => {
    const bytes = Buffer.from(body);
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(bytes.length),
    });
    response.write(bytes.subarray(0, bytes.length >> 1), () => {
      response.socket?.destroy();
      server.close();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/data/plans.json`;
}

test.describe('the dataset request on a failing network', () => {
  test('a server that never answers: the loading state gives way to "too long", then Retry', async ({
    page,
    diagnostics,
  }) => {
    diagnostics.allowConsoleErrors(/^Failed to load resource/);
    // The request hangs: the handler never answers it.
    const pending: Route[] = [];
    await routeDataset(page, (route) => {
      pending.push(route);
    });
    await page.clock.install();
    await page.goto('/');

    await expect(loadingStatus(page)).toHaveText('Chargement des données…');
    await expect.poll(() => pending.length).toBe(1);
    // Just before the limit the page is still waiting, patiently.
    await page.clock.runFor(LOADER_TIMEOUT_MS - 1_000);
    await expect(loadingStatus(page)).toHaveText('Chargement des données…');
    await expect(alert(page)).toHaveCount(0);
    // Past it, the page stops waiting and says so.
    await page.clock.runFor(2_000);
    await expectFailure(
      page,
      `Le serveur a mis trop de temps à répondre (${URL_SHOWN}).`,
      `The server took too long to answer (${URL_SHOWN}).`,
    );
    // The timeout is not retried behind the reader's back: one request so far.
    expect(pending).toHaveLength(1);
    await expectRetryRecovers(page);
  });

  const notJson = {
    fr: `Le fichier ${URL_SHOWN} n’est pas du JSON valide.`,
    en: `The file ${URL_SHOWN} is not valid JSON.`,
  };
  for (const { name, handler, fr, en } of [
    {
      name: 'a body cut short (the file was truncated): "not valid JSON", then Retry',
      handler: async (route: Route) => {
        const body = await (await route.fetch()).text();
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: body.slice(0, body.length >> 1),
        });
      },
      ...notJson,
    },
    {
      name: 'the connection drops in the middle of the body: "the network", then Retry',
      handler: async (route: Route) => {
        const body = await (await route.fetch()).text();
        await route.continue({ url: await startDroppingServer(body) });
      },
      fr: `Le réseau ne répond pas (${URL_SHOWN}).`,
      en: `The network does not answer (${URL_SHOWN}).`,
    },
    {
      name: 'the host answers with its HTML page (a fallback to index.html): "not JSON", then Retry',
      handler: async (route: Route) => {
        const html = await route.fetch({
          url: new URL('/', route.request().url()).href,
          headers: { accept: 'text/html' },
        });
        await route.fulfill({ response: html });
      },
      ...notJson,
    },
  ]) {
    test(name, async ({ page, diagnostics }) => {
      diagnostics.allowConsoleErrors(/^Failed to load resource/);
      await routeDataset(page, handler);
      await page.goto('/');
      await expectFailure(page, fr, en);
      await expectRetryRecovers(page);
    });
  }

  for (const { lang, search, loading, listName } of [
    {
      lang: 'fr',
      search: '',
      loading: 'Chargement des données…',
      listName: 'Domaines thématiques',
    },
    { lang: 'en', search: '?lang=en', loading: 'Loading the data…', listName: 'Thematic areas' },
  ]) {
    test(`${lang}: a very slow answer shows the loading state, then the data`, async ({ page }) => {
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let requests = 0;
      await routeDataset(page, async (route) => {
        requests += 1;
        const response = await route.fetch();
        await released;
        await route.fulfill({ response });
      });
      await page.clock.install();
      await page.goto(`/${search}`);

      // The header is drawn at once; the data says it is coming, and keeps saying so until just
      // before the loader would give up.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(loadingStatus(page)).toHaveText(loading);
      await expect.poll(() => requests).toBe(1);
      await page.clock.runFor(LOADER_TIMEOUT_MS - 1_000);
      await expect(loadingStatus(page)).toHaveText(loading);
      await expect(alert(page)).toHaveCount(0);

      release();
      await expect(areaCards(page, listName)).toHaveCount(12);
      await expect(page.getByText(loading)).toHaveCount(0);
      await waitForChart(page);
    });
  }
});
