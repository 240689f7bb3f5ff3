import type { Page } from '@playwright/test';
import { areaCards, expect, openDashboard, test, waitForChart } from './support';

const viewports = [
  { width: 1280, height: 800 },
  { width: 375, height: 800 },
];

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`).toBeLessThanOrEqual(
    innerWidth,
  );
}

async function expectCardsDoNotOverlap(page: Page, listName: string) {
  const boxes = await areaCards(page, listName).evaluateAll((cards) =>
    cards.map((card) => {
      const r = card.getBoundingClientRect();
      return {
        name: card.querySelector('h3')?.textContent ?? '?',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    }),
  );
  expect(boxes).toHaveLength(12);
  const innerWidth = await page.evaluate(() => window.innerWidth);
  const overlaps: string[] = [];
  for (const [i, a] of boxes.entries()) {
    expect(a.right - a.left, `card "${a.name}" width`).toBeGreaterThan(100);
    expect(a.left, `card "${a.name}" starts inside the viewport`).toBeGreaterThanOrEqual(0);
    expect(a.right, `card "${a.name}" ends inside the viewport`).toBeLessThanOrEqual(innerWidth);
    for (const b of boxes.slice(i + 1)) {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 0.5 && height > 0.5) overlaps.push(`"${a.name}" × "${b.name}"`);
    }
  }
  expect(overlaps, 'overlapping area cards').toEqual([]);
}

for (const viewport of viewports) {
  test.describe(`layout at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const { lang, search, listName } of [
      { lang: 'fr', search: '', listName: 'Domaines thématiques' },
      { lang: 'en', search: '?lang=en', listName: 'Thematic areas' },
    ]) {
      test(`${lang}: no horizontal scroll, area cards do not overlap`, async ({ page }) => {
        await openDashboard(page, search);
        await waitForChart(page);
        await expectNoHorizontalScroll(page);
        await expectCardsDoNotOverlap(page, listName);

        // The open table alternative and a plan with its own area list must fit as well.
        await page.locator('#areas details summary').click();
        await expect(page.locator('#areas details table')).toBeVisible();
        await page.locator('#timeline ol > li').first().getByRole('button').click();
        await expect(page.locator('#plan-details')).toContainText(
          lang === 'fr' ? 'Premier' : 'First',
        );
        await expectNoHorizontalScroll(page);

        const chart = await page.locator('#areas .recharts-wrapper').boundingBox();
        expect(chart, 'chart is drawn').not.toBeNull();
        expect(chart!.x + chart!.width).toBeLessThanOrEqual(viewport.width);
      });
    }
  });
}
