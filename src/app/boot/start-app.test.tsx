import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../data/dataset-error';
import { buildDataset } from '../../testing/dataset-builders';
import { BUNDLED_URL, loadPrerenderedPage, runInlineScripts } from '../../testing/prerendered-page';
import { APP_RUNNING_MARK, CLIENT_RENDER_MARK } from './boot-marks';
import { prerenderPage } from './prerender-page';
import { startApp } from './start-app';

let unmount = () => {};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute(CLIENT_RENDER_MARK);
  // Any app drawn by an earlier file of this project has marked the page running.
  document.documentElement.removeAttribute(APP_RUNNING_MARK);
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

describe('a press before the app runs', () => {
  it('is kept by React and given to the hydrated page once, in French: the theme is applied', async () => {
    const { container } = loadPrerenderedPage();
    runInlineScripts(container);
    const cybercrime = within(within(container).getByRole('group', { name: 'Thèmes' })).getByRole(
      'button',
      { name: 'Cybercriminalité' },
    );
    cybercrime.click();
    const pushState = vi.spyOn(window.history, 'pushState');
    unmount = startApp(container).unmount;
    await waitFor(() => expect(document.documentElement).toHaveAttribute(APP_RUNNING_MARK));
    await waitFor(() => expect(cybercrime).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText('1 domaine affiché sur 12')).toBeInTheDocument();
    // Given once: one entry in the history.
    expect(pushState.mock.calls.map(([, , url]) => url)).toEqual(['/?v=1&themes=cyber']);
  });

  it('is dropped when the page is drawn afresh in English: its button is no longer there', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const { container } = loadPrerenderedPage();
    runInlineScripts(container);
    document.documentElement.setAttribute(CLIENT_RENDER_MARK, 'client');
    within(within(container).getByRole('group', { name: 'Thèmes' }))
      .getByRole('button', { name: 'Cybercriminalité' })
      .click();
    unmount = startApp(container).unmount;
    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('12 areas shown of 12')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cybercrime' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(window.location.search).toBe('?lang=en');
  });
});
