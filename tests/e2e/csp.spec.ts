import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  areaCards,
  chartBars,
  chooseLanguage,
  collectViolations,
  expect,
  openDashboard,
  openDatasetFile,
  readDataset,
  saveDownload,
  test,
  themeToggle,
  timelinePlans,
  waitForChart,
} from './support';

// The built page carries a strict Content-Security-Policy (csp.config.ts) in a <meta> tag. These
// journeys use every feature and fail on any violation the browser reports: the
// securitypolicyviolation event (collected across navigations through an exposed function) and
// the console's "Refused to …" lines.

/** The policy's directives, as the browser reads them from the meta tag. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(content, 'CSP meta tag').toContain("default-src 'self'");
  return new Map(
    content!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

// The service worker registers under the policy too (the other journeys block it).
test.use({ serviceWorkers: 'allow' });

test.describe('the strict Content-Security-Policy', () => {
  test('is delivered in a meta tag, ahead of every script and style, and is strict', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta, 'meta tag in the served HTML').toBeGreaterThan(0);
    for (const tag of ['<script', '<link rel="stylesheet"', '<link rel="manifest"', '<style'])
      if (html.includes(tag))
        expect(html.indexOf(tag), `${tag} after the policy`).toBeGreaterThan(meta);

    // Two inline scripts, each allowed by its hash alone: the boot script of the pre-rendered page
    // and React's form-replaying script, which its server renderer writes after the markup.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline, 'inline scripts').toHaveLength(2);
    expect(inline[1], 'React form-replaying script').toContain('$$reactFormReplay');
    const hashes = inline.map(
      (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
    );

    await page.goto('/');
    const policy = await metaPolicy(page);
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", ...hashes],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  test('is enforced: an inline script, eval and an inline style are refused', async ({
    page,
    diagnostics,
  }) => {
    diagnostics.allowConsoleErrors(/Content Security Policy/);
    const { violations } = await collectViolations(page);
    await openDashboard(page);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      // In a timer, outside the evaluation that DevTools lets eval freely.
      const evalRan = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve(new Function('return true')() as boolean);
          } catch {
            resolve(false);
          }
        }),
      );
      const styled = document.createElement('div');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        evalRan,
        color: getComputedStyle(styled).color,
      };
    });
    expect(outcome).toEqual({ inlineRan: false, evalRan: false, color: 'rgb(0, 0, 0)' });
    await expect
      .poll(() => violations.map((v) => v.directive).sort())
      .toEqual(['script-src', 'script-src-elem', 'style-src-attr']);
  });

  test('the deck, its presenter view, its keys and its printed pages report no violation', async ({
    page,
    context,
  }) => {
    // Collected across both windows: the presenter's is a second page of this context.
    const { violations, refusals } = await collectViolations(context);

    await page.goto('/?mode=present&lang=en');
    await expect(page.locator('.deck-progress')).toHaveText('Slide 1 / 12');
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await popup;
    await expect(presenter.locator('.presenter-count')).toHaveText('1 / 12');
    for (let i = 0; i < 11; i += 1) await presenter.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-progress')).toHaveText('Slide 12 / 12');
    await presenter.keyboard.press('?');
    await presenter.keyboard.press('Escape');
    await presenter.keyboard.press('b');
    await expect(page.locator('.deck-blank-black')).toBeVisible();
    await page.keyboard.press('b');
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Show notes' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-slide').first()).toBeVisible();
    await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    await presenter.close();

    expect(violations, 'CSP violations').toEqual([]);
    expect(refusals, 'CSP refusals in the console').toEqual([]);
  });

  test('using every feature reports no violation', async ({ page, context }) => {
    test.slow();
    const { violations, refusals } = await collectViolations(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // Load, the lazy chart, and the service worker registered from bundled code.
    await openDashboard(page);
    await waitForChart(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    });

    // Filters: a theme, the search, "new only", clearing.
    await themeToggle(page, 'Personnes').click();
    await expect(areaCards(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher un domaine' }).fill('reforme');
    await expect(areaCards(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' }).check();
    await expect(areaCards(page)).toHaveCount(4);
    await page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' }).uncheck();

    // The chart: a click on a bar, then its table and a filter from it.
    await chartBars(page).first().click();
    await expect(page).toHaveURL(/[?&]themes=/);
    await page.getByText('Tableau des données du graphique', { exact: true }).click();
    await page
      .getByRole('button', { name: 'Filtrer par le thème Terrorisme', exact: true })
      .click();
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();

    // Every plan, and each quote's other version.
    for (let i = 0; i < (await timelinePlans(page).count()); i += 1) {
      await timelinePlans(page).nth(i).click();
      await expect(timelinePlans(page).nth(i)).toHaveAttribute('aria-pressed', 'true');
    }
    for (const button of await page
      .getByRole('region', { name: 'Les signataires' })
      .getByRole('button', { name: /^Voir la version en/ })
      .all())
      await button.click();

    // Exports: every download, including the PNG drawn from an SVG image on a canvas.
    const downloads = page
      .getByRole('heading', { name: 'Télécharger' })
      .locator('..')
      .getByRole('button');
    for (const button of await downloads.all()) {
      const { name } = await saveDownload(button);
      expect(name).toMatch(/^unodc-osce-joint-action-plans-[\w-]+\.(csv|json|svg|png)$/);
    }

    // Share: the copied link. Dark scheme and back. The print view.
    await page.getByRole('button', { name: 'Copier le lien de cette vue' }).click();
    await expect(page.getByText('Lien copié dans le presse-papiers.')).toBeVisible();
    await page.getByRole('button', { name: 'Thème sombre' }).click();
    await page.getByRole('button', { name: 'Thème sombre' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('complementary', { name: /Fiche imprimée/ })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // Your own dataset from a file, then back to the bundled one.
    const own = readDataset() as { title: { fr: string } };
    own.title.fr = 'Jeu de données de test CSP';
    await openDatasetFile(page, {
      name: 'mes-plans.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await expect(page.getByText(/Jeu de données de test CSP/)).toBeVisible();
    await page.getByRole('button', { name: 'Revenir au jeu de données fourni' }).click();

    // The other language, and the presentation mode there.
    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.deck')).toBeVisible();
    for (let i = 0; i < 14; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page.locator('.deck')).toHaveCount(0);

    // The compact view for an iframe: the page remembers English, chosen above, and the boot
    // script opens the English page before the first paint.
    await page.goto('/?embed=1');
    await expect(page).toHaveURL(/\/en\/\?embed=1$/);
    await expect(areaCards(page, 'Thematic areas')).toHaveCount(12);
    await waitForChart(page);

    expect(violations, 'CSP violations').toEqual([]);
    expect(refusals, 'CSP refusals in the console').toEqual([]);
  });
});

/** The headers the README documents for a static host ("Deploying: security headers"). */
function documentedHeaders(): Record<string, string> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Deploying: security headers'));
  const block = /```text\n\/\*\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const headers = Object.fromEntries(
    block
      .split('\n')
      .map((line) => /^\s+([A-Za-z-]+): (.+)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!.toLowerCase(), match[2]!]),
  );
  expect(Object.keys(headers)).toEqual([
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'strict-transport-security',
  ]);
  return headers;
}

test.describe('with the documented security headers', () => {
  // Routing sees every response only while no service worker answers them.
  test.use({ serviceWorkers: 'block' });

  test('the app loads and works, with no violation and no header the browser rejects', async ({
    page,
  }) => {
    const headers = documentedHeaders();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const { violations, refusals } = await collectViolations(page);
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/Permissions-Policy|Unrecognized feature/i.test(message.text()))
        warnings.push(message.text());
    });

    await openDashboard(page);
    await waitForChart(page);
    await chartBars(page).first().click();
    await chooseLanguage(page, 'English');
    await expect(areaCards(page, 'Thematic areas').first()).toBeVisible();
    const { name } = await saveDownload(page.getByRole('button', { name: 'Chart (PNG)' }));
    expect(name).toMatch(/\.png$/);

    expect(violations, 'CSP violations').toEqual([]);
    expect(refusals, 'CSP refusals in the console').toEqual([]);
    expect(warnings, 'header warnings in the console').toEqual([]);
  });
});
