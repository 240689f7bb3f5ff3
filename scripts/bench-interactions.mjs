// The filter interactions of the bench (scripts/bench.mjs): Chromium through Playwright, each
// interaction's latency read from Event Timing, as INP reads it.
/* global window, document, performance, PerformanceObserver, requestAnimationFrame, setTimeout */

import { chromium } from '@playwright/test';
import { median } from './bench-report.mjs';
import { log } from './bench-process.mjs';
import { AREAS, CPU_SLOWDOWN, SAMPLES } from './bench-settings.mjs';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';
import { dropBundledDataset } from './drop-bundled-dataset.mjs';

// The French UI (the default): the theme buttons' group and the search box, by role and name.
const THEMES_GROUP = 'Thèmes';
const SEARCH_BOX = 'Rechercher un domaine';
const AREA_LIST = 'ul[aria-label="Domaines thématiques"] > li';
const COUNT_STATUS = '#areas [role="status"][aria-live="polite"]';
// Typed then erased one key at a time: 20 keystrokes, from 2,000 cards down to a few and back.
export const SEARCH_WORD = 'prevention';

/** In the page: keeps every Event Timing entry of 16 ms or more (the lowest threshold allowed). */
function observeEventTiming() {
  window.__benchEvents = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchEvents.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** In the page: the time origin of the next interaction, after the page has drawn a frame. */
async function markInteractionStart() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  window.__benchEvents = [];
  return performance.now();
}

/**
 * In the page: the interaction's latency (its longest event entry), or null when Chromium
 * reported none (every event under 16 ms). Entries arrive after the frame that follows the
 * interaction is presented, so wait for that frame and then for the entries.
 */
async function interactionLatency({ since, lastEvent }) {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const entries = () =>
    window.__benchEvents.filter((entry) => entry.startTime >= since && entry.interactionId > 0);
  for (let waited = 0; waited < 300; waited += 20) {
    if (entries().some((entry) => entry.name === lastEvent)) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const durations = entries().map((entry) => entry.duration);
  return durations.length > 0 ? Math.max(...durations) : null;
}

async function sample(page, count, lastEvent, act, verify) {
  const values = [];
  for (let i = 0; i < count; i++) {
    const since = await page.evaluate(markInteractionStart);
    await act(i);
    values.push(await page.evaluate(interactionLatency, { since, lastEvent }));
    await verify(i);
  }
  return values;
}

/** Median where null (below the 16 ms reporting threshold) sorts below every reported value. */
export function medianOfSamples(values) {
  const sorted = values.map((value) => value ?? -1);
  const value = median(sorted);
  return value < 0 ? null : value;
}

/**
 * The filter interactions at AREAS areas, each SAMPLES times, then again under CPU_SLOWDOWN: the
 * app at `origin` with the generated dataset at `datasetPath` served as data/plans.json.
 */
export async function interactions(origin, datasetPath) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
    headless: true,
  });
  try {
    // No service worker: it would answer data/plans.json itself, past the route below.
    // A French reader: a first visit to the root page in another browser language would go to that
    // language's page (the boot script, prerender.config.ts).
    const context = await browser.newContext({
      locale: 'fr-FR',
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    await context.route('**/data/plans.json', (route) =>
      route.fulfill({ path: datasetPath, contentType: 'application/json' }),
    );
    const page = await context.newPage();
    // The built page carries the bundled dataset (pre-rendered with it): take that copy out as the
    // parser adds it, so the app loads the generated one through the route above.
    await page.addInitScript(dropBundledDataset);
    await page.addInitScript(observeEventTiming);
    await page.goto(`${origin}/`);
    // The grid draws its first cards and the rest on request: count the areas shown from the
    // live count ("2 000 domaines affichés sur 2 000"), and check cards are drawn.
    const readCount = async () => {
      const text = (await page.locator(COUNT_STATUS).textContent()) ?? '';
      const match = /^(\d+)/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
      return match ? Number(match[1]) : 0;
    };
    // The count follows the controls in a deferred render: give it a moment to settle.
    const areaCount = async () => {
      let previous = -1;
      for (let i = 0; i < 50; i += 1) {
        const count = await readCount();
        if (count === previous) return count;
        previous = count;
        await page.waitForTimeout(100);
      }
      return previous;
    };
    await page.waitForFunction(
      ({ selector, status, count }) =>
        document.querySelectorAll(selector).length > 0 &&
        (document.querySelector(status)?.textContent ?? '')
          .replace(/[\s\u00a0\u202f]/g, '')
          .startsWith(String(count)),
      { selector: AREA_LIST, status: COUNT_STATUS, count: AREAS },
      { timeout: 60_000 },
    );
    const themeButton = page.getByRole('group', { name: THEMES_GROUP }).getByRole('button').first();
    const searchBox = page.getByRole('searchbox', { name: SEARCH_BOX });
    const keys = [...SEARCH_WORD, ...Array.from(SEARCH_WORD, () => 'Backspace')];
    if (keys.length !== SAMPLES) throw new Error('SEARCH_WORD must be half as long as SAMPLES');
    const cdp = await context.newCDPSession(page);

    // A plain mouse click where the button is: locator.click() would first wait for the page to
    // be still, which takes long under CPU slowdown and measures nothing more.
    const clickThemeButton = async () => {
      const box = await themeButton.boundingBox();
      if (!box) throw new Error('the theme button is not on screen');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    const expectPressed = async (i) => {
      const pressed = await themeButton.getAttribute('aria-pressed');
      if (pressed !== String(i % 2 === 0)) throw new Error(`click ${i + 1} did not toggle`);
    };
    const expectQuery = async (i) => {
      const typed = i < SEARCH_WORD.length ? i + 1 : 2 * SEARCH_WORD.length - i - 1;
      if ((await searchBox.inputValue()) !== SEARCH_WORD.slice(0, typed)) {
        throw new Error(`key ${i + 1} did not reach the search box`);
      }
    };
    const measureAll = async (label) => {
      log(`theme toggle ×${SAMPLES} (${label})`);
      await themeButton.scrollIntoViewIfNeeded();
      const toggle = await sample(page, SAMPLES, 'click', clickThemeButton, expectPressed);
      log(`search typing ×${SAMPLES} (${label})`);
      await searchBox.focus();
      const search = await sample(
        page,
        SAMPLES,
        'keyup',
        (i) => page.keyboard.press(keys[i]),
        expectQuery,
      );
      if ((await areaCount()) !== AREAS) throw new Error('the grid did not come back to all areas');
      return { toggle, search };
    };

    // A filter must filter: the toggle narrows the grid, or the measure means nothing.
    await themeButton.click();
    const narrowed = await areaCount();
    await themeButton.click();
    if (!(narrowed > 0 && narrowed < AREAS)) throw new Error(`toggle left ${narrowed} areas`);

    const normal = await measureAll('no slowdown');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const slowed = await measureAll(`${CPU_SLOWDOWN}× CPU slowdown`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { normal, slowed, narrowedTo: narrowed };
  } finally {
    await browser.close();
  }
}
