import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';

// The dataset's error message loads on demand: on a network that fails, its code may not arrive
// either. Stand in for that chunk failing, then arriving (a module, once loaded, stays loaded: one
// test walks through both languages).
const chunk = vi.hoisted(() => ({ isAvailable: false }));

vi.mock('./dataset-error-message', async (importOriginal) => {
  if (!chunk.isAvailable) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('the dataset error message, loaded on demand', () => {
  it('whose code cannot load: the page says so in French and in English, keeps its header, and Retry loads it', async () => {
    const { user } = renderApp({ responder: () => new Response('Not found', { status: 404 }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cette section n’a pas pu s’afficher.');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Plans d’action conjoints ONUDC–OSCE',
    );

    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This section could not be shown.');

    chunk.isAvailable = true;
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    const message = await screen.findByRole('alert');
    expect(message).toHaveTextContent('The data could not be loaded');
    expect(message).toHaveTextContent('The server answered 404 for /data/plans.json.');
  });
});
