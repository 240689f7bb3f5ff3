import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledDatasetElement } from '../../data/bundled-dataset';
import { bundledDatasetJson } from '../../testing/dataset-builders';
import { jsonResponse, stubFetch } from '../../testing/render-app';
import { APP_RUNNING_MARK } from './boot-marks';

const BUNDLED_URL = '/assets/plans-test.json';

// Each test loads the app afresh, so that the later sections' code has not been loaded yet (the
// module keeps it once loaded), as on a page just opened.
async function freshApp({ failures = 0 } = {}) {
  vi.resetModules();
  const [{ prerenderPage }, { startApp }] = await Promise.all([
    import('./prerender-page'),
    import('./start-app'),
  ]);
  const { html, dataset } = prerenderPage(bundledDatasetJson(), 'public/data/plans.json');
  document.body.innerHTML = `<div id="root">${html}</div>${bundledDatasetElement(BUNDLED_URL)}`;
  let failed = 0;
  const fetchMock = stubFetch((url) => {
    if (url === BUNDLED_URL && failed++ < failures) throw new TypeError('Failed to fetch');
    if (url === BUNDLED_URL) return jsonResponse(dataset);
    throw new Error(`the pre-rendered page fetched ${url}`);
  });
  return { container: document.getElementById('root')!, startApp, fetchMock };
}

/** The browser's idle callbacks, held until the test lets them run. */
function holdIdleCallbacks() {
  const callbacks: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => callbacks.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => {});
  return { runAll: () => callbacks.splice(0).forEach((callback) => callback()), callbacks };
}

const themeButton = (container: HTMLElement, name: string) =>
  within(within(container).getByRole('group', { name: /^(Thèmes|Themes)$/ })).getByRole('button', {
    name,
  });

let unmount = () => {};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  unmount();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(APP_RUNNING_MARK);
});

describe('the sections below the first screen, on the pre-rendered page', () => {
  it('keep their markup until the page is idle, then hydrate in place (fr)', async () => {
    const idle = holdIdleCallbacks();
    const { container, startApp, fetchMock } = await freshApp();
    const cyberCard = within(container)
      .getByRole('heading', { name: 'Lutte contre le cybercrime' })
      .closest('li');
    const errors = vi.spyOn(console, 'error');
    unmount = startApp(container).unmount;
    // The header is hydrated; the sections wait, readable, and the page is not called running.
    await waitFor(() => expect(idle.callbacks).toHaveLength(1));
    expect(document.documentElement).not.toHaveAttribute(APP_RUNNING_MARK);
    expect(screen.getByText('12 domaines affichés sur 12')).toBeInTheDocument();
    // Nothing fetched yet: the dataset comes with the sections' code.
    expect(fetchMock).not.toHaveBeenCalled();
    idle.runAll();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    const cybercrime = themeButton(container, 'Cybercriminalité');
    await userEvent.setup().click(cybercrime);
    await waitFor(() => expect(cybercrime).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    expect(cyberCard?.isConnected).toBe(true);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([BUNDLED_URL]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('wake at the first click, which is kept and applied once they are awake (fr)', async () => {
    holdIdleCallbacks();
    const { container, startApp } = await freshApp();
    unmount = startApp(container).unmount;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.documentElement).not.toHaveAttribute(APP_RUNNING_MARK);
    const cybercrime = themeButton(container, 'Cybercriminalité');
    cybercrime.click();
    // No idle moment came: the click itself woke them up.
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await waitFor(() => expect(cybercrime).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    // Given once: the button stays pressed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cybercrime).toHaveAttribute('aria-pressed', 'true');
  });

  it('keep a click on "English" until they are awake, then the whole page is in English', async () => {
    holdIdleCallbacks();
    const { container, startApp } = await freshApp();
    unmount = startApp(container).unmount;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const statuses: string[] = [];
    const watcher = new MutationObserver(() => {
      for (const status of container.querySelectorAll('[role="status"]')) {
        statuses.push(status.textContent ?? '');
      }
    });
    watcher.observe(container, { childList: true, subtree: true });
    within(container).getByRole('button', { name: 'English' }).click();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('12 areas shown of 12')).toBeInTheDocument();
    expect(themeButton(container, 'Cybercrime')).toBeInTheDocument();
    watcher.disconnect();
    // No section was replaced by a loading status on the way.
    expect(statuses.filter((text) => /Chargement|Loading/.test(text))).toEqual([]);
  });

  it('that cannot load say so, stay as they were, and Retry wakes them (fr, then en)', async () => {
    const idle = holdIdleCallbacks();
    const { container, startApp } = await freshApp({ failures: 1 });
    unmount = startApp(container).unmount;
    await waitFor(() => expect(idle.callbacks).toHaveLength(1));
    idle.runAll();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Le reste de la page n’a pas pu se charger (le réseau ?) : il se lit, mais ses filtres et ses choix ne répondent pas encore.',
    );
    // Still readable, and the header answers.
    expect(screen.getByText('12 domaines affichés sur 12')).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    const user = userEvent.setup();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    const cybercrime = themeButton(container, 'Cybercriminalité');
    await user.click(cybercrime);
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('1 area shown of 12')).toBeInTheDocument();
  });

  it('that cannot load say so in English once the reader has switched to English', async () => {
    const idle = holdIdleCallbacks();
    const { container, startApp } = await freshApp({ failures: 2 });
    unmount = startApp(container).unmount;
    await waitFor(() => expect(idle.callbacks).toHaveLength(1));
    idle.runAll();
    await screen.findByRole('alert');
    const user = userEvent.setup();
    // The click is a move of the reader: it tries again, and fails once more.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The rest of the page could not load (the network?): it reads, but its filters and choices do not answer yet.',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('12 areas shown of 12')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('report a pre-rendered section that does not match its dataset (a redraw nobody asked for)', async () => {
    const idle = holdIdleCallbacks();
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const { container, startApp } = await freshApp();
    within(container).getByText(/^Depuis 2011, /).textContent = 'Un autre résumé.';
    unmount = startApp(container).unmount;
    await waitFor(() => expect(idle.callbacks).toHaveLength(1));
    idle.runAll();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await waitFor(() => expect(reported).toHaveBeenCalled());
    expect(String(reported.mock.calls[0]?.[0])).toMatch(/Hydration failed/);
    // Drawn afresh from the dataset.
    expect(await within(container).findByText(/^Depuis 2011, /)).toBeInTheDocument();
  });
});
