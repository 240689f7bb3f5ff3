import type { Page } from '@playwright/test';

// What the deck's journeys (present.spec.ts, presenter.spec.ts) read on the audience's screen.

export const counter = (page: Page) => page.locator('.deck-progress');
export const slideGroup = (page: Page) => page.locator('.deck [role="group"]');

/** Waits for the slide's fade-in to end: axe reads contrast through the opacity it animates. */
export async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished)),
  );
}
