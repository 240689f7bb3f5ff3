import type { Page } from '@playwright/test';
import { counter, settled, slideGroup } from './deck-support';
import { expect, expectNoAxeViolations, test } from './support';

// The deck's controls (src/deck/deck.tsx, use-idle-controls.ts, use-stage-gestures.ts): they float
// over the stage and fade when idle, as PowerPoint's and reveal.js's do; touch moves the slides; a
// phone gets one menu button. Time is the page's clock, run forward by the test: no sleeps.

const controls = (page: Page) => page.locator('.deck nav');
const root = (page: Page) => page.locator('.deck.deck-root');
const opacity = (page: Page) =>
  controls(page).evaluate((nav) => Number(getComputedStyle(nav).opacity));

async function stageBox(page: Page) {
  const box = await page.locator('.slide-stage').boundingBox();
  if (!box) throw new Error('no stage');
  return box;
}

for (const [lang, next, menu] of [
  ['fr', 'Suivante', 'Menu'],
  ['en', 'Next', 'Menu'],
] as const) {
  test(`${lang}: at 1280×720 the stage fills the window; the controls fade after 3 s idle and come back on a move or a key, never while focused`, async ({
    page,
  }) => {
    await page.clock.install();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?mode=present&lang=${lang}`);
    await expect(counter(page)).toHaveText(/ 1 \/ \d+$/);
    await expect(root(page)).toHaveAttribute('data-controls', 'shown');
    expect(await stageBox(page)).toEqual({ x: 0, y: 0, width: 1280, height: 720 });

    await page.clock.runFor(2000);
    await expect(root(page)).toHaveAttribute('data-controls', 'shown');
    await page.clock.runFor(1500);
    await expect(root(page)).toHaveAttribute('data-controls', 'hidden');
    await expect.poll(() => opacity(page)).toBe(0);
    await expect(root(page)).toHaveClass(/cursor-none/);

    // A pointer move brings them back over the stage, which keeps its size.
    await page.mouse.move(640, 300);
    await expect(root(page)).toHaveAttribute('data-controls', 'shown');
    await expect.poll(() => opacity(page)).toBe(1);
    expect(await stageBox(page)).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    await page.clock.runFor(3500);
    await expect(root(page)).toHaveAttribute('data-controls', 'hidden');

    // A key too (here the next slide's).
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/ 2 \/ \d+$/);
    await expect(root(page)).toHaveAttribute('data-controls', 'shown');
    await page.clock.runFor(3500);
    await expect(root(page)).toHaveAttribute('data-controls', 'hidden');

    // Keyboard focus inside the bar keeps it on screen however long it stays.
    await page.keyboard.press('Tab');
    await expect(controls(page).locator(':focus')).toHaveCount(1);
    await expect(root(page)).toHaveAttribute('data-controls', 'shown');
    await page.clock.runFor(10_000);
    await expect(root(page)).toHaveAttribute('data-controls', 'shown');
    await expect(controls(page).getByRole('button', { name: next, exact: true })).toBeVisible();
    await expect(controls(page).getByRole('button', { name: menu })).toBeHidden();

    await settled(page);
    await expectNoAxeViolations(page, `${lang} deck, controls shown`);
  });
}

test('with reduced motion the controls still fade when idle, without a transition', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?mode=present');
  await expect(counter(page)).toHaveText(/ 1 \/ \d+$/);
  expect(await controls(page).evaluate((nav) => getComputedStyle(nav).transitionDuration)).toBe(
    '0s',
  );
  await page.clock.runFor(3500);
  await expect(root(page)).toHaveAttribute('data-controls', 'hidden');
  expect(await opacity(page)).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [lang, next, menu] of [
    ['fr', 'Suivante', 'Menu'],
    ['en', 'Next', 'Menu'],
  ] as const) {
    test(`${lang}: a tap on a half or a swipe moves the slides; the controls fold into one menu button`, async ({
      page,
    }) => {
      await page.goto(`/?mode=present&lang=${lang}`);
      await expect(counter(page)).toHaveText(/ 1 \/ \d+$/);
      const menuButton = controls(page).getByRole('button', { name: menu });
      await expect(menuButton).toBeVisible();
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(controls(page).getByRole('button', { name: next, exact: true })).toBeHidden();
      const navBox = await controls(page).boundingBox();
      expect(navBox!.height).toBeLessThan(80);

      const stage = await stageBox(page);
      const middleY = stage.y + stage.height / 2;
      await page.touchscreen.tap(stage.x + stage.width * 0.8, middleY);
      await expect(counter(page)).toHaveText(/ 2 \/ \d+$/);
      await page.touchscreen.tap(stage.x + stage.width * 0.2, middleY);
      await expect(counter(page)).toHaveText(/ 1 \/ \d+$/);

      // A swipe to the left goes forward, to the right back.
      const swipe = async (fromX: number, toX: number) => {
        await page.locator('.stage-host').evaluate(
          (host, [from, to, y]) => {
            const fire = (type: string, x: number) =>
              host.dispatchEvent(
                new PointerEvent(type, {
                  bubbles: true,
                  pointerId: 7,
                  pointerType: 'touch',
                  isPrimary: true,
                  clientX: x,
                  clientY: y,
                }),
              );
            fire('pointerdown', from!);
            fire('pointermove', (from! + to!) / 2);
            fire('pointerup', to!);
          },
          [fromX, toX, middleY],
        );
      };
      await swipe(stage.x + stage.width * 0.7, stage.x + stage.width * 0.2);
      await expect(counter(page)).toHaveText(/ 2 \/ \d+$/);
      await swipe(stage.x + stage.width * 0.2, stage.x + stage.width * 0.7);
      await expect(counter(page)).toHaveText(/ 1 \/ \d+$/);

      await menuButton.tap();
      await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
      const nextButton = controls(page).getByRole('button', { name: next, exact: true });
      await expect(nextButton).toBeVisible();
      await nextButton.tap();
      await expect(slideGroup(page)).toHaveAttribute('aria-label', /^2 /);
      await settled(page);
      await expectNoAxeViolations(page, `${lang} deck on a phone, menu open`);
    });
  }
});
