import { counter, settled } from './deck-support';
import { expect, expectNoAxeViolations, test } from './support';
import {
  WORDS,
  panelOf,
  tailorByPointer,
  tailorByKeyboard,
  expectTailoredDeck,
  checkOutputs,
} from './tailor-support';

// Tailoring the deck (issue 20): the journeys by pointer and by keyboard, and a garbage link
// (helpers in tailor-support.ts).
test.describe('tailoring the deck', () => {
  for (const language of ['fr', 'en'] as const) {
    test(`${language}: hide, move, talking points and the meeting; counter, reload, link, presenter view, print and PowerPoint follow`, async ({
      page,
      context,
      browser,
    }) => {
      test.setTimeout(240_000);
      const w = WORDS[language];
      await page.goto(`/${w.search}`);
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      await tailorByPointer(page, language);
      await expectTailoredDeck(page, language);

      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      const link = page.url();
      console.info(`${language}: the tailored deck's link is ${link.length} characters long`);
      expect(link.length).toBeLessThan(8000);

      await page.reload();
      await expectTailoredDeck(page, language);

      // The link, opened in a fresh browser context (no storage): the same deck.
      const fresh = await browser.newContext();
      try {
        const other = await fresh.newPage();
        await other.goto(link);
        await expectTailoredDeck(other, language);
      } finally {
        await fresh.close();
      }

      await checkOutputs(page, context, language);
    });

    test(`${language}: the same by keyboard alone`, async ({ page }) => {
      const w = WORDS[language];
      await page.goto(`/${w.search}`);
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      await tailorByKeyboard(page, language);
      await expectTailoredDeck(page, language);
      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      await page.reload();
      await expectTailoredDeck(page, language);
    });

    test(`${language}: a garbage running order in the link gives the deck built from the data, and says so`, async ({
      page,
    }) => {
      const w = WORDS[language];
      for (const order of ['garbage', '1.AAAA', '1.%F0%9F%92%A5', '2.xyz']) {
        await page.goto(`/${w.search}&order=${order}`);
        await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
        await expect(page.getByRole('status').filter({ hasText: w.broken })).toBeVisible();
      }
      // A link cut short: the tailored link's order, half of it.
      await page.goto(`/${w.search}`);
      await tailorByPointer(page, language);
      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      const url = new URL(page.url());
      const order = url.searchParams.get('order') ?? '';
      url.searchParams.set('order', order.slice(0, Math.floor(order.length / 2)));
      await page.goto(url.toString());
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      await expect(page.getByRole('status').filter({ hasText: w.broken })).toBeVisible();
      // The running order this browser kept is one press away, in the panel.
      await page.getByRole('button', { name: w.tailor }).click();
      await panelOf(page, language)
        .getByRole('button', {
          name:
            language === 'fr'
              ? 'Reprendre le déroulé gardé dans ce navigateur'
              : 'Restore the running order kept in this browser',
        })
        .click();
      await expect(counter(page)).toHaveText(/ \/ 11$/);
    });

    test(`${language}: axe finds no violation in the panel, in the deck and in the presenter view`, async ({
      page,
    }) => {
      test.slow();
      const w = WORDS[language];
      await page.goto(`/${w.search}`);
      await page.getByRole('button', { name: w.tailor }).click();
      const panel = panelOf(page, language);
      await panel.getByRole('button', { name: w.hide }).click();
      await panel.getByRole('textbox', { name: w.eventName }).fill(w.event);
      await settled(page);
      await expectNoAxeViolations(page, `${language} deck, panel open`);
      await page.goto(`/${w.search.replace('present', 'presenter')}`);
      await page.getByRole('button', { name: w.tailor }).click();
      await expect(panelOf(page, language)).toBeVisible();
      await settled(page);
      await expectNoAxeViolations(page, `${language} presenter view, panel open`);
    });
  }
});
