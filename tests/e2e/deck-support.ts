import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './support';

// What the deck's journeys (present.spec.ts, presenter.spec.ts, tailor*.ts) read on the audience's
// screen, and the presenter's window they open.

export const counter = (page: Page) => page.locator('.deck-progress');
export const slideGroup = (page: Page) => page.locator('.deck [role="group"]');

/** Waits for the slide's fade-in to end: axe reads contrast through the opacity it animates. */
export async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished)),
  );
}

/**
 * The presenter's window, opened with S from the audience's, as a presenter does. Right after a
 * named window is closed, Chromium may still find it by its name for a moment and S then opens
 * nothing: S again, as a presenter would.
 */
export async function openPresenter(context: BrowserContext, audience: Page): Promise<Page> {
  for (let attempt = 1; ; attempt += 1) {
    const popup = context.waitForEvent('page', { timeout: 3000 });
    await audience.keyboard.press('s');
    try {
      const presenter = await popup;
      await expect(presenter.locator('.presenter-view')).toBeVisible();
      return presenter;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
