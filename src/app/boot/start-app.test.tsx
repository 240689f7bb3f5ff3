import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledDatasetElement } from '../../data/bundled-dataset';
import { DatasetError } from '../../data/dataset-error';
import { buildDataset, bundledDatasetJson } from '../../testing/dataset-builders';
import { jsonResponse, stubFetch } from '../../testing/render-app';
import { APP_RUNNING_MARK, CLIENT_RENDER_MARK, EARLY_CLICKS_GLOBAL } from './boot-marks';
import { prerenderPage } from './prerender-page';
import { startApp } from './start-app';

const BUNDLED_URL = '/assets/plans-test.json';

/** Builds the page as the build writes it: pre-rendered markup, and the name of the copy of the
 * dataset it came from, which the network stub serves (any other request fails the test). */
function loadPrerenderedPage() {
  const { html, dataset } = prerenderPage(bundledDatasetJson(), 'public/data/plans.json');
  document.body.innerHTML = `<div id="root">${html}</div>${bundledDatasetElement(BUNDLED_URL)}`;
  const fetchMock = stubFetch((url) => {
    if (url === BUNDLED_URL) return jsonResponse(dataset);
    throw new Error(`the pre-rendered page fetched ${url}`);
  });
  return { container: document.getElementById('root')!, fetchMock };
}

let unmount = () => {};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute(CLIENT_RENDER_MARK);
});

afterEach(() => {
  unmount();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(CLIENT_RENDER_MARK);
  document.documentElement.removeAttribute(APP_RUNNING_MARK);
});

describe('the pre-rendered page', () => {
  it('holds the default view in French: plans, areas, quotes and sources, with no script', () => {
    const { container } = loadPrerenderedPage();
    const page = within(container);
    expect(
      page.getByRole('heading', { level: 1, name: 'Plans d’action conjoints ONUDC–OSCE' }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('#timeline ol > li')).toHaveLength(4);
    expect(
      within(page.getByRole('list', { name: 'Domaines thématiques' })).getAllByRole('heading', {
        level: 3,
      }),
    ).toHaveLength(12);
    expect(container).toHaveTextContent('Yury Fedotov');
    expect(container).toHaveTextContent('Thomas Greminger');
    // The chart is drawn in the browser; the page says so and keeps its room.
    expect(container).toHaveTextContent('Chargement du graphique…');
  });

  it('refuses a dataset that breaks the schema, naming the path', () => {
    const broken = buildDataset((dataset) => {
      dataset.plans[0]!.areas = [{ ...dataset.plans[3]!.areas[0]!, themeId: 'nope' }];
    });
    expect(() => prerenderPage(broken, 'public/data/plans.json')).toThrow(DatasetError);
    try {
      prerenderPage(broken, 'public/data/plans.json');
    } catch (error) {
      expect((error as DatasetError).issues.map((issue) => issue.path)).toContain(
        'plans.0.areas.0.themeId',
      );
    }
  });

  it('is hydrated in place: no node replaced, no mismatch, only its dataset fetched, and it answers', async () => {
    const { container, fetchMock } = loadPrerenderedPage();
    const main = container.querySelector('main');
    const cyberCard = within(container)
      .getByRole('heading', { name: 'Lutte contre le cybercrime' })
      .closest('li');
    const errors = vi.spyOn(console, 'error');
    const started = startApp(container);
    unmount = started.unmount;
    expect(started.mode).toBe('hydrated');
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));

    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: /^Cybercriminalité/ });
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(screen.getByText('1 domaine affiché sur 12')).toBeInTheDocument());
    expect(container.querySelector('main')).toBe(main);
    expect(cyberCard?.isConnected).toBe(true);
    // The build's copy of the dataset, once (data/plans.json and its schema check are not needed).
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([BUNDLED_URL]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('draws another view afresh when the address asks for one (English here)', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const { container } = loadPrerenderedPage();
    // What the boot script does before the first paint for such an address.
    document.documentElement.setAttribute(CLIENT_RENDER_MARK, 'client');
    const main = container.querySelector('main');
    const started = startApp(container);
    unmount = started.unmount;
    expect(started.mode).toBe('rendered');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeInTheDocument();
    expect(container.querySelector('main')).not.toBe(main);
    expect(screen.queryByText('Domaines thématiques')).not.toBeInTheDocument();
    // The view is drawn: the stylesheet's hiding mark is gone.
    expect(document.documentElement).not.toHaveAttribute(CLIENT_RENDER_MARK);
  });
});

describe('a click before the app runs', () => {
  /** What the build's boot script leaves on `window`: the buttons it kept, handed over once. */
  function keepClicks(buttons: HTMLElement[]) {
    const take = vi.fn(() => buttons.splice(0));
    (window as unknown as Record<typeof EARLY_CLICKS_GLOBAL, () => HTMLElement[]>)[
      EARLY_CLICKS_GLOBAL
    ] = take;
    return take;
  }

  afterEach(() => {
    delete (window as unknown as Record<string, unknown>)[EARLY_CLICKS_GLOBAL];
  });

  it('is given to the hydrated page once, in French: the theme clicked is applied', async () => {
    const { container } = loadPrerenderedPage();
    const cybercrime = within(within(container).getByRole('group', { name: 'Thèmes' })).getByRole(
      'button',
      { name: 'Cybercriminalité' },
    );
    const take = keepClicks([cybercrime]);
    unmount = startApp(container).unmount;
    expect(take).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await waitFor(() => expect(cybercrime).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    // The button stays pressed: the click was not given twice.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cybercrime).toHaveAttribute('aria-pressed', 'true');
  });

  it('is dropped when the page is drawn afresh in English: its button is no longer there', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const { container } = loadPrerenderedPage();
    document.documentElement.setAttribute(CLIENT_RENDER_MARK, 'client');
    const frenchButton = within(within(container).getByRole('group', { name: 'Thèmes' })).getByRole(
      'button',
      { name: 'Cybercriminalité' },
    );
    const onClick = vi.fn();
    frenchButton.addEventListener('click', onClick);
    keepClicks([frenchButton]);
    unmount = startApp(container).unmount;
    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('12 areas shown of 12')).toBeInTheDocument();
    expect(onClick).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Cybercrime' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
