import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

// The test setup loads the English messages for every other test; this one takes a fresh copy of
// the module, as a page that has only the French messages with it.
async function freshI18n() {
  vi.resetModules();
  return import('./use-i18n');
}

describe('messages per language', () => {
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

  it('refuses to build an English translator before its messages are loaded', async () => {
    const { createI18n, loadCatalog } = await freshI18n();
    expect(() => createI18n('en')).toThrow(/not loaded/);
    await loadCatalog('en');
    expect(createI18n('en').t('switchLanguage')).toBe('Français');
  });
});
