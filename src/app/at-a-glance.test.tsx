import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { jsonResponse, renderLoadedApp } from '../testing/render-app';

const figures = async (name: string) => {
  const region = await screen.findByRole('region', { name });
  return within(region)
    .getAllByRole('definition')
    .map((dd) => `${dd.textContent} ${dd.previousElementSibling?.textContent ?? ''}`.trim());
};

describe('at a glance', () => {
  it('shows the key figures counted from the dataset, in French and in English', async () => {
    const sources = bundledDatasetJson().sources.length;
    const { user } = await renderLoadedApp();
    expect(await figures('Les chiffres clés')).toEqual([
      '4 plans d’action conjoints',
      '12 domaines thématiques du plan 2018-2019',
      '4 nouveaux domaines dans le plan 2018-2019',
      '2010 première année documentée de la coopération',
      `${sources} sources citées`,
    ]);
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await figures('Key figures')).toEqual([
      '4 joint action plans',
      '12 thematic areas of the 2018-2019 plan',
      '4 new areas in the 2018-2019 plan',
      '2010 first documented year of the cooperation',
      `${sources} sources cited`,
    ]);
  });

  it('a dataset without milestones still loads: the timeline draws the plans alone', async () => {
    const dataset = bundledDatasetJson();
    delete dataset.milestones;
    await renderLoadedApp({ responder: () => jsonResponse(dataset) });
    const timeline = await screen.findByRole('region', { name: 'Les quatre plans' });
    expect(within(timeline).getAllByRole('button', { pressed: false })).toHaveLength(3);
    expect(
      within(timeline).queryByRole('list', { name: 'Jalons datés par les sources' }),
    ).toBeNull();
    // The first documented year then comes from the plans.
    expect(await figures('Les chiffres clés')).toContain(
      '2011 première année documentée de la coopération',
    );
  });

  it('the header menu opens, says so, and Esc closes it and gives the focus back', async () => {
    const { user } = await renderLoadedApp();
    await screen.findByRole('region', { name: 'Les quatre plans' });
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(menu.getAttribute('aria-controls')!)).toContainElement(
      screen.getByRole('button', { name: 'Présenter' }),
    );
    await user.tab();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('in English, references to the French release lead to its English edition', async () => {
    await renderLoadedApp({ url: '/?lang=en' });
    const list = await screen.findByRole('list', { name: 'Thematic areas' });
    const card = within(list).getByRole('heading', { name: 'Combating cybercrime' }).closest('li')!;
    const ref = within(card).getByRole('link', {
      name: 'Source 2: UNODC and OSCE sign new 2018-2019 Joint Action Plan',
    });
    expect(ref).toHaveAttribute('href', '#source-unodc-2018-en');
    expect(document.getElementById('source-unodc-2018-en')).toHaveTextContent('[2]');
  });
});
