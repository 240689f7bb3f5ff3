import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';

// jsdom applies no CSS: the print-only header is in the document, as it is on paper.
function field(header: HTMLElement, label: string) {
  const term = within(header).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('the printed handout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('heads the page with the language, the filters, the plan and the address of the view', async () => {
    renderApp({ url: '/?themes=crime,people&q=lutte&new=1&plan=plan-2011' });
    const header = await screen.findByRole('complementary', {
      name: 'Fiche imprimée depuis le tableau de bord',
    });
    expect(field(header, 'Langue')).toHaveTextContent('français');
    expect(
      within(field(header, 'Filtres'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'thèmes : Criminalité et trafics et Personnes',
      'recherche : «\u00a0lutte\u00a0»',
      'Nouveaux en 2018-2019 seulement',
    ]);
    expect(field(header, 'Plan détaillé')).toHaveTextContent(
      'Plan n° 1 (2011) : Premier plan d’action conjoint',
    );
    expect(field(header, 'Adresse de cette vue')).toHaveTextContent(
      `${window.location.origin}/?themes=crime,people&q=lutte&new=1&plan=plan-2011`,
    );
  });

  it('follows the view: a filter chosen on screen is stated, in English too', async () => {
    const { user } = renderApp({ url: '/?lang=en' });
    const header = await screen.findByRole('complementary', {
      name: 'Handout printed from the dashboard',
    });
    expect(field(header, 'Filters')).toHaveTextContent('none: all 12 thematic areas are listed');
    const themes = screen.getByRole('group', { name: 'Themes' });
    await user.click(within(themes).getByRole('button', { name: /^Cybercrime/ }));
    expect(field(header, 'Filters')).toHaveTextContent('themes: Cybercrime');
    expect(field(header, 'Address of this view')).toHaveTextContent('themes=cyber');
  });

  it('“Imprimer la fiche” opens the browser’s print dialog once the chart is drawn', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Imprimer la fiche' }));
    // The chart's code loads first, so the handout never prints its placeholder.
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(screen.queryByText('Chargement du graphique…')).not.toBeInTheDocument();
  });
});
