import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_URL, loadPrerenderedPage, runInlineScripts } from '../../testing/prerendered-page';
import { APP_RUNNING_MARK } from './boot-marks';
import { startApp } from './start-app';

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

/** The header has hydrated: its effect has put the colour scheme on <html>. */
const headerHydrated = () =>
  waitFor(() => expect(document.documentElement).toHaveAttribute('data-scheme', 'light'));

let unmount = () => {};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  // Any app drawn by an earlier file of this project has marked the page running.
  document.documentElement.removeAttribute(APP_RUNNING_MARK);
});

afterEach(() => {
  unmount();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(APP_RUNNING_MARK);
  document.documentElement.removeAttribute('data-scheme');
});

describe('the sections below the first screen, on the pre-rendered page', () => {
  it('keep their markup until the page is idle, then hydrate in place (fr)', async () => {
    const idle = holdIdleCallbacks();
    const { container, fetchMock } = loadPrerenderedPage();
    const cyberCard = within(container)
      .getByRole('heading', { name: 'Lutte contre le cybercrime' })
      .closest('li');
    const errors = vi.spyOn(console, 'error');
    unmount = startApp(container).unmount;
    await headerHydrated();
    // The header is hydrated; the sections wait, readable, and the page is not called running.
    expect(document.documentElement).not.toHaveAttribute(APP_RUNNING_MARK);
    expect(screen.getByText('12 domaines affichés sur 12')).toBeInTheDocument();
    // Nothing fetched yet: the dataset comes with the sections' code.
    expect(fetchMock).not.toHaveBeenCalled();
    act(() => idle.runAll());
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    const cybercrime = themeButton(container, 'Cybercriminalité');
    await userEvent.setup().click(cybercrime);
    await waitFor(() => expect(cybercrime).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    expect(cyberCard?.isConnected).toBe(true);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([BUNDLED_URL]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('keep a theme pressed while they wait and apply it once, when hydrated (fr)', async () => {
    holdIdleCallbacks();
    const { container } = loadPrerenderedPage();
    runInlineScripts(container);
    unmount = startApp(container).unmount;
    await headerHydrated();
    const pushState = vi.spyOn(window.history, 'pushState');
    const cybercrime = themeButton(container, 'Cybercriminalité');
    await userEvent.setup().click(cybercrime);
    // No idle moment came: the press itself asked for their code.
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await waitFor(() => expect(cybercrime).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    // Given once: one entry in the history.
    expect(pushState.mock.calls.map(([, , url]) => url)).toEqual(['/?v=1&themes=cyber']);
  });

  it('offer each language as a link to its own pre-rendered page, before and after hydration', async () => {
    holdIdleCallbacks();
    const { container } = loadPrerenderedPage();
    // Before the app runs, a press follows the link: the browser opens that language's page.
    const hrefs = () =>
      within(container)
        .getAllByRole('link', { name: /^(English|Français|Русский|العربية)$/ })
        .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('lang')]);
    const expected = [
      ['العربية', '/ar/', 'ar'],
      ['English', '/en/', 'en'],
      ['Français', '/', 'fr'],
      ['Русский', '/ru/', 'ru'],
    ];
    expect(hrefs()).toEqual(expected);
    unmount = startApp(container).unmount;
    await headerHydrated();
    expect(hrefs()).toEqual(expected);
  });

  it('that cannot load say so, stay as they were, and Retry wakes them (fr, then en)', async () => {
    const idle = holdIdleCallbacks();
    const { container } = loadPrerenderedPage({ failures: 1 });
    unmount = startApp(container).unmount;
    await headerHydrated();
    idle.runAll();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Le reste de la page n’a pas pu se charger (le réseau ?) : il se lit, mais ses filtres et ses choix ne répondent pas encore.',
    );
    // Still readable.
    expect(screen.getByText('12 domaines affichés sur 12')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await user.click(themeButton(container, 'Cybercriminalité'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByText('1 area shown of 12')).toBeInTheDocument();
  });

  it('stop waiting when the app is unmounted: a later move fetches nothing', async () => {
    holdIdleCallbacks();
    const { container, fetchMock } = loadPrerenderedPage();
    const app = startApp(container);
    await headerHydrated();
    app.unmount();
    window.dispatchEvent(new Event('pointerdown'));
    await act(() => Promise.resolve());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('report a pre-rendered section that does not match its dataset (a redraw nobody asked for)', async () => {
    const idle = holdIdleCallbacks();
    // React reports a mismatch as an error event on the window (reportError).
    const reported = vi.fn((event: ErrorEvent) => event.preventDefault());
    window.addEventListener('error', reported);
    const { container } = loadPrerenderedPage();
    within(container).getByText(/^Depuis 2011, /).textContent = 'Un autre résumé.';
    unmount = startApp(container).unmount;
    await headerHydrated();
    idle.runAll();
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await waitFor(() => expect(reported).toHaveBeenCalledTimes(1));
    window.removeEventListener('error', reported);
    expect(String(reported.mock.calls[0]?.[0].error)).toMatch(/Hydration failed/);
    // Drawn afresh from the dataset.
    expect(await within(container).findByText(/^Depuis 2011, /)).toBeInTheDocument();
  });
});
