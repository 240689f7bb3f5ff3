import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../testing/dataset-builders';
import { renderApp } from '../testing/render-app';

const fifthPlanFile = () =>
  new File(
    [readFileSync(resolve(process.cwd(), 'tests/fixtures/plans-with-fifth-plan.json'))],
    'plans-with-fifth-plan.json',
    {
      type: 'application/json',
    },
  );

const fileInput = () => screen.getByLabelText('Ouvrir un jeu de données…', { selector: 'input' });

afterEach(() => vi.restoreAllMocks());

// The app's later sections, loaded as a page has them once it has loaded (deferred-sections.tsx).
beforeAll(() => import('./boot/later-sections'));

describe('sharing the view', () => {
  it('copies a link that holds the filters and says so', async () => {
    // user-event provides the clipboard; read back what the page wrote to it.
    const { user } = renderApp({ url: '/?themes=cyber&lang=en' });
    await screen.findByRole('list', { name: 'Thematic areas' });
    await user.click(screen.getByRole('button', { name: 'Copy the link to this view' }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(window.location.href).toContain('themes=cyber');
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
  });

  it('shows the link selected when the clipboard refuses', async () => {
    renderApp({ url: '/?new=1', withUserEvent: false });
    await screen.findByRole('list', { name: 'Domaines thématiques' });
    // user-event installs its own clipboard; this test runs without it to keep the refusal.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copier le lien de cette vue' }));
    expect(await screen.findByRole('textbox', { name: 'Copier le lien de cette vue' })).toHaveValue(
      window.location.href,
    );
  });

  it('embed=1 shows the areas only, with a link back to the full dashboard', async () => {
    renderApp({ url: '/?embed=1&themes=cyber' });
    const list = await screen.findByRole('list', { name: 'Domaines thématiques' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Les quatre plans' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ouvrir un jeu de données…' }),
    ).not.toBeInTheDocument();
    const back = screen.getByRole('link', { name: 'Ouvrir le tableau de bord complet' });
    expect(back.getAttribute('href')).toContain('themes=cyber');
    expect(back.getAttribute('href')).not.toContain('embed');
  });
});

describe('opening your own dataset', () => {
  it('a valid file replaces the view, says which dataset is shown, and the bundled one comes back', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Les quatre plans' });
    await user.upload(fileInput(), fifthPlanFile());
    const timeline = await screen.findByRole('region', { name: 'Les cinq plans' });
    expect(within(timeline).getByRole('button', { name: /Plan n° 5/ })).toBeInTheDocument();
    expect(
      screen.getByText(
        /Jeu de données affiché : « Plans d'action conjoints ONUDC–OSCE, avec le plan 2020-2022/,
      ),
    ).toHaveTextContent('plans-with-fifth-plan.json');
    await user.click(screen.getByRole('button', { name: /Plan n° 5/ }));
    expect(screen.getByRole('region', { name: /Cinquième plan/ })).toHaveTextContent(
      'Ghada Fathi Waly',
    );

    await user.click(screen.getByRole('button', { name: 'Revenir au jeu de données fourni' }));
    expect(await screen.findByRole('region', { name: 'Les quatre plans' })).toBeInTheDocument();
  });

  it.each([
    [
      'not JSON',
      () => new File(['{"schemaVersion": 1,'], 'broken.json'),
      /Le fichier broken\.json n’est pas du JSON valide\./,
    ],
    [
      'too large',
      () => new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'huge.json'),
      /Le fichier huge\.json est trop volumineux \(5 Mo\) : la limite est de 5 Mo\./,
    ],
    [
      'against the schema',
      () =>
        new File(
          [
            JSON.stringify(
              buildDataset(
                (d) => (
                  (d.plans[3]!.areas[0]!.themeId = 'nope'),
                  (d.sources[1]!.url = 'data:text/html,x')
                ),
              ),
            ),
          ],
          'bad.json',
        ),
      /plans\.3\.areas\.0\.themeId : thème inconnu/,
    ],
  ])(
    'a file %s is refused with what is wrong, and the dataset shown stays',
    async (_name, makeFile, message) => {
      const { user } = renderApp();
      await screen.findByRole('region', { name: 'Les quatre plans' });
      await user.upload(fileInput(), fifthPlanFile());
      await screen.findByRole('region', { name: 'Les cinq plans' });

      await user.upload(fileInput(), makeFile());
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'Ce fichier n’a pas été ouvert ; le jeu de données affiché reste inchangé',
      );
      expect(alert.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(message);
      expect(screen.getByRole('region', { name: 'Les cinq plans' })).toBeInTheDocument();
      await user.click(within(alert).getByRole('button', { name: 'Fermer ce message' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('in English, a refused file is explained in English', async () => {
    const { user } = renderApp({ url: '/?lang=en' });
    await screen.findByRole('region', { name: 'The four plans' });
    await user.upload(
      screen.getByLabelText('Open a dataset…', { selector: 'input' }),
      new File(['<html>'], 'page.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file was not opened; the dataset shown is unchanged');
    expect(alert).toHaveTextContent('The file page.json is not valid JSON.');
  });
});

describe('downloads', () => {
  async function captureDownload(action: () => Promise<void>) {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await action();
    await waitFor(() => expect(names).toHaveLength(1));
    return { blob: blobs[0]!, name: names[0]! };
  }

  it('the filtered areas download as a French CSV with a BOM', async () => {
    const { user } = renderApp({ url: '/?themes=people' });
    await screen.findByRole('list', { name: 'Domaines thématiques' });
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: 'Domaines affichés (CSV)' })),
    );
    expect(name).toBe('unodc-osce-joint-action-plans-areas-2018-2019-filtered-fr.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'identifiant;domaine;thème;nouveau en 2018-2019;niveau de preuve;comment (si déduit);adresse de la source',
    );
    expect(await screen.findByText(`Fichier ${name} téléchargé.`)).toBeInTheDocument();
  });

  it('all areas download as English JSON', async () => {
    const { user } = renderApp({ url: '/?lang=en' });
    await screen.findByRole('list', { name: 'Thematic areas' });
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: 'Areas (JSON)' })),
    );
    expect(name).toBe('unodc-osce-joint-action-plans-areas-2018-2019-en.json');
    const json = JSON.parse(await blob.text());
    expect(json.count).toBe(12);
    expect(json.language).toBe('en');
  });

  it('the chart downloads as an SVG with its title', async () => {
    const { user } = renderApp();
    await screen.findByRole('list', { name: 'Domaines thématiques' });
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: 'Graphique (SVG)' })),
    );
    expect(name).toBe('unodc-osce-joint-action-plans-areas-by-theme-2018-2019-fr.svg');
    expect(await blob.text()).toContain(
      '<title id="chart-title">Domaines thématiques du plan 2018-2019</title>',
    );
  });
});
