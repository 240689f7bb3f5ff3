import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test as base,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { dropBundledDataset } from '../../scripts/drop-bundled-dataset.mjs';

/** The dataset the app ships, read from disk so that tests can derive broken variants of it. */
export function readDataset(): Record<string, unknown> {
  const url = new URL('../../public/data/plans.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

export const DATASET_ROUTE = '**/data/plans.json';

/**
 * The built page carries its dataset (pre-rendered, prerender.config.ts) and never fetches
 * data/plans.json. A test of the loader (failures, slow answers, Retry) serves the page without
 * that copy, as the dev server does, so the app loads data/plans.json through `handler`.
 */
export async function routeDataset(page: Page, handler: Parameters<Page['route']>[1]) {
  await page.addInitScript(dropBundledDataset);
  await page.route(DATASET_ROUTE, handler);
}

export const CHART_CHUNK_ROUTE = '**/assets/areas-chart-*.js';

export interface Diagnostics {
  pageErrors: string[];
  consoleErrors: string[];
  /** Console errors matching one of these are expected (e.g. the browser logging a 404). */
  allowConsoleErrors: (...patterns: RegExp[]) => void;
}

/**
 * Every test collects uncaught page errors and console errors. After the test, any page error
 * fails it, and so does any console error that the test did not declare as expected.
 */
export const test = base.extend<{ diagnostics: Diagnostics }>({
  diagnostics: [
    async ({ page }, use, testInfo) => {
      const allowed: RegExp[] = [];
      const diagnostics: Diagnostics = {
        pageErrors: [],
        consoleErrors: [],
        allowConsoleErrors: (...patterns) => allowed.push(...patterns),
      };
      page.on('pageerror', (error) =>
        diagnostics.pageErrors.push(`${error.name}: ${error.message}`),
      );
      page.on('console', (message) => {
        if (message.type() === 'error') diagnostics.consoleErrors.push(message.text());
      });
      await use(diagnostics);
      // A test that already failed keeps its own message.
      if (testInfo.status !== testInfo.expectedStatus) return;
      expect(diagnostics.pageErrors, 'uncaught page errors').toEqual([]);
      const unexpected = diagnostics.consoleErrors.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      expect(unexpected, 'unexpected console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the dashboard (optionally with a query string) and waits for the areas' count. */
export async function openDashboard(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(statusCount(page)).toHaveText(
    /\d+ (domaines?|areas?) (affichés?|shown)|^(Aucun|No) /,
  );
  await waitForApp(page);
}

/** Opens a dataset file as a reader does: the "open" button, then the browser's file chooser. */
export async function openDatasetFile(
  page: Page,
  files: Parameters<import('@playwright/test').FileChooser['setFiles']>[0],
  name: string | RegExp = 'Ouvrir un jeu de données…',
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name, exact: true }).click();
  await (await chooser).setFiles(files);
}

/**
 * The pre-rendered page is on screen before the app runs: its buttons answer once the app has
 * hydrated it (src/app/boot/app-root.tsx marks <html> then).
 */
export async function waitForApp(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-app-running', '');
}

/** The header's language switcher: a <details> whose summary names the current language. */
export function languageSwitcher(page: Page): Locator {
  return page.locator('details:has(> ul a[hreflang])').first();
}

/**
 * Chooses a language as a reader does: opens the switcher (its summary), then clicks the link
 * named by the language's own name (e.g. "English", "Français", "Русский").
 */
export async function chooseLanguage(page: Page, ownName: string) {
  const switcher = languageSwitcher(page);
  const link = switcher.getByRole('link', { name: ownName, exact: true });
  if (!(await switcher.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await switcher.locator('summary').click();
  }
  await link.click();
}

export function areaList(page: Page, name = 'Domaines thématiques'): Locator {
  return page.getByRole('list', { name, exact: true });
}

/** The area cards only: each card has its own nested list of source links. */
export function areaCards(page: Page, listName = 'Domaines thématiques'): Locator {
  return areaList(page, listName).locator(':scope > li');
}

export function chartBars(page: Page): Locator {
  return page.locator('#areas .recharts-bar-rectangle path.recharts-rectangle');
}

/**
 * Scrolls to the chart, which loads its code only when it comes near the screen, and resolves when
 * it has drawn at least one bar.
 */
export async function waitForChart(page: Page) {
  await page.locator('#areas figure').scrollIntoViewIfNeeded();
  await expect(chartBars(page).first()).toBeVisible();
}

/** The theme filter toggle (the chart table's buttons are named "Filtrer par le thème …"). */
export function themeToggle(page: Page, label: string): Locator {
  return page
    .getByRole('region', { name: /^(Domaines thématiques|Thematic areas) / })
    .getByRole('group')
    .getByRole('button', { name: label, exact: true });
}

export function statusCount(page: Page): Locator {
  // The areas section has other status lines (downloads): the count is the polite live region.
  return page.locator('#areas [role="status"][aria-live="polite"]');
}

export function timelinePlans(page: Page): Locator {
  return page.locator('#timeline ol > li').getByRole('button');
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Clicks `button` and resolves with the file the page saved: its suggested name and its bytes. */
export async function saveDownload(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Runs axe on the whole page and fails with a readable list of violations (id, targets, help). */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} → ` +
      violation.nodes.map((node) => node.target.join(' ')).join(' | '),
  );
  expect(violations, `axe violations (${state}):\n${violations.join('\n')}`).toEqual([]);
}

/** Presses a key until `target` has focus; fails after `max` presses. */
export async function pressUntilFocused(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  target: Locator,
  max = 60,
) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} ×${max} never reached the element`).toBeFocused();
}

/** The focused element shows a visible outline (the app's :focus-visible style). */
export async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
      focusVisible: element.matches(':focus-visible'),
    };
  });
  expect(outline.focusVisible, 'element matches :focus-visible').toBe(true);
  expect(outline.style, 'outline style').not.toBe('none');
  expect(outline.width, 'outline width in px').toBeGreaterThanOrEqual(2);
  expect(outline.color, 'outline colour').not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
}

// The page's CSP violations as the browser reports them (csp.spec.ts, pptx.spec.ts): the
// securitypolicyviolation event, collected across navigations through an exposed function, and
// the console's "Refused to …" lines.
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  url: string;
}

/**
 * Starts collecting CSP violations, from before the first script on every load: of one page, or
 * of every page of a context (a deck and its presenter window).
 */
export async function collectViolations(
  page: Page | BrowserContext,
): Promise<{ violations: Violation[]; refusals: string[] }> {
  const violations: Violation[] = [];
  const refusals: string[] = [];
  await page.exposeFunction('__reportCspViolation', (violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void })
        .__reportCspViolation;
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        url: location.href,
      });
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return { violations, refusals };
}

/** Resolves once a service worker controls the page: its precache (app and dataset) is complete. */
export async function waitForServiceWorker(page: Page) {
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
