import type { Page } from '@playwright/test';
import { counter, openPresenter, settled, slideGroup } from './deck-support';
import { expect, expectNoAxeViolations, test } from './support';

// The presenter's view of the deck (src/deck/): its notes, timer and clock, kept in step with the
// audience's window both ways, and the deck's answer when the browser blocks the window.

const presenterCount = (presenter: Page) => presenter.locator('.presenter-count');

test.describe('the presenter view', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: S opens it with the notes; both windows move together, through a reload of the audience's`, async ({
      page,
      context,
    }) => {
      const words =
        lang === 'fr'
          ? { notes: 'Notes', next: 'Diapositive suivante', timer: 'Temps écoulé' }
          : { notes: 'Notes', next: 'Next slide', timer: 'Elapsed time' };
      await page.goto(`/?mode=present&lang=${lang}&slide=2`);
      await expect(counter(page)).toHaveText(new RegExp(` 2 / 12$`));
      const presenter = await openPresenter(context, page);
      await expect(presenter).toHaveURL(/mode=presenter/);
      await expect(presenterCount(presenter)).toHaveText('2 / 12');
      const notes = presenter.getByRole('region', { name: words.notes });
      await expect(notes).toContainText(
        lang === 'fr'
          ? '[3] « Senior UNODC and OSCE staff review past activities, plan for the future », UNODC, 30 mars 2012.'
          : '[3] “Senior UNODC and OSCE staff review past activities, plan for the future”, UNODC, 30 March 2012.',
        { useInnerText: true },
      );
      await expect(presenter.getByRole('region', { name: words.next })).toContainText(
        lang === 'fr' ? 'Les jalons' : 'Milestones',
      );
      await expect(presenter.getByRole('timer', { name: words.timer })).toHaveText(/^\d\d:\d\d$/);
      await expect(presenter.locator('.presenter-clock')).toHaveText(/^\d\d:\d\d$/);

      // The presenter's keys move the audience, within half a second.
      await presenter.keyboard.press('ArrowRight');
      await expect(presenterCount(presenter)).toHaveText('3 / 12');
      await expect(counter(page)).toHaveText(/ 3 \/ 12$/, { timeout: 500 });
      // And the audience's keys move the presenter.
      await page.keyboard.press('ArrowRight');
      await expect(presenterCount(presenter)).toHaveText('4 / 12', { timeout: 500 });
      await page.getByRole('button', { name: lang === 'fr' ? 'Suivante' : 'Next' }).click();
      await expect(presenterCount(presenter)).toHaveText('5 / 12', { timeout: 500 });
      await presenter.keyboard.type('8');
      await presenter.keyboard.press('Enter');
      await expect(counter(page)).toHaveText(/ 8 \/ 12$/, { timeout: 500 });

      // A reloaded audience window is on the current slide and still in step.
      await page.reload();
      await expect(counter(page)).toHaveText(/ 8 \/ 12$/);
      await presenter.keyboard.press('ArrowLeft');
      await expect(counter(page)).toHaveText(/ 7 \/ 12$/, { timeout: 500 });
      await page.keyboard.press('ArrowLeft');
      await expect(presenterCount(presenter)).toHaveText('6 / 12', { timeout: 500 });

      // B in the presenter's window blacks out the audience's, and brings it back.
      await presenter.keyboard.press('b');
      await expect(page.locator('.deck-blank-black')).toBeVisible({ timeout: 500 });
      await expect(presenter.getByRole('status')).toBeVisible();
      await presenter.keyboard.press('b');
      await expect(page.locator('.deck-blank-black')).toHaveCount(0, { timeout: 500 });

      // Closed and opened again, the presenter's window picks up the current slide.
      await presenter.close();
      await page.keyboard.press('End');
      const reopened = await openPresenter(context, page);
      await expect(presenterCount(reopened)).toHaveText('12 / 12');
      await expect(reopened.getByRole('region', { name: words.next })).toContainText(
        lang === 'fr' ? 'Fin de la présentation' : 'End of the presentation',
      );
    });
  }

  test('a presenter view opened alone (a reload of its own) picks up the audience', async ({
    page,
    context,
  }) => {
    await page.goto('/?mode=present&slide=4');
    const presenter = await context.newPage();
    await presenter.goto('/?mode=presenter&slide=1');
    await expect(presenterCount(presenter)).toHaveText('4 / 12');
    await presenter.reload();
    await expect(presenterCount(presenter)).toHaveText('4 / 12');
  });

  test('R and a click on the time reset the timer', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?mode=presenter&lang=en');
    const timer = page.getByRole('timer', { name: 'Elapsed time' });
    await expect(timer).toHaveText('00:00');
    await page.clock.runFor(62_000);
    await expect(timer).toHaveText('01:02');
    await page.keyboard.press('r');
    await expect(timer).toHaveText('00:00');
    await page.clock.runFor(5_000);
    await expect(timer).toHaveText('00:05');
    await timer.click();
    await expect(timer).toHaveText('00:00');
  });

  test('where the browser blocks its window, the deck says so and shows the notes itself', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto('/?mode=present&slide=5');
    await page.getByRole('button', { name: 'Vue présentateur' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Le navigateur a bloqué la fenêtre' }),
    ).toContainText('Le navigateur a bloqué la fenêtre de la vue présentateur');
    const notes = page.getByRole('region', { name: 'Notes' });
    await expect(notes).toContainText('Lutte contre les drogues illicites : déduit.');
    // The stage shrinks beside the notes and still fits, 16:9.
    const box = (await slideGroup(page).boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
    const notesBox = (await notes.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(notesBox.x + 1);
    await settled(page);
    await expectNoAxeViolations(page, 'deck with the notes panel');
  });
});
