import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/use-i18n';
import type { Locale } from '../i18n/locale';
import { UpdatePrompt } from './update-prompt';

// The service worker's registration is the one thing a browser alone can do: stand in for it.
const registration = vi.hoisted(() => ({
  isUpdateWaiting: false,
  updateServiceWorker: vi.fn(async () => {}),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => {
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
    registration.updateServiceWorker.mockClear();
  });

  it('says nothing while no newer version waits', () => {
    renderPrompt();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/nouvelle version/)).not.toBeInTheDocument();
  });

  it('offers to reload into a waiting version, politely, and reloads on request', async () => {
    registration.isUpdateWaiting = true;
    const user = userEvent.setup();
    renderPrompt();
    const message = screen.getByText('Une nouvelle version du tableau de bord est disponible.');
    expect(message.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: 'Recharger avec la nouvelle version' }));
    expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('can be put off until later, in English too', async () => {
    registration.isUpdateWaiting = true;
    const user = userEvent.setup();
    renderPrompt('en');
    expect(screen.getByText('A new version of the dashboard is available.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of the dashboard is available.')).toBeNull();
    expect(registration.updateServiceWorker).not.toHaveBeenCalled();
  });
});
