import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { jsonResponse, renderApp, renderLoadedApp } from '../testing/render-app';

async function areaList(name: RegExp | string = /^Domaines thématiques$/) {
  return screen.findByRole('list', { name });
}

const areaNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the dashboard, in French by default', () => {
  it('shows the header before the data arrives, then the four sections', async () => {
    let release: (r: Response) => void = () => {};
    // The code that fetches comes on demand (src/data/dataset-query.ts): the request follows it.
    const requested = new Promise<void>((isRequested) => {
      renderApp({
        responder: () => {
          isRequested();
          return new Promise<Response>((resolve) => (release = resolve));
        },
      });
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Plans d’action conjoints ONUDC–OSCE' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Chargement des données…')).toHaveAttribute('role', 'status');
    await requested;
    release(jsonResponse(bundledDatasetJson()));
    for (const name of [
      'Les quatre plans',
      'Domaines thématiques du plan 2018-2019',
      'Les signataires',
      'Sources',
    ]) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    }
    expect(document.documentElement.lang).toBe('fr');
  });

  it('lists the four plans in order, with what is not documented said so', async () => {
    await renderLoadedApp();
    const timeline = await screen.findByRole('region', { name: 'Les quatre plans' });
    const items = within(within(timeline).getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('2011'),
      expect.stringContaining('2013-2014'),
      expect.stringContaining('Période non documentée'),
      expect.stringContaining('2018-2019'),
    ]);
    const details = within(timeline).getByRole('region', {
      name: /Détails : Plan d.action conjoint 2018-2019/,
    });
    expect(details).toHaveTextContent('Secrétariat de l’OSCE, Vienne');
    expect(details).toHaveTextContent('31 janvier 2018');
    expect(details).toHaveTextContent('Yury Fedotov');
    expect(details).toHaveTextContent('Thomas Greminger');
    expect(details).toHaveTextContent('12 domaines, dont 4 nouveaux');
  });

  it('choosing a plan shows its details and updates the link', async () => {
    const { user } = await renderLoadedApp();
    await user.click(await screen.findByRole('button', { name: /Plan n° 3/ }));
    expect(screen.getByRole('button', { name: /Plan n° 3/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const details = screen.getByRole('region', { name: /Troisième plan/ });
    expect(within(details).getAllByText('Non documenté').length).toBeGreaterThanOrEqual(3);
    expect(new URLSearchParams(window.location.search).get('plan')).toBe('plan-3');

    await user.click(screen.getByRole('button', { name: /Plan n° 1/ }));
    const first = screen.getByRole('region', { name: /Premier plan/ });
    expect(first).toHaveTextContent('Drogues illicites');
    expect(first).toHaveTextContent('Marc Perrin de Brichambaut');
  });

  it('shows the twelve areas with theme, newness, evidence and a numbered source reference', async () => {
    await renderLoadedApp();
    const list = await areaList();
    expect(
      within(list)
        .getAllByRole('listitem', { name: undefined })
        .filter((li) => li.parentElement === list),
    ).toHaveLength(12);
    const card = within(list)
      .getByRole('heading', { name: 'Lutte contre le cybercrime' })
      .closest('li')!;
    expect(card).toHaveTextContent(/Thème\s:\sCybercriminalité/);
    expect(card).toHaveTextContent('Nouveau en 2018-2019');
    expect(card).toHaveTextContent('Indiqué par la source');
    // A short numbered reference to the sources list, whose entry links to the original page.
    const ref = within(card).getByRole('link', { name: /^Source 1 : L'ONUDC et le Secrétariat/ });
    expect(ref).toHaveTextContent('[1]');
    const entry = document.querySelector(ref.getAttribute('href')!)!;
    expect(within(entry as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.unodc\.org\/unodc\/fr\//),
    );
    const inferred = within(list)
      .getByRole('heading', { name: 'Lutte contre la corruption' })
      .closest('li')!;
    expect(inferred).toHaveTextContent('Déduit');
    expect(inferred).toHaveTextContent(/Comment : Le communiqué de 2018 ne nomme que huit/);
    // An inferred area refers to every source of its inference, and only those.
    expect(
      within(inferred)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['[1]', '[5]', '[6]']);
    expect(
      within(inferred)
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual([
      expect.stringContaining("L'ONUDC et le Secrétariat de l'OSCE signent"),
      expect.stringContaining('European OSCE´s joint action'),
      expect.stringContaining('2020-2022 joint action plan'),
    ]);
  });

  it('choosing themes narrows the grid, says how many, and updates the link', async () => {
    const { user } = await renderLoadedApp();
    await areaList();
    await user.click(screen.getByRole('button', { name: /^Cybercriminalité/ }));
    expect(screen.getByRole('button', { name: /^Cybercriminalité/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(areaNames(await areaList())).toEqual(['Lutte contre le cybercrime']);
    await user.click(screen.getByRole('button', { name: /^Terrorisme/ }));
    expect(areaNames(await areaList())).toHaveLength(2);
    expect(screen.getByText('2 domaines affichés sur 12')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('themes')).toBe('cyber,terrorism');
  });

  it('search ignores accents and case; "new only" keeps the four new areas', async () => {
    const { user } = await renderLoadedApp();
    await areaList();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un domaine' }), 'reforme');
    const list = await areaList();
    expect(areaNames(list)).toEqual(['Gouvernance et réforme du secteur de sécurité']);
    // What matched is marked, so the reader sees why the area is there.
    expect(within(list).getByRole('mark')).toHaveTextContent(/^réforme$/);
    await user.clear(screen.getByRole('searchbox', { name: 'Rechercher un domaine' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nouveaux en 2018-2019 seulement' }));
    expect(areaNames(await areaList())).toHaveLength(4);
    expect(screen.getByText('4 domaines affichés sur 12')).toBeInTheDocument();
  });

  it('an empty result says so and offers to clear the filters', async () => {
    const { user } = await renderLoadedApp({ url: '/?q=introuvable' });
    expect(
      await screen.findByText('Aucun domaine ne correspond à ces filtres.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Aucun domaine affiché sur 12')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Domaines thématiques' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(areaNames(await areaList())).toHaveLength(12);
    expect(window.location.search).toBe('');
  });

  it('the chart table filters the grid to a theme, as a click on the chart does', async () => {
    const { user } = await renderLoadedApp();
    await areaList();
    await user.click(screen.getByText('Tableau des données du graphique'));
    const table = screen.getByRole('table', {
      name: /Nombre de domaines du plan 2018-2019 par thème/,
    });
    const row = within(table).getByRole('row', { name: /Personnes/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '2']);
    await user.click(within(table).getByRole('button', { name: 'Filtrer par le thème Personnes' }));
    expect(areaNames(await areaList())).toEqual([
      'Lutte contre la traite des personnes et le trafic de migrants',
      'Prévention et lutte contre les violences à l’égard des femmes',
    ]);
  });

  it('clicking a bar of the chart filters the grid to its theme', async () => {
    const { user, container } = await renderLoadedApp();
    await areaList();
    const bars = await waitFor(() => {
      const found = container.querySelectorAll(
        '.recharts-bar-rectangle path, .recharts-bar-rectangle',
      );
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    // The last rectangles belong to the "new" series: the last theme with a new area is cyber.
    await user.click(bars[bars.length - 1]!);
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('themes')).toBe('cyber'),
    );
    expect(areaNames(await areaList())).toEqual(['Lutte contre le cybercrime']);
  });

  it('restores filters from the link', async () => {
    await renderLoadedApp({ url: '/?themes=people,governance&new=1' });
    expect(areaNames(await areaList())).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^Personnes/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('checkbox', { name: /Nouveaux en 2018-2019/ })).toBeChecked();
  });

  it('a wrong URL parameter falls back to the default view', async () => {
    await renderLoadedApp({ url: '/?lang=xx&themes=<b>,ghost&plan=nope&new=maybe' });
    expect(areaNames(await areaList())).toHaveLength(12);
    expect(screen.getByRole('button', { name: /Plan n° 4/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('quotes are figures naming the person, in French, with the English version one click away', async () => {
    const { user } = await renderLoadedApp();
    const region = await screen.findByRole('region', { name: 'Les signataires' });
    const figures = within(region).getAllByRole('figure');
    expect(figures).toHaveLength(2);
    const fedotov = figures[0]!;
    const quote = fedotov.querySelector('blockquote')!;
    expect(quote).toHaveAttribute('lang', 'fr');
    expect(quote).toHaveTextContent("Je salue la coopération continue entre l'ONUDC et l'OSCE");
    expect(fedotov.querySelector('figcaption')).toHaveTextContent('Yury Fedotov');
    expect(fedotov).toHaveTextContent('Version en français publiée par l’ONUDC (31 janvier 2018)');
    expect(fedotov).not.toHaveTextContent(/original/i);
    expect(fedotov).toHaveTextContent('Citation publiée le 31 janvier 2018');
    await user.click(within(fedotov).getByRole('button', { name: 'Voir la version en anglais' }));
    expect(fedotov.querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(fedotov.querySelector('blockquote')).toHaveTextContent(
      "I welcome UNODC's ongoing cooperation",
    );
    expect(fedotov).toHaveTextContent('Version en anglais publiée par l’UNODC (31 janvier 2018)');
    const greminger = figures[1]!;
    expect(greminger.querySelector('figcaption')).toHaveTextContent('Thomas Greminger');
    // Two quoted parts with the release's own words between them, as the release prints them.
    expect(greminger.querySelector('blockquote')).toHaveTextContent(
      "« Ce plan d'action conjoint a émergé d'une culture de la coopération sincère entre nos organisations, » a expliqué le Secrétaire général de l'OSCE M. Greminger. « Il est basé sur la compréhension profonde",
    );
  });

  it('lists each source with its publisher, date and an http(s) link', async () => {
    await renderLoadedApp();
    const region = await screen.findByRole('region', { name: 'Sources' });
    const links = within(region).getAllByRole('link');
    expect(links).toHaveLength(6);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(region).toHaveTextContent('Europe Security News · décembre 2011');
    expect(region).toHaveTextContent('Date déduite, décembre 2011 au plus tôt');
    expect(region).toHaveTextContent('30 mars 2012');
  });
});

describe('the dashboard in English', () => {
  it('switches every label, the quotes and <html lang> with one click, and back', async () => {
    const { user } = await renderLoadedApp();
    await areaList();
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNODC–OSCE joint action plans' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    expect(screen.getByRole('region', { name: 'The four plans' })).toHaveTextContent(
      '31 January 2018',
    );
    expect(screen.getByRole('list', { name: 'Thematic areas' })).toBeInTheDocument();
    expect(screen.getByText('12 areas shown of 12')).toBeInTheDocument();
    const fedotov = within(screen.getByRole('region', { name: 'The signatories' })).getAllByRole(
      'figure',
    )[0]!;
    expect(fedotov.querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(fedotov).toHaveTextContent('English version published by UNODC (31 January 2018)');
    await user.click(within(fedotov).getByRole('button', { name: 'Show the French version' }));
    expect(fedotov.querySelector('blockquote')).toHaveTextContent('Je salue la coopération');
    expect(fedotov).toHaveTextContent('French version published by ONUDC (31 January 2018)');
    expect(fedotov).not.toHaveTextContent(/original/i);
    expect(
      within(screen.getByRole('region', { name: 'The signatories' }))
        .getAllByRole('figure')[1]!
        .querySelector('blockquote'),
    ).toHaveTextContent(
      '“This joint action plan has emerged from a genuine culture of cooperation between our organizations,” said OSCE Secretary General Greminger. “It is based on',
    );

    await user.click(screen.getByRole('link', { name: 'Français' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Plans d’action conjoints ONUDC–OSCE' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('filters in English: search, themes and the count', async () => {
    const { user } = await renderLoadedApp({ url: '/?lang=en' });
    await screen.findByRole('list', { name: 'Thematic areas' });
    await user.type(screen.getByRole('searchbox', { name: 'Search the areas' }), 'TRAFFICKING');
    // Three area names and the theme "Crime and trafficking" (two more areas) match, each marked.
    expect(screen.getByText('5 areas shown of 12')).toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Thematic areas' })).getAllByRole(
      'listitem',
    );
    for (const card of cards.filter((item) => item.querySelector('h3'))) {
      const marks = within(card).getAllByRole('mark');
      expect(new Set(marks.map((mark) => mark.textContent?.toLowerCase()))).toEqual(
        new Set(['trafficking']),
      );
    }
    await user.click(screen.getByRole('button', { name: /^People/ }));
    expect(areaNames(screen.getByRole('list', { name: 'Thematic areas' }))).toEqual([
      'Combating trafficking in human beings and smuggling of migrants',
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'New in 2018-2019 only' }));
    expect(screen.getByText('No area matches these filters.')).toBeInTheDocument();
  });
});

describe('when the dataset cannot be loaded', () => {
  it.each([
    [
      'a 404',
      () => new Response('Not found', { status: 404 }),
      'Le serveur a répondu 404 pour /data/plans.json.',
    ],
    [
      'a 500',
      () => new Response('Boom', { status: 500 }),
      'Le serveur a répondu 500 pour /data/plans.json.',
    ],
    [
      'an HTML page',
      () => new Response('<html></html>', { status: 200 }),
      'Le fichier /data/plans.json n’est pas du JSON valide.',
    ],
    [
      'no network',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'Le réseau ne répond pas (/data/plans.json).',
    ],
  ])('%s shows what went wrong in French, and Retry recovers', async (_name, failure, message) => {
    let fail = true;
    const { user } = renderApp({
      responder: () => (fail ? failure() : jsonResponse(bundledDatasetJson())),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les données n’ont pas pu être chargées');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('list', { name: 'Domaines thématiques' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a dataset that breaks the schema names each path and problem in French', async () => {
    const broken = bundledDatasetJson();
    broken.plans[3]!.areas[0]!.themeId = 'nope';
    broken.sources[0]!.url = 'javascript:alert(1)';
    delete (broken.people[0] as { name?: string }).name;
    renderApp({ responder: () => jsonResponse(broken) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Le fichier /data/plans.json ne respecte pas le format attendu :',
    );
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\u00a0/g, ' '));
    expect(items).toEqual(
      expect.arrayContaining([
        'sources.0.url : adresse refusée : seules les adresses http:// et https:// sont acceptées',
        'people.0.name : valeur manquante',
      ]),
    );
  });

  it('a dataset that breaks the schema names the path and the problem, in English too', async () => {
    const broken = bundledDatasetJson();
    broken.plans[3]!.areas[0]!.themeId = 'nope';
    renderApp({ url: '/?lang=en', responder: () => jsonResponse(broken) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data could not be loaded');
    expect(alert).toHaveTextContent(
      'The file /data/plans.json does not follow the expected format:',
    );
    expect(alert).toHaveTextContent('plans.3.areas.0.themeId: unknown theme "nope"');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('a dataset in the earlier shape (schemaVersion 1)', () => {
  const v1 = () =>
    JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/plans-v1.json'), 'utf8'));

  it('still loads in French: one-piece quotations, and the original where the file names it', async () => {
    await renderLoadedApp({ responder: () => jsonResponse(v1()) });
    const region = await screen.findByRole('region', { name: 'Les signataires' });
    const [fedotov] = within(region).getAllByRole('figure');
    expect(fedotov!.querySelector('blockquote')).toHaveTextContent('Je salue la coopération');
    expect(fedotov).toHaveTextContent(
      'Version en français publiée par ONUDC / UNODC (31 janvier 2018), texte original',
    );
  });

  it('still loads in English', async () => {
    await renderLoadedApp({ url: '/?lang=en', responder: () => jsonResponse(v1()) });
    const region = await screen.findByRole('region', { name: 'The signatories' });
    expect(within(region).getAllByRole('figure')[1]!.querySelector('blockquote')).toHaveTextContent(
      'This joint action plan has emerged',
    );
    expect(screen.getByText('12 areas shown of 12')).toBeInTheDocument();
  });
});
