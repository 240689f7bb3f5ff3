import type { Locator, Page } from '@playwright/test';
import { expectCleanLayout } from './layout-check';
import { chartBars, expect, test, waitForApp, waitForChart } from './support';

// Arabic, right to left: the page mirrored (the header's title on the right, the timeline's years
// and the chart's bars from the right), and the layout check, which holds for a right-to-left line
// as for any other, on the page and on every slide.

const PAGE_SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

async function openArabic(page: Page, extra = '') {
  await page.goto(`/?lang=ar${extra}`);
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { left: box.x, right: box.x + box.width, center: box.x + box.width / 2 };
}

/** A plan's bar on the timeline (plans in their order, 1 to 4). */
const planBar = (page: Page, number: number) =>
  page
    .locator('#timeline ol > li')
    .nth(number - 1)
    .locator('[data-layout-mark="plan"] rect')
    .first();

for (const size of PAGE_SIZES) {
  test(`the page in Arabic at ${size.width}×${size.height} is mirrored and clean`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openArabic(page);

    // The header's first item, the title, stands at the right edge, each of its lines aligned
    // right (the lines' boxes, not the heading's, which spans the width either way).
    const title = page.locator('header h1');
    const titleBox = await boxOf(title);
    expect(titleBox.right).toBeGreaterThan(size.width - 40);
    const lines = await title.evaluate((heading) => {
      const range = document.createRange();
      range.selectNodeContents(heading);
      return [...range.getClientRects()].map((rect) => ({ left: rect.left, right: rect.right }));
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.right).toBeGreaterThan(titleBox.right - 2);
    // The header's actions run from right to left: the first (Present) is the rightmost.
    if (size.width > 640) {
      const actions = page.locator('#header-actions > button, #header-actions > form > button');
      const firstAction = await boxOf(actions.first());
      const lastAction = await boxOf(actions.last());
      expect(firstAction.right).toBeGreaterThan(size.width - 40);
      expect(firstAction.center).toBeGreaterThan(lastAction.center);
    }

    // The earliest plan (2011) lies to the right of the latest (2018-2019).
    const first = await boxOf(planBar(page, 1));
    const last = await boxOf(planBar(page, 4));
    expect(first.center).toBeGreaterThan(last.center);
    const years = page.locator('[data-timeline-axis] text');
    const earliest = await boxOf(years.first());
    const latest = await boxOf(years.nth(2));
    expect(earliest.center).toBeGreaterThan(latest.center);

    // The chart's bars start at the right, on the category axis, the themes beyond it.
    await waitForChart(page);
    const axis = await boxOf(page.locator('#areas .recharts-yAxis .recharts-cartesian-axis-line'));
    const chart = await boxOf(page.locator('#areas .recharts-wrapper'));
    expect(axis.center).toBeGreaterThan(chart.left + (chart.right - chart.left) / 2);
    const bars = await chartBars(page).evaluateAll((paths) =>
      paths.map((path) => {
        const box = path.getBoundingClientRect();
        return { left: box.left, right: box.right };
      }),
    );
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.right).toBeLessThanOrEqual(axis.center + 1);
    // Every theme's stack ends on the axis: the rightmost segment of each touches it.
    expect(Math.max(...bars.map((bar) => bar.right))).toBeGreaterThan(axis.center - 2);
    const tick = await boxOf(
      page
        .locator('#areas .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
        .first(),
    );
    expect(tick.left).toBeGreaterThanOrEqual(axis.center - 1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await expectCleanLayout(page, `ar ${size.width}×${size.height}`);
  });
}

test('every slide in Arabic at 1920×1080, mirrored, the Left arrow going forward', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openArabic(page, '&mode=present');
  const counter = page.locator('.deck-progress');
  await expect(counter).toHaveText(/\d+ \/ \d+/);
  const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  await expect(page.locator('.deck')).toHaveAttribute('dir', 'rtl');

  // In a right-to-left deck the Right arrow goes back.
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(new RegExp(`\\b2 / ${total}$`));
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(new RegExp(`\\b1 / ${total}$`));

  for (let slide = 1; slide <= total; slide += 1) {
    await expect(counter).toHaveText(new RegExp(`\\b${slide} / ${total}$`));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const stage = page.locator('.deck-root .slide-stage');
    if ((await stage.locator('[data-slide-years]').count()) > 0) {
      // The timeline slide: the earliest year on the right.
      const years = stage.locator('[data-slide-years] > span');
      expect((await boxOf(years.first())).center).toBeGreaterThan(
        (await boxOf(years.last())).center,
      );
    }
    await expectCleanLayout(page, `ar slide ${slide} at 1920×1080`, {
      root: '.deck-root .slide-stage',
    });
    if (slide === 1) {
      await expectCleanLayout(page, 'ar controls at 1920×1080', { root: '.deck-root nav' });
    }
    await page.keyboard.press('ArrowLeft');
  }
});

test('the printed slides and the printed handout in Arabic are clean', async ({ page }) => {
  // 960 pt is 1280 CSS pixels: the printed slides' own size (deck.css).
  await page.setViewportSize({ width: 1280, height: 720 });
  await openArabic(page, '&mode=present');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-slide').first()).toBeVisible();
  await expect(page.locator('.deck-print')).toHaveAttribute('dir', 'rtl');
  await expectCleanLayout(page, 'ar printed slides', { root: '.deck-print' });

  // The handout on A4, less print.css's margins, as layout.spec.ts prints it.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: Math.round(((210 - 22) / 25.4) * 96), height: 1000 });
  await openArabic(page);
  await waitForChart(page);
  await page.emulateMedia({ media: 'print' });
  await expectCleanLayout(page, 'ar handout A4');
});
