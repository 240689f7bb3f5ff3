import type { Browser, Page } from '@playwright/test';
import {
  directionOf,
  LANGUAGE_CHOICE_KEY,
  LOCALES,
  OWN_NAMES,
  type Locale,
} from '../../src/i18n/locale';
import { PAGE_MESSAGES as MESSAGES } from '../../src/testing/page-messages';
import {
  chooseLanguage,
  expect,
  expectNoAxeViolations,
  languageSwitcher,
  test,
  waitForApp,
  waitForChart,
} from './support';

/** Each language's pre-rendered page: French at the root, the others in a folder named by code. */
const pagePath = (locale: Locale) => (locale === 'fr' ? '/' : `/${locale}/`);

const hasNotice = (locale: Locale) => locale !== 'fr' && locale !== 'en';

/** The pre-rendered pages name one another, and the French root as the default. */
const ALTERNATES = [...LOCALES.map((locale) => [locale, pagePath(locale)]), ['x-default', '/']];

/** The area cards, whatever the language of the list's name. */
const cards = (page: Page) => page.locator('#areas ul[aria-label] > li');

test.describe('each language’s pre-rendered page, without JavaScript', () => {
  test('reads in its language, with its direction, title, notice and alternates', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      const messages = MESSAGES[locale];
      await page.goto(pagePath(locale));
      const html = page.locator('html');
      await expect(html, locale).toHaveAttribute('lang', locale);
      // French, the root page, leaves dir out (left to right by default); the others state it.
      expect(await html.evaluate((root) => getComputedStyle(root).direction), locale).toBe(
        directionOf(locale),
      );
      if (locale !== 'fr') await expect(html, locale).toHaveAttribute('dir', directionOf(locale));
      await expect(page.getByRole('heading', { level: 1 }), locale).toHaveText(messages.appTitle);
      await expect(page, locale).toHaveTitle(messages.appTitle);
      await expect(page.getByText(messages.noScriptNotice), locale).toBeVisible();
      await expect(cards(page), locale).toHaveCount(12);
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        );
      expect(alternates, `${locale}: hreflang links`).toEqual(ALTERNATES);
      const notice = page.getByRole('note').filter({ hasText: messages.translationNotice });
      await expect(notice, `${locale}: translation notice`).toHaveCount(hasNotice(locale) ? 1 : 0);
    }
    await context.close();
  });
});

interface Frame {
  path: string;
  lang: string;
  visible: boolean;
  heading: string;
}

/**
 * A first visit to / in a browser speaking `locale` (navigator.languages), optionally with a
 * language remembered from an earlier choice. Records, on every animation frame of every document
 * the visit loads, its language and whether its view (and which heading) was on screen.
 */
async function firstVisit(browser: Browser, locale: string, remembered?: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const frames: Frame[] = [];
  await page.exposeFunction('__recordFrame', (frame: Frame) => frames.push(frame));
  await page.addInitScript(
    ([key, value]) => {
      if (value) localStorage.setItem(key!, value);
      const record = (window as unknown as { __recordFrame: (frame: unknown) => void })
        .__recordFrame;
      let count = 0;
      const sample = () => {
        const root = document.getElementById('root');
        if (root) {
          void record({
            path: location.pathname,
            lang: document.documentElement.lang,
            visible: getComputedStyle(root).visibility === 'visible',
            heading: document.querySelector('h1')?.textContent ?? '',
          });
        }
        count += 1;
        if (count < 300) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    },
    [LANGUAGE_CHOICE_KEY, remembered ?? ''],
  );
  await page.goto('/');
  return { context, page, frames };
}

test.describe('a first visit to / follows the reader', () => {
  for (const { browserLocale, remembered, lands } of [
    { browserLocale: 'ru-RU', remembered: undefined, lands: 'ru' },
    { browserLocale: 'zh-TW', remembered: undefined, lands: 'zh' },
    { browserLocale: 'ar-EG', remembered: undefined, lands: 'ar' },
    { browserLocale: 'pt-BR', remembered: undefined, lands: 'fr' },
    { browserLocale: 'ru-RU', remembered: 'de', lands: 'de' },
    { browserLocale: 'ru-RU', remembered: 'fr', lands: 'fr' },
  ] as const) {
    const title = remembered
      ? `${browserLocale} browser, ${remembered} chosen before → ${lands}, French never painted`
      : `${browserLocale} browser → ${lands}, French never painted`;
    test(title, async ({ browser }) => {
      const { context, page, frames } = await firstVisit(browser, browserLocale, remembered);
      await expect(page).toHaveURL(new RegExp(`${pagePath(lands).replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lands);
      await expect(page.locator('html')).toHaveAttribute('dir', directionOf(lands));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES[lands].appTitle);
      await waitForApp(page);
      await expect.poll(() => frames.some((frame) => frame.visible)).toBe(true);
      const seen = frames.filter((frame) => frame.visible);
      // Every frame the reader could see was in the language they land on.
      expect(
        seen.filter((frame) => frame.lang !== lands || frame.heading !== MESSAGES[lands].appTitle),
        'visible frames in another language',
      ).toEqual([]);
      if (lands !== 'fr') {
        expect(
          frames.filter((frame) => frame.heading === MESSAGES.fr.appTitle && frame.visible),
          'French painted first',
        ).toEqual([]);
      }
      await context.close();
    });
  }
});

test.describe('the language switcher', () => {
  test('lists the eight languages by their own names, each tagged with its language', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForApp(page);
    const switcher = languageSwitcher(page);
    await expect(switcher.locator('summary')).toHaveAccessibleName(
      `${MESSAGES.fr.chooseLanguage} ${OWN_NAMES.fr}`,
    );
    await switcher.locator('summary').click();
    const links = switcher.getByRole('link');
    await expect(links).toHaveText(LOCALES.map((locale) => OWN_NAMES[locale]));
    for (const [index, locale] of LOCALES.entries()) {
      await expect(links.nth(index)).toHaveAttribute('lang', locale);
      await expect(links.nth(index)).toHaveAttribute('hreflang', locale);
      if (locale === 'fr') await expect(links.nth(index)).toHaveAttribute('aria-current', 'true');
      else await expect(links.nth(index)).not.toHaveAttribute('aria-current');
    }
  });

  test('Русский changes the language in place: filters kept, lang=ru in the address and in the copied link', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?themes=people');
    await waitForApp(page);
    await expect(cards(page)).toHaveCount(2);
    // A mark on the window: it would not survive a reload.
    await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));

    await chooseLanguage(page, OWN_NAMES.ru);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.ru.appTitle);
    await expect(page).toHaveURL(/[?&]lang=ru(&|$)/);
    await expect(page).toHaveURL(/[?&]themes=people(&|$)/);
    await expect(cards(page)).toHaveCount(2);
    await expect(page.locator('#areas [role=group] button[aria-pressed=true]')).toHaveCount(1);
    await expect(languageSwitcher(page).locator('summary')).toHaveAccessibleName(
      `${MESSAGES.ru.chooseLanguage} ${OWN_NAMES.ru}`,
    );
    expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(
      true,
    );

    await page.getByRole('button', { name: MESSAGES.ru.copyLink }).click();
    await expect(page.getByText(MESSAGES.ru.linkCopied)).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(link);
    await expect(fresh.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.ru.appTitle);
    await expect(cards(fresh)).toHaveCount(2);
    await fresh.context().close();

    // The choice is remembered: the next first visit to / opens the Russian page.
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.ru.appTitle);
  });

  test('a quote in Russian: the unofficial translation, labelled, above the verbatim English', async ({
    page,
  }) => {
    await page.goto('/ru/');
    await waitForApp(page);
    const quote = page.locator('#quotes figure').first();
    const translation = quote.locator('div[lang="ru"]');
    await expect(translation).toBeVisible();
    await expect(translation.locator('p').first()).toHaveText(/^Неофициальный перевод/);
    const verbatim = quote.locator('blockquote');
    await expect(verbatim).toHaveAttribute('lang', 'en');
    await expect(verbatim).toContainText("I welcome UNODC's ongoing cooperation");
    const [translationBox, verbatimBox] = await Promise.all([
      translation.boundingBox(),
      verbatim.boundingBox(),
    ]);
    expect(translationBox!.y + translationBox!.height).toBeLessThanOrEqual(verbatimBox!.y);
  });
});

/** On a phone the header (title, tagline, switcher, menu) leaves most of the screen to the content. */
async function expectPhoneHeaderFits(page: Page, locale: Locale) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pagePath(locale));
  await waitForApp(page);
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height, `${locale}: header height at 390×844`).toBeLessThanOrEqual(0.3 * 844);
}

test.describe('each language, with the app running', () => {
  for (const locale of LOCALES) {
    test(`${locale}: translation notice ${hasNotice(locale) ? 'shown' : 'absent'}, no axe violation`, async ({
      page,
    }) => {
      const messages = MESSAGES[locale];
      await page.goto(pagePath(locale));
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', directionOf(locale));
      const notices = page.getByRole('note').filter({ hasText: messages.translationNotice });
      await expect(notices).toHaveCount(hasNotice(locale) ? 1 : 0);
      await expect(languageSwitcher(page).locator('summary')).toHaveAccessibleName(
        `${messages.chooseLanguage} ${OWN_NAMES[locale]}`,
      );
      await waitForChart(page);
      await expectNoAxeViolations(page, `${locale}, initial`);
    });
  }

  // The longest title, the Arabic one, spells both organisations out: on a phone the title is set
  // at text-xl (it took 268 px at text-2xl, over the 253 px limit).
  test('the phone header (390×844) takes at most 30 % of the screen, in every language', async ({
    page,
  }) => {
    for (const locale of LOCALES) {
      await expectPhoneHeaderFits(page, locale);
    }
  });
});
