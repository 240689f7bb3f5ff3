import { deckMessagesEn } from '../../src/deck/deck-messages-en';
import { deckMessagesFr } from '../../src/deck/deck-messages-fr';
import { messagesEn } from '../../src/i18n/messages-en';
import { messagesFr } from '../../src/i18n/messages-fr';
import { deckMessages } from '../../src/deck/deck-messages';
import { TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locale';
import { messagesAr } from '../../src/i18n/messages-ar';
import { messagesDe } from '../../src/i18n/messages-de';
import { messagesEs } from '../../src/i18n/messages-es';
import { messagesIt } from '../../src/i18n/messages-it';
import { messagesRu } from '../../src/i18n/messages-ru';
import { messagesZh } from '../../src/i18n/messages-zh';
import { expect, test, waitForApp, waitForChart } from './support';
import type { Page } from '@playwright/test';

// In the six languages the sources are not published in, no string of the interface may be left
// in French or English. Every text the page shows, piece by piece, is compared with the French and
// English messages and with their words: what matches is a string left untranslated. Texts tagged
// with another language than the page's (a verbatim quotation, a source's published title, a
// URL) are the sources' own words, and are left out, as are the words that are the same in every
// language (acronyms, file formats, digits).

const SAME_EVERYWHERE = new Set([
  'OSCE',
  'UNODC',
  'CSV',
  'JSON',
  'SVG',
  'PNG',
  'PowerPoint',
  'PDF',
]);

/** Every message, its placeholders and ICU arguments cut out: the words it is made of. */
function fragments(catalog: Record<string, string>): Set<string> {
  const found = new Set<string>();
  for (const message of Object.values(catalog)) {
    for (const piece of message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|#/)) {
      const text = piece.replace(/[\s\u00a0\u202f:;,.()«»“”"’'…·/[\]–—-]+/g, ' ').trim();
      if (text.length >= 4 && /\p{L}{3}/u.test(text) && !SAME_EVERYWHERE.has(text)) found.add(text);
    }
  }
  return found;
}

const sourceFragments = new Set([
  ...fragments(messagesFr),
  ...fragments(messagesEn),
  ...fragments(deckMessagesFr),
  ...fragments(deckMessagesEn),
]);

/** The visible texts of the page in its own language (other languages' tagged texts left out). */
async function ownTexts(page: Page, locale: Locale): Promise<string[]> {
  return page.evaluate((own) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, template, noscript')) continue;
      const tagged = element.closest('[lang]')?.getAttribute('lang') ?? own;
      if (tagged !== own) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = (node.textContent ?? '').trim();
      if (text !== '') texts.push(text);
    }
    // Accessible names and descriptions are read too.
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      const tagged = element.closest('[lang]')?.getAttribute('lang') ?? own;
      if (tagged !== own) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  }, locale);
}

const OWN_MESSAGES: Record<string, Record<string, string>> = {
  ar: messagesAr,
  zh: messagesZh,
  es: messagesEs,
  ru: messagesRu,
  de: messagesDe,
  it: messagesIt,
};

/** The texts that are French or English words, unless the language's own messages say the same
 * ("Total" is Spanish as well as English). */
function untranslated(texts: string[], locale: Locale): string[] {
  const normal = (text: string) =>
    text.replace(/[\s\u00a0\u202f:;,.()«»“”"’'…·/[\]–—-]+/g, ' ').trim();
  const own = new Set([
    ...fragments(OWN_MESSAGES[locale] ?? {}),
    ...fragments(deckMessages[locale]),
  ]);
  return [...new Set(texts.map(normal))].filter(
    (text) => sourceFragments.has(text) && !own.has(text),
  );
}

for (const locale of TRANSLATED_LOCALES) {
  test(`${locale}: no string of the page, the deck or the presenter view left in French or English`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    await waitForApp(page);
    await waitForChart(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(untranslated(await ownTexts(page, locale), locale), 'the page').toEqual([]);

    await page.goto(`/${locale}/?mode=present&slide=2`);
    await expect(page.getByRole('region').first()).toBeVisible();
    expect(untranslated(await ownTexts(page, locale), locale), 'the deck').toEqual([]);

    await page.goto(`/${locale}/?mode=presenter&slide=2`);
    await waitForApp(page);
    expect(untranslated(await ownTexts(page, locale), locale), 'the presenter view').toEqual([]);
  });
}

test('the check finds an English string left on a page in Russian', async ({ page }) => {
  await page.goto('/ru/');
  await waitForApp(page);
  await page.evaluate((text) => {
    document.querySelector('main p')!.textContent = text;
  }, messagesEn.sourcesIntro);
  expect(untranslated(await ownTexts(page, 'ru'), 'ru')).toEqual([
    untranslated([messagesEn.sourcesIntro], 'ru')[0],
  ]);
  expect(untranslated([messagesEn.sourcesIntro], 'ru')).toHaveLength(1);
});
