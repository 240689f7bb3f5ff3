import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, loadCatalog } from '../../i18n/use-i18n';
import { LOCALES, type Locale } from '../../i18n/locale';
import { updateMessages } from '../../i18n/update-messages';
import { UpdatePrompt } from './update-prompt';

// The service worker's registration is the one thing a browser alone can do: stand in for it.
const registration = vi.hoisted(() => ({
  isUpdateWaiting: false,
  registerCalls: 0,
  updateServiceWorker: vi.fn(async () => {}),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => {
    registration.registerCalls += 1;
    const needRefresh = useState(registration.isUpdateWaiting);
    const offlineReady = useState(false);
    return { needRefresh, offlineReady, updateServiceWorker: registration.updateServiceWorker };
  },
}));

function renderPrompt(locale: Locale = 'fr') {
  return render(
    <I18nProvider locale={locale}>
      <UpdatePrompt />
    </I18nProvider>,
  );
}

describe('the update prompt', () => {
  beforeEach(() => {
    registration.isUpdateWaiting = false;
    registration.registerCalls = 0;
    registration.updateServiceWorker.mockClear();
  });

  it('registers once the page has settled, and says nothing while no newer version waits', async () => {
    renderPrompt();
    // The registration and the offer load after the first view.
    await waitFor(() => expect(registration.registerCalls).toBeGreaterThan(0));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/nouvelle version/)).not.toBeInTheDocument();
  });

  it('offers to reload into a waiting version, politely, and reloads on request', async () => {
    registration.isUpdateWaiting = true;
    const user = userEvent.setup();
    renderPrompt();
    const message = await screen.findByText(
      'Une nouvelle version du tableau de bord est disponible.',
    );
    expect(message.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: 'Recharger avec la nouvelle version' }));
    expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('can be put off until later, in English too', async () => {
    registration.isUpdateWaiting = true;
    const user = userEvent.setup();
    renderPrompt('en');
    expect(await screen.findByText('A new version of the dashboard is available.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of the dashboard is available.')).toBeNull();
    expect(registration.updateServiceWorker).not.toHaveBeenCalled();
  });

  it.each(LOCALES)(
    'offers the new version in the reader’s language, and reloads or waits on request (%s)',
    async (locale) => {
      await loadCatalog(locale);
      const words = updateMessages[locale];
      registration.isUpdateWaiting = true;
      const user = userEvent.setup({ delay: null });
      const { unmount } = renderPrompt(locale);
      expect(await screen.findByText(words.updateAvailable)).toBeVisible();
      await user.click(screen.getByRole('button', { name: words.updateReload }));
      expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
      unmount();
      renderPrompt(locale);
      await user.click(await screen.findByRole('button', { name: words.updateLater }));
      expect(screen.queryByText(words.updateAvailable)).toBeNull();
    },
  );
});
