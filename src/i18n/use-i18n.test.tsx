import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES, type Locale } from './locale';
import type { Messages } from './messages-fr';
import { messagesAr } from './messages-ar';
import { messagesDe } from './messages-de';
import { messagesEn } from './messages-en';
import { messagesEs } from './messages-es';
import { messagesIt } from './messages-it';
import { messagesRu } from './messages-ru';
import { messagesZh } from './messages-zh';

type OtherLocale = Exclude<Locale, 'fr'>;
const OTHER_LOCALES = LOCALES.filter((locale): locale is OtherLocale => locale !== 'fr');
const CATALOGS: Record<OtherLocale, Messages> = {
  ar: messagesAr,
  zh: messagesZh,
  en: messagesEn,
  es: messagesEs,
  ru: messagesRu,
  de: messagesDe,
  it: messagesIt,
};

// The test setup loads the French and English messages for every other test; this one takes a
// fresh copy of the module, as the French page that has loaded its own messages and no other.
async function freshI18n() {
  vi.resetModules();
  const module = await import('./use-i18n');
  await module.loadCatalog('fr');
  return module;
}

describe('messages per language', () => {
  it('no language travels with the app’s code, French neither: each page loads its own', async () => {
    vi.resetModules();
    const { createI18n, isCatalogLoaded, loadCatalog } = await import('./use-i18n');
    for (const locale of LOCALES) expect(isCatalogLoaded(locale)).toBe(false);
    expect(() => createI18n('fr')).toThrow(/not loaded/);
    await loadCatalog('fr');
    expect(createI18n('fr').t('appTitle')).toBe('Plans d’action conjoints ONUDC–OSCE');
    expect(isCatalogLoaded('en')).toBe(false);
  });

  it('a page holds only French; English is drawn once its messages arrive, never half-translated', async () => {
    const { I18nProvider, useI18n, isCatalogLoaded } = await freshI18n();
    expect(isCatalogLoaded('fr')).toBe(true);
    expect(isCatalogLoaded('en')).toBe(false);
    function Title() {
      const { t, locale } = useI18n();
      return <h1 lang={locale}>{t('appTitle')}</h1>;
    }
    render(
      <I18nProvider locale="en">
        <Title />
      </I18nProvider>,
    );
    // Until then the page stays whole in French, its lang saying so.
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'fr');
    expect(
      await screen.findByRole('heading', { name: 'UNODC–OSCE joint action plans' }),
    ).toHaveAttribute('lang', 'en');
    expect(isCatalogLoaded('en')).toBe(true);
  });

  it('a page in Russian, without the French messages, stays in Russian until the English arrive', async () => {
    vi.resetModules();
    const { I18nProvider, useI18n, isCatalogLoaded, loadCatalog } = await import('./use-i18n');
    await loadCatalog('ru');
    expect(isCatalogLoaded('fr')).toBe(false);
    function Title() {
      const { t, locale } = useI18n();
      return <h1 lang={locale}>{t('appTitle')}</h1>;
    }
    render(
      <I18nProvider locale="en">
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: messagesRu.appTitle })).toHaveAttribute(
      'lang',
      'ru',
    );
    expect(
      await screen.findByRole('heading', { name: 'UNODC–OSCE joint action plans' }),
    ).toHaveAttribute('lang', 'en');
    expect(isCatalogLoaded('fr')).toBe(false);
  });

  it('refuses to build an English translator before its messages are loaded', async () => {
    const { createI18n, loadCatalog } = await freshI18n();
    expect(() => createI18n('en')).toThrow(/not loaded/);
    await loadCatalog('en');
    expect(createI18n('en').t('switchLanguage')).toBe('Français');
  });

  it.each(OTHER_LOCALES)(
    'a page asked in %s stays in French until that language’s messages arrive, then is drawn whole in it',
    async (locale) => {
      const messages = CATALOGS[locale];
      const { I18nProvider, useI18n, isCatalogLoaded } = await freshI18n();
      expect(isCatalogLoaded(locale)).toBe(false);
      function Title() {
        const { t, locale: shown } = useI18n();
        return (
          <>
            <h1 lang={shown}>{t('appTitle')}</h1>
            <p lang={shown}>{t('switchLanguage')}</p>
          </>
        );
      }
      render(
        <I18nProvider locale={locale}>
          <Title />
        </I18nProvider>,
      );
      expect(screen.getByRole('heading')).toHaveAttribute('lang', 'fr');
      const heading = await screen.findByRole('heading', { name: messages.appTitle });
      expect(heading).toHaveAttribute('lang', locale);
      expect(screen.getByText(messages.switchLanguage)).toHaveAttribute('lang', locale);
    },
  );
});
