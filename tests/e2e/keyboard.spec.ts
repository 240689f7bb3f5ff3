import {
  areaCards,
  expect,
  expectVisibleFocus,
  languageSwitcher,
  openDashboard,
  pressUntilFocused,
  statusCount,
  test,
  themeToggle,
  timelinePlans,
} from './support';

test('keyboard alone: theme filter, search, timeline plan, language', async ({ page }) => {
  await openDashboard(page);
  // Nothing is focused yet: the first Tab starts from the top of the document.
  // The first Tab stop is the skip link, and it becomes visible.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expectVisibleFocus(skip);
  const skipBox = await skip.boundingBox();
  expect(skipBox?.width ?? 0, 'skip link is shown when focused').toBeGreaterThan(20);

  // Theme filter: reach it with Tab, toggle with Space, then with Enter.
  const people = themeToggle(page, 'Personnes');
  await pressUntilFocused(page, 'Tab', people);
  await expectVisibleFocus(people);
  await page.keyboard.press('Space');
  await expect(people).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]themes=people$/);
  await expect(areaCards(page)).toHaveCount(2);
  await expect(people).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(people).toHaveAttribute('aria-pressed', 'false');
  await expect(areaCards(page)).toHaveCount(12);
  await page.keyboard.press('Enter');
  await expect(people).toHaveAttribute('aria-pressed', 'true');

  // Search: Tab into the field and type.
  const search = page.getByRole('searchbox', { name: 'Rechercher un domaine' });
  await pressUntilFocused(page, 'Tab', search);
  await expectVisibleFocus(search);
  await page.keyboard.type('violences');
  await expect(search).toHaveValue('violences');
  await expect(areaCards(page)).toHaveCount(1);
  await expect(statusCount(page)).toHaveText('1 domaine affiché sur 12');

  // The "new only" checkbox toggles with Space.
  const newOnly = page.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' });
  await pressUntilFocused(page, 'Tab', newOnly);
  await expectVisibleFocus(newOnly);
  await page.keyboard.press('Space');
  await expect(newOnly).toBeChecked();
  await expect(page).toHaveURL(/[?&]new=1(&|$)/);

  // Timeline: back up with Shift+Tab to the first plan and choose it with Enter.
  const firstPlan = timelinePlans(page).nth(0);
  await pressUntilFocused(page, 'Shift+Tab', firstPlan);
  await expectVisibleFocus(firstPlan);
  await page.keyboard.press('Enter');
  await expect(firstPlan).toHaveAttribute('aria-pressed', 'true');
  await expect(timelinePlans(page).nth(3)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]plan=plan-2011(&|$)/);
  await expect(page.getByRole('region', { name: /^Détails : Premier plan/ })).toBeVisible();
  // Space chooses too.
  await page.keyboard.press('Tab');
  const secondPlan = timelinePlans(page).nth(1);
  await expectVisibleFocus(secondPlan);
  await page.keyboard.press('Space');
  await expect(secondPlan).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]plan=plan-2013-2014(&|$)/);

  // Language: Shift+Tab back to the header's switcher, Enter opens its list, Tab to a language,
  // Enter chooses it; the list closes and the focus goes back to the switcher.
  const switcher = languageSwitcher(page).locator('summary');
  await pressUntilFocused(page, 'Shift+Tab', switcher);
  await expectVisibleFocus(switcher);
  await expect(switcher).toHaveAccessibleName('Langue Français');
  await page.keyboard.press('Enter');
  await expect(languageSwitcher(page)).toHaveAttribute('open', '');
  const english = languageSwitcher(page).getByRole('link', { name: 'English', exact: true });
  await pressUntilFocused(page, 'Tab', english, 8);
  await expectVisibleFocus(english);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(languageSwitcher(page)).not.toHaveAttribute('open', '');
  await expectVisibleFocus(switcher);
  await expect(switcher).toHaveAccessibleName('Language English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UNODC–OSCE joint action plans');
  // The filters and the chosen plan survived the switch.
  await expect(themeToggle(page, 'People')).toHaveAttribute('aria-pressed', 'true');
  await expect(timelinePlans(page).nth(1)).toHaveAttribute('aria-pressed', 'true');

  // Space opens it too; Escape closes it and leaves the focus on it; then back to French.
  await page.keyboard.press('Space');
  await expect(languageSwitcher(page)).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(languageSwitcher(page)).not.toHaveAttribute('open', '');
  await expectVisibleFocus(switcher);
  await page.keyboard.press('Enter');
  const french = languageSwitcher(page).getByRole('link', { name: 'Français', exact: true });
  await pressUntilFocused(page, 'Tab', french, 8);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectVisibleFocus(switcher);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await openDashboard(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab goes into the content, not back to the header.
  await page.keyboard.press('Tab');
  await expect(timelinePlans(page).nth(0)).toBeFocused();
});
