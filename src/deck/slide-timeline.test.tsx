import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../i18n/use-i18n';
import { renderApp } from '../testing/render-app';
import { block, deckFor } from '../testing/slide-deck-testing';
import { SlideTimeline } from './slide-timeline';

// The timeline slide as the audience sees it: the plans and, on the same axis, the milestones'
// lettered marks with their legend; their dated list is the next slide.
/** The deck's current slide, once it shows this title. */
async function deckSlide(title: string): Promise<HTMLElement> {
  const headings = await screen.findAllByRole('heading', { level: 2, name: title });
  const stage = headings
    .map((heading) => heading.closest<HTMLElement>('.deck [role="group"]'))
    .find((group) => group !== null);
  if (!stage) throw new Error(`no slide titled ${title}`);
  return stage;
}

describe('the timeline slide', () => {
  for (const [lang, words] of [
    [
      'fr',
      {
        title: 'Les quatre plans',
        legend: 'Jalon daté par une source',
        // All five fit one slide at body size.
        next: 'Les jalons',
        listed: 5,
        item: /^B · décembre 2011 · Déduit : Yury Fedotov et Lamberto Zannier/,
      },
    ],
    [
      'en',
      {
        title: 'The four plans',
        legend: 'Milestone dated by a source',
        next: 'Milestones',
        listed: 5,
        item: /^B · December 2011 · Inferred: Yury Fedotov and Lamberto Zannier/,
      },
    ],
  ] as const) {
    it(`${lang}: marks the five milestones A to E on the axis from 2010, then lists them dated`, async () => {
      renderApp({ url: `/?mode=present&lang=${lang}&slide=2` });
      const stage = await deckSlide(words.title);
      const marks = stage.querySelector('[data-slide-milestones]') as HTMLElement;
      expect([...marks.children].map((mark) => mark.textContent)).toEqual([
        'A',
        'B',
        'C',
        'D',
        'E',
      ]);
      expect(within(stage).getByText(words.legend)).toBeInTheDocument();
      expect(within(stage).getByText('2010')).toBeInTheDocument();

      cleanup();
      renderApp({ url: `/?mode=present&lang=${lang}&slide=3` });
      const items = within(await deckSlide(words.next)).getAllByRole('listitem');
      expect(items).toHaveLength(words.listed);
      expect(items[1]).toHaveTextContent(words.item);
    });
  }

  it('widens the label column only where the labels need it: Russian, not French or German', async () => {
    const labelColumn = async (lang: string) => {
      if (lang !== 'fr') await loadCatalog(lang as 'ru' | 'de');
      const timeline = block(deckFor(`?lang=${lang}`).slides[1], 'timeline');
      const { container } = render(<SlideTimeline block={timeline} />);
      const grid = container.querySelector('figure > div') as HTMLElement;
      cleanup();
      return grid.style.gridTemplateColumns;
    };
    expect(await labelColumn('fr')).toBe('minmax(0, 44%) 1fr');
    expect(await labelColumn('de')).toBe('minmax(0, 44%) 1fr');
    expect(await labelColumn('ru')).toBe('minmax(0, 56%) 1fr');
  });
});
