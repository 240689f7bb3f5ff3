import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  areaCards,
  expect,
  expectNoAxeViolations,
  openDashboard,
  saveDownload,
  test,
  themeToggle,
  openDatasetFile,
} from './support';

const downloadFrom = (page: Page, buttonName: string) =>
  saveDownload(page.getByRole('button', { name: buttonName, exact: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const FIXTURE = resolve(process.cwd(), 'tests/fixtures/plans-with-fifth-plan.json');

test.describe('copy link', () => {
  test('copies the link of the filtered view, which opens the same view on a fresh page', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDashboard(page, '?lang=en');
    await themeToggle(page, 'Cybercrime').click();
    await page.getByRole('checkbox', { name: 'New in 2018-2019 only' }).check();
    await page.getByRole('button', { name: 'Copy the link to this view' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(link);
    await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(
      'UNODC–OSCE joint action plans',
    );
    await expect(areaCards(fresh, 'Thematic areas')).toHaveCount(1);
    await expect(fresh.getByRole('checkbox', { name: 'New in 2018-2019 only' })).toBeChecked();
    await fresh.context().close();
  });
});

test.describe('downloads', () => {
  test('all and filtered areas as CSV with BOM and French separator, parsed back', async ({
    page,
  }) => {
    await openDashboard(page, '?themes=people');
    const filtered = await downloadFrom(page, 'Domaines affichés (CSV)');
    expect(filtered.name).toBe('unodc-osce-joint-action-plans-areas-2018-2019-filtered-fr.csv');
    expect([...filtered.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = filtered.bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(';')).toHaveLength(7);
    expect(lines.join('\n')).toContain('Prévention et lutte contre les violences à l');

    const all = await downloadFrom(page, 'Domaines (CSV)');
    expect(all.name).toBe('unodc-osce-joint-action-plans-areas-2018-2019-fr.csv');
    expect(all.bytes.subarray(3).toString('utf8').trim().split('\r\n')).toHaveLength(13);
  });

  test('areas as JSON in English', async ({ page }) => {
    await openDashboard(page, '?lang=en&new=1');
    const { name, bytes } = await downloadFrom(page, 'Areas shown (JSON)');
    expect(name).toBe('unodc-osce-joint-action-plans-areas-2018-2019-filtered-en.json');
    const json = JSON.parse(bytes.toString('utf8'));
    expect(json.count).toBe(4);
    expect(json.areas.every((area: { isNew: boolean }) => area.isNew)).toBe(true);
  });

  test('the chart as SVG and as a 2x PNG, each with its title', async ({ page }) => {
    await openDashboard(page);
    const svg = await downloadFrom(page, 'Graphique (SVG)');
    expect(svg.name).toBe('unodc-osce-joint-action-plans-areas-by-theme-2018-2019-fr.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Domaines thématiques du plan 2018-2019');
    expect(text).toContain('Sources\u00a0:');
    // Drawn by the browser, every line of it stays inside the image's 40 px margins.
    const overruns = await page.evaluate((source) => {
      const holder = document.createElement('div');
      holder.innerHTML = source;
      document.body.append(holder);
      const svg = holder.querySelector('svg')!;
      const width = Number(svg.getAttribute('width'));
      const out = [...svg.querySelectorAll('text')]
        .filter((text) => {
          const box = text.getBBox();
          return box.x < 40 - 1 || box.x + box.width > width - 40 + 1;
        })
        .map((text) => text.textContent);
      holder.remove();
      return out;
    }, text);
    expect(overruns).toEqual([]);
    // The browser must be able to draw it: load it as an image.
    const width = await page.evaluate(async (source) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      await image.decode();
      return image.naturalWidth;
    }, text);
    expect(width).toBe(1200);

    const png = await downloadFrom(page, 'Graphique (PNG)');
    expect(png.name).toBe('unodc-osce-joint-action-plans-areas-by-theme-2018-2019-fr.png');
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2400);
    expect(size.height).toBeGreaterThan(800);
  });
});

test.describe('your own dataset', () => {
  test('a valid file with a fifth plan replaces the view; the bundled one comes back', async ({
    page,
  }) => {
    await openDashboard(page);
    await openDatasetFile(page, FIXTURE);
    await expect(page.getByRole('region', { name: 'Les cinq plans' })).toBeVisible();
    await expect(page.getByText(/Jeu de données affiché/)).toContainText(
      'plans-with-fifth-plan.json',
    );
    await page.getByRole('button', { name: 'Revenir au jeu de données fourni' }).click();
    await expect(page.getByRole('region', { name: 'Les quatre plans' })).toBeVisible();
  });

  test('an opened file is kept across reloads until the reader goes back to the bundled one', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDashboard(page);
    await openDatasetFile(page, FIXTURE);
    await expect(page.getByRole('region', { name: 'Les cinq plans' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('region', { name: 'Les cinq plans' })).toBeVisible();
    await expect(page.getByText(/Jeu de données affiché/)).toContainText(
      'plans-with-fifth-plan.json',
    );
    await page.getByRole('button', { name: 'Copier le lien de cette vue' }).click();
    await expect(page.getByText(/^Ce lien ouvre le jeu de données fourni/)).toContainText(
      'plans-with-fifth-plan.json',
    );
    await expectNoAxeViolations(page, 'own dataset kept, link copied');

    await page.getByRole('button', { name: 'Revenir au jeu de données fourni' }).click();
    await expect(page.getByRole('region', { name: 'Les quatre plans' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Les quatre plans' })).toBeVisible();
    // The kept dataset would arrive just after the first view: it must not.
    await page.waitForTimeout(500);
    await expect(page.getByRole('region', { name: 'Les quatre plans' })).toBeVisible();
    await expect(page.getByText(/Jeu de données affiché/)).toHaveCount(0);
  });

  test('a file dropped on the page opens too', async ({ page }) => {
    await openDashboard(page, '?lang=en');
    const content = readFileSync(FIXTURE, 'utf8');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, content);
    await page.locator('main').dispatchEvent('dragover', { dataTransfer });
    await page.locator('main').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByRole('region', { name: 'The five plans' })).toBeVisible();
    await expect(page.getByText(/Dataset shown/)).toContainText('dropped.json');
  });

  for (const { name, file, message } of [
    {
      name: 'not JSON',
      file: { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{oops') },
      message: /n’est pas du JSON valide/,
    },
    {
      name: 'too large',
      file: {
        name: 'big.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(6_000_000, 0x20),
      },
      message: /trop volumineux \(6,0\sMo\s; limite\s: 5\sMo\)/,
    },
    {
      name: 'against the schema',
      file: {
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, plans: [] })),
      },
      message: /themes : valeur manquante/,
    },
  ]) {
    test(`a file ${name} is refused with what is wrong, and the view stays`, async ({ page }) => {
      await openDashboard(page);
      await openDatasetFile(page, file);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Ce fichier n’a pas été ouvert');
      await expect(alert).toContainText(message);
      await expect(page.getByRole('region', { name: 'Les quatre plans' })).toBeVisible();
      await expect(areaCards(page)).toHaveCount(12);
      await expectNoAxeViolations(page, `file refused: ${name}`);
    });
  }
});

test('embed=1 shows the areas without page chrome, linking back to the full view', async ({
  page,
}) => {
  await page.goto('/?embed=1&themes=crime');
  await expect(areaCards(page)).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Les quatre plans' })).toHaveCount(0);
  const back = page.getByRole('link', { name: 'Ouvrir le tableau de bord complet' });
  await expect(back).toHaveAttribute('href', /themes=crime/);
  await expectNoAxeViolations(page, 'embed');
});
