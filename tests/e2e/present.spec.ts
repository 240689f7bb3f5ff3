import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openDashboard, test } from './support';

const progress = (page: Page) => page.locator('.deck [aria-live="polite"]');

async function slideCount(page: Page): Promise<number> {
  const text = (await progress(page).textContent()) ?? '';
  const match = /(\d+) \/ (\d+)/.exec(text);
  if (!match) throw new Error(`no progress in "${text}"`);
  return Number(match[2]);
}

async function expectSlide(page: Page, n: number, total: number) {
  await expect(progress(page)).toHaveText(new RegExp(`^(Diapositive|Slide) ${n} / ${total}$`));
  await expect(page).toHaveURL(
    n === 1 ? /mode=present(?!.*slide=)/ : new RegExp(`[?&]slide=${n}(&|$)`),
  );
}

test('the Present control opens a deck that steps through every slide by keyboard and back', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Présenter', exact: true }).click();
  await expect(page.locator('.deck')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    "Plans d'action conjoints ONUDC–OSCE",
  );
  const total = await slideCount(page);
  // Title, timeline, chart, six themes, two quotes, two slides of sources.
  expect(total).toBe(13);
  const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
  for (let n = 2; n <= total; n += 1) {
    await page.keyboard.press(forward[n % forward.length]!);
    await expectSlide(page, n, total);
  }
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, total, total);
  const backward = ['ArrowLeft', 'ArrowUp', 'PageUp'];
  for (let n = total - 1; n >= 1; n -= 1) {
    await page.keyboard.press(backward[n % backward.length]!);
    await expectSlide(page, n, total);
  }
  await page.keyboard.press('End');
  await expectSlide(page, total, total);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, total);
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/mode=present/);
});

test('a reload or a shared link lands on the same slide', async ({ page }) => {
  await page.goto('/?mode=present&slide=5&lang=en');
  await expect(progress(page)).toHaveText('Slide 5 / 13');
  await page.reload();
  await expect(progress(page)).toHaveText('Slide 5 / 13');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Theme: Terrorism');
  // A slide number past the end lands on the last slide.
  await page.goto('/?mode=present&slide=99');
  await expect(progress(page)).toHaveText('Diapositive 13 / 13');
});

test('the visible buttons work without a keyboard, and the deck follows the theme filter', async ({
  page,
}) => {
  await page.goto('/?mode=present&themes=cyber,people');
  await expect(progress(page)).toHaveText('Diapositive 1 / 9');
  await page.getByRole('button', { name: 'Suivante' }).click();
  await page.getByRole('button', { name: 'Suivante' }).click();
  await page.getByRole('button', { name: 'Suivante' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Thème : Personnes'.replace(' :', '\u00a0:'),
  );
  await page.getByRole('button', { name: 'Précédente' }).click();
  await expect(progress(page)).toHaveText('Diapositive 3 / 9');
  await page.getByRole('button', { name: 'Quitter la présentation' }).click();
  await expect(page).toHaveURL(/themes=cyber%2Cpeople/);
  await expect(page.locator('.deck')).toHaveCount(0);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`every slide fits ${viewport.width}×${viewport.height} without scrolling or clipping`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?mode=present');
    const total = await slideCount(page);
    for (let n = 1; n <= total; n += 1) {
      await page.goto(`/?mode=present&slide=${n}`);
      await expect(progress(page)).toHaveText(`Diapositive ${n} / ${total}`);
      if (n === 3)
        await expect(page.locator('.deck .recharts-bar-rectangle').first()).toBeVisible();
      const fit = await page.evaluate(() => {
        const slide = document.querySelector('.deck-slide') as HTMLElement;
        const content = slide.lastElementChild as HTMLElement;
        return {
          pageOverflowY: document.documentElement.scrollHeight - window.innerHeight,
          pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
          slideOverflow: slide.scrollHeight - slide.clientHeight,
          contentOverflow: content.scrollHeight - content.clientHeight,
          fontSize: parseFloat(getComputedStyle(slide).fontSize),
        };
      });
      expect(fit.pageOverflowY, `slide ${n}: page scrolls`).toBeLessThanOrEqual(0);
      expect(fit.pageOverflowX, `slide ${n}: page scrolls sideways`).toBeLessThanOrEqual(0);
      expect(fit.slideOverflow, `slide ${n}: slide clipped`).toBeLessThanOrEqual(1);
      expect(fit.contentOverflow, `slide ${n}: content clipped`).toBeLessThanOrEqual(1);
      if (viewport.height === 1080)
        expect(fit.fontSize, `slide ${n}: body text`).toBeGreaterThanOrEqual(24);
    }
  });
}

test('motion respects prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?mode=present&slide=2');
  await expect(progress(page)).toHaveText('Diapositive 2 / 13');
  const animation = await page
    .locator('.deck-slide')
    .evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
});

test('the deck has no axe violations, in French and English', async ({ page }) => {
  for (const search of [
    '?mode=present',
    '?mode=present&slide=3',
    '?mode=present&slide=10&lang=en',
    '?mode=present&slide=13&lang=en',
  ]) {
    await page.goto(`/${search}`);
    await expect(progress(page)).toBeVisible();
    await expectNoAxeViolations(page, `deck ${search}`);
  }
});
