import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES, type Locale } from './locale';
import { PAGE_MESSAGES } from '../testing/page-messages';

type OtherLocale = Exclude<Locale, 'fr'>;
const OTHER_LOCALES = LOCALES.filter((locale): locale is OtherLocale => locale !== 'fr');

// The test setup loads the French and English messages for every other test; this one takes a
// fresh copy of the module, as the French page that has loaded its own messages and no other.
async function freshI18n() {
  vi.resetModules();
  const module = await import('./use-i18n');
  await module.loadCatalog('fr');
  return module;
}

/** The app's title as a heading tagged with the language it is drawn in, through `module`. */
function renderTitle({ I18nProvider, useI18n }: typeof import('./use-i18n'), locale: Locale) {
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
    const i18n = await freshI18n();
    expect(i18n.isCatalogLoaded('fr')).toBe(true);
    expect(i18n.isCatalogLoaded('en')).toBe(false);
    renderTitle(i18n, 'en');
    // Until then the page stays whole in French, its lang saying so.
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'fr');
    expect(
      await screen.findByRole('heading', { name: 'UNODC–OSCE joint action plans' }),
    ).toHaveAttribute('lang', 'en');
    expect(i18n.isCatalogLoaded('en')).toBe(true);
  });

  it('a page in Russian, without the French messages, stays in Russian until the English arrive', async () => {
    vi.resetModules();
    const i18n = await import('./use-i18n');
    await i18n.loadCatalog('ru');
    expect(i18n.isCatalogLoaded('fr')).toBe(false);
    renderTitle(i18n, 'en');
    expect(screen.getByRole('heading', { name: PAGE_MESSAGES.ru.appTitle })).toHaveAttribute(
      'lang',
      'ru',
    );
    expect(
      await screen.findByRole('heading', { name: 'UNODC–OSCE joint action plans' }),
    ).toHaveAttribute('lang', 'en');
    expect(i18n.isCatalogLoaded('fr')).toBe(false);
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
      const messages = PAGE_MESSAGES[locale];
      const i18n = await freshI18n();
      expect(i18n.isCatalogLoaded(locale)).toBe(false);
      renderTitle(i18n, locale);
      expect(screen.getByRole('heading')).toHaveAttribute('lang', 'fr');
      const heading = await screen.findByRole('heading', { name: messages.appTitle });
      expect(heading).toHaveAttribute('lang', locale);
      expect(screen.getByText(messages.switchLanguage)).toHaveAttribute('lang', locale);
    },
  );
});
