import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureDownload } from '../testing/capture-download';
import { buildDataset } from '../testing/dataset-builders';
import { renderLoadedApp } from '../testing/render-app';

const fifthPlanFile = () =>
  new File(
    [readFileSync(resolve(process.cwd(), 'tests/fixtures/plans-with-fifth-plan.json'))],
    'plans-with-fifth-plan.json',
    {
      type: 'application/json',
    },
  );

// The file input is hidden behind its button (display: none), as the browser's file chooser is.
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

afterEach(() => vi.restoreAllMocks());

// The app's later sections, loaded as a page has them once it has loaded (deferred-sections.tsx).
beforeAll(() => import('./boot/later-sections'));

describe('sharing the view', () => {
  it('copies a link that holds the filters and says so', async () => {
    // user-event provides the clipboard; read back what the page wrote to it.
    const { user } = await renderLoadedApp({ url: '/?themes=cyber&lang=en' });
    await screen.findByRole('list', { name: 'Thematic areas' });
    await user.click(screen.getByRole('button', { name: 'Copy the link to this view' }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(window.location.href).toContain('themes=cyber');
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
  });

  it('puts the language in a link copied on the French page, whose address leaves it out', async () => {
    const { user } = await renderLoadedApp({ url: '/?themes=cyber' });
    await screen.findByRole('list', { name: 'Domaines thématiques' });
    expect(window.location.search).not.toContain('lang=');
    await user.click(screen.getByRole('button', { name: 'Copier le lien de cette vue' }));
    const link = new URL(await navigator.clipboard.readText());
    expect([link.pathname, link.searchParams.get('lang'), link.searchParams.get('themes')]).toEqual(
      ['/', 'fr', 'cyber'],
    );
  });

  it('shows the link selected when the clipboard refuses', async () => {
    await renderLoadedApp({ url: '/?new=1', withUserEvent: false });
    await screen.findByRole('list', { name: 'Domaines thématiques' });
    // user-event installs its own clipboard; this test runs without it to keep the refusal.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copier le lien de cette vue' }));
    // The link shown is the address, with the French page's language made explicit.
    expect(await screen.findByRole('textbox', { name: 'Copier le lien de cette vue' })).toHaveValue(
      `${window.location.href}&lang=fr`,
    );
  });

  it('embed=1 shows the areas only, with a link back to the full dashboard', async () => {
    await renderLoadedApp({ url: '/?embed=1&themes=cyber' });
    const list = await screen.findByRole('list', { name: 'Domaines thématiques' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Les quatre plans' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ouvrir un jeu de données…' }),
    ).not.toBeInTheDocument();
    // Every numbered reference leads to its source, listed in the embed itself.
    const refs = within(list)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('#source-'));
    expect(refs.length).toBeGreaterThan(0);
    const sources = within(await screen.findByRole('region', { name: 'Sources' })).getAllByRole(
      'listitem',
    );
    for (const ref of refs) {
      const target = document.getElementById(ref.getAttribute('href')!.slice(1));
      expect(sources, ref.getAttribute('href')!).toContain(target);
    }
    const back = screen.getByRole('link', { name: 'Ouvrir le tableau de bord complet' });
    expect(back.getAttribute('href')).toContain('themes=cyber');
    expect(back.getAttribute('href')).not.toContain('embed');
  });
});

describe('opening your own dataset', () => {
  it.each([
    ['fr', 'Ouvrir un jeu de données…'],
    ['en', 'Open a dataset…'],
  ])(
    'one control is announced for it (%s): the button, not a second unlabelled input',
    async (lang, name) => {
      await renderLoadedApp({ url: lang === 'fr' ? '/' : `/?lang=${lang}` });
      expect(await screen.findAllByRole('button', { name })).toHaveLength(1);
      expect(screen.queryAllByLabelText(name)).toEqual([]);
      expect(fileInput()).not.toBeVisible();
    },
  );

  it('a valid file replaces the view, says which dataset is shown, and the bundled one comes back', async () => {
    const { user } = await renderLoadedApp();
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
      () => new File(['x'.repeat(6_000_000)], 'huge.json'),
      /Le fichier huge\.json est trop volumineux \(6,0 Mo ; limite : 5 Mo\)\./,
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
      const { user } = await renderLoadedApp();
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

  const fourProblemsFile = () =>
    new File(
      [
        JSON.stringify(
          buildDataset((d) => {
            (d as { schemaVersion: number }).schemaVersion = 4;
            d.sources[1]!.url = 'data:text/html,x';
            d.themes[0]!.label.fr = '';
            d.plans[3]!.areas[0]!.themeId = 'nope';
          }),
        ),
      ],
      'four.json',
    );
  const plain = (element: HTMLElement) => element.textContent!.replace(/[\u00a0\u202f]/g, ' ');

  it('a file with four problems lists all four at once, in French words only', async () => {
    const { user } = await renderLoadedApp();
    await screen.findByRole('region', { name: 'Les quatre plans' });
    await user.upload(fileInput(), fourProblemsFile());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map(plain)).toEqual([
      'schemaVersion : version 4 non prise en charge (versions prises en charge : 1, 2 et 3)',
      'themes.0.label.fr : trop petit ou trop court (minimum : 1)',
      'sources.1.url : adresse refusée : seules les adresses http:// et https:// sont acceptées',
      'plans.3.areas.0.themeId : thème inconnu « nope »',
    ]);
    expect(alert).not.toHaveTextContent(/Invalid|expected/);
  });

  it('in English, a file with four problems lists all four at once', async () => {
    const { user } = await renderLoadedApp({ url: '/?lang=en' });
    await screen.findByRole('region', { name: 'The four plans' });
    await user.upload(fileInput(), fourProblemsFile());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map(plain)).toEqual([
      'schemaVersion: version 4 is not supported (supported versions: 1, 2 and 3)',
      'themes.0.label.fr: too small or too short (minimum: 1)',
      'sources.1.url: address refused: only http:// and https:// addresses are accepted',
      'plans.3.areas.0.themeId: unknown theme "nope"',
    ]);
  });

  it('in English, a file too large states its size and the limit in one unit', async () => {
    const { user } = await renderLoadedApp({ url: '/?lang=en' });
    await screen.findByRole('region', { name: 'The four plans' });
    await user.upload(fileInput(), new File(['x'.repeat(6_000_000)], 'huge.json'));
    expect(plain(await screen.findByRole('alert'))).toContain(
      'The file huge.json is too large (6.0 MB; limit: 5 MB).',
    );
  });

  it('past twenty problems, the rest are counted (fr and en)', async () => {
    const manyProblems = () =>
      new File(
        [
          JSON.stringify(
            buildDataset((d) => {
              (d as { schemaVersion: number }).schemaVersion = 4;
              for (const area of d.plans[3]!.areas) area.themeId = 'nope';
              for (const source of d.sources) source.url = 'data:text/html,x';
              for (const theme of d.themes) theme.label.fr = '';
            }),
          ),
        ],
        'many.json',
      );
    const { user } = await renderLoadedApp();
    await screen.findByRole('region', { name: 'Les quatre plans' });
    await user.upload(fileInput(), manyProblems());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(plain(alert)).toMatch(/… et \d+ autres problèmes/);
    await user.click(screen.getByRole('link', { name: 'English' }));
    // The language switches in a transition: wait for the English words.
    await waitFor(() =>
      expect(plain(screen.getByRole('alert'))).toMatch(/… and \d+ more problems/),
    );
  });

  it('in English, a refused file is explained in English', async () => {
    const { user } = await renderLoadedApp({ url: '/?lang=en' });
    await screen.findByRole('region', { name: 'The four plans' });
    await user.upload(fileInput(), new File(['<html>'], 'page.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file was not opened; the dataset shown is unchanged');
    expect(alert).toHaveTextContent('The file page.json is not valid JSON.');
  });
});

describe('a dataset opened from a file, across reloads', () => {
  // A reload is the app rendered anew in the same browser: the same IndexedDB, a new page.
  const reload = (url?: string) => {
    cleanup();
    return renderLoadedApp({ url });
  };
  // The kept dataset arrives after the first view: give it the time it takes before saying the
  // bundled one stayed.
  const afterRestore = () => new Promise((resolve) => setTimeout(resolve, 300));

  it.each([
    [
      'fr',
      'Les quatre plans',
      'Les cinq plans',
      /Jeu de données affiché/,
      'Revenir au jeu de données fourni',
    ],
    ['en', 'The four plans', 'The five plans', /Dataset shown/, 'Back to the bundled dataset'],
  ])(
    'is still shown after a reload, until the reader goes back to the bundled one (%s)',
    async (lang, four, five, notice, back) => {
      const url = lang === 'fr' ? '/' : `/?lang=${lang}`;
      const { user } = await renderLoadedApp({ url });
      await screen.findByRole('region', { name: four });
      await user.upload(fileInput(), fifthPlanFile());
      await screen.findByRole('region', { name: five });

      const reloaded = await reload(url);
      expect(await screen.findByRole('region', { name: five })).toBeInTheDocument();
      expect(screen.getByText(notice)).toHaveTextContent('plans-with-fifth-plan.json');
      await reloaded.user.click(screen.getByRole('button', { name: back }));
      await screen.findByRole('region', { name: four });

      await reload(url);
      await screen.findByRole('region', { name: four });
      await afterRestore();
      expect(screen.getByRole('region', { name: four })).toBeInTheDocument();
      expect(screen.queryByText(notice)).not.toBeInTheDocument();
    },
  );

  it.each([
    ['no IndexedDB', undefined],
    [
      'a full disk',
      {
        open: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      },
    ],
  ])(
    'with %s, the file still shows for this visit and a note says it will not be kept',
    async (_name, store) => {
      vi.stubGlobal('indexedDB', store);
      const { user } = await renderLoadedApp();
      await screen.findByRole('region', { name: 'Les quatre plans' });
      await user.upload(fileInput(), fifthPlanFile());
      expect(await screen.findByRole('region', { name: 'Les cinq plans' })).toBeInTheDocument();
      expect(
        await screen.findByText(
          /^Ce navigateur ne peut pas le garder\s: un rechargement affichera le jeu de données fourni\.$/,
        ),
      ).toBeInTheDocument();
    },
  );

  it('in English, a browser that keeps nothing says so', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { user } = await renderLoadedApp({ url: '/?lang=en' });
    await screen.findByRole('region', { name: 'The four plans' });
    await user.upload(fileInput(), fifthPlanFile());
    expect(
      await screen.findByText(
        'This browser cannot keep it: a reload will show the bundled dataset.',
      ),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'fr',
      'Les cinq plans',
      'Copier le lien de cette vue',
      'Lien copié dans le presse-papiers.Ce lien ouvre le jeu de données fourni, pas votre fichier « plans-with-fifth-plan.json ».',
    ],
    [
      'en',
      'The five plans',
      'Copy the link to this view',
      'Link copied to the clipboard.This link opens the bundled dataset, not your file “plans-with-fifth-plan.json”.',
    ],
  ])(
    'a copied link says it opens the bundled dataset, not the file (%s)',
    async (lang, five, copy, said) => {
      const { user } = await renderLoadedApp({ url: lang === 'fr' ? '/' : `/?lang=${lang}` });
      await user.upload(fileInput(), fifthPlanFile());
      await screen.findByRole('region', { name: five });
      await user.click(screen.getByRole('button', { name: copy }));
      const expected = new URL(window.location.href);
      expected.searchParams.set('lang', lang);
      expect(await navigator.clipboard.readText()).toBe(expected.href);
      const status = await screen.findByText(/^(Lien|Link) copi/);
      expect(status.textContent!.replace(/\u00a0/g, ' ')).toBe(said);
    },
  );
});

describe('downloads', () => {
  it('the filtered areas download as a French CSV with a BOM', async () => {
    const { user } = await renderLoadedApp({ url: '/?themes=people' });
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
    const { user } = await renderLoadedApp({ url: '/?lang=en' });
    await screen.findByRole('list', { name: 'Thematic areas' });
    const { blob, name } = await captureDownload(() =>
      user.click(screen.getByRole('button', { name: 'Areas (JSON)' })),
    );
    expect(name).toBe('unodc-osce-joint-action-plans-areas-2018-2019-en.json');
    const json = JSON.parse(await blob.text());
    expect(json.count).toBe(12);
    expect(json.language).toBe('en');
  });

  it.each([
    {
      lang: 'fr',
      list: 'Domaines thématiques',
      button: 'Graphique (SVG)',
      title: 'Domaines thématiques du plan 2018-2019',
      edition: "[1] «\u00a0L'ONUDC et le Secrétariat de l'OSCE signent",
      otherEdition: '[2]',
      date: 'ONUDC, 31 janvier 2018',
    },
    {
      lang: 'en',
      list: 'Thematic areas',
      button: 'Chart (SVG)',
      title: 'Thematic areas of the 2018-2019 plan',
      edition: '[2] “UNODC and OSCE sign new 2018-2019 Joint Action Plan”',
      otherEdition: '[1]',
      date: 'UNODC, 31 January 2018',
    },
  ])(
    'the chart downloads as an SVG with its title and its sources, one a line, in $lang',
    async ({ lang, list, button, title, edition, otherEdition, date }) => {
      const { user } = await renderLoadedApp({ url: lang === 'fr' ? '/' : `/?lang=${lang}` });
      await screen.findByRole('list', { name: list });
      const { blob, name } = await captureDownload(() =>
        user.click(screen.getByRole('button', { name: button })),
      );
      expect(name).toBe(`unodc-osce-joint-action-plans-areas-by-theme-2018-2019-${lang}.svg`);
      const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
      expect(svg.querySelector('title')?.textContent).toBe(title);
      const lines = [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '');
      const sources = lines.filter((line) => /^\[\d+\] /.test(line));
      expect(sources.length).toBeGreaterThanOrEqual(2);
      // In the order of their numbers, as the page's list.
      const numbers = sources.map((line) => Number(/^\[(\d+)\]/.exec(line)![1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      // The release in the reader's language (its French or its English edition), with its date.
      expect(sources[0]).toContain(edition);
      expect(sources[0]).toContain(date);
      expect(sources.filter((line) => line.startsWith(otherEdition))).toEqual([]);
      // The page's address as a reader would copy it, with no bare "?".
      expect(lines.filter((line) => /\?$/.test(line))).toEqual([]);
    },
  );
});
