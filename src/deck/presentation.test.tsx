import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/render-app';

const slideHeading = () => currentSlide().getByRole('heading', { level: 2 });
const currentSlide = () => within(screen.getByRole('group'));
const counter = () => screen.getByText(/^(Diapositive|Slide) \d+ \/ \d+$/);

afterEach(() => vi.restoreAllMocks());

describe('presentation mode', () => {
  it('in Arabic runs right to left: the Left arrow goes forward, the Right arrow back', async () => {
    const { user } = renderApp({ url: '/?lang=ar&mode=present' });
    await waitFor(() => expect(screen.getByRole('group')).toHaveAccessibleName(/^1 /));
    expect(screen.getByRole('group').closest('.deck')).toHaveAttribute('dir', 'rtl');
    await user.keyboard('{ArrowLeft}');
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('2');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('4');
    await user.keyboard('{ArrowRight}');
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('3');
    // Up and Down keep their meaning.
    await user.keyboard('{ArrowDown}');
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('4');
  });

  it('the Present button opens the deck on the title slide; arrows, Home, End and Esc drive it', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Présenter' }));
    expect(await screen.findByText('Diapositive 1 / 12')).toBeInTheDocument();
    const slide = screen.getByRole('group', { name: '1 sur 12' });
    expect(slide).toHaveAttribute('aria-roledescription', 'diapositive');
    expect(slideHeading()).toHaveTextContent('Plans d’action conjoints ONUDC–OSCE');
    expect(
      currentSlide().getByText('Lieu de signature : Secrétariat de l’OSCE, Vienne'),
    ).toBeVisible();

    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toHaveTextContent('Les quatre plans');
    expect(screen.getByRole('group')).toHaveAccessibleName('2 sur 12');
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('2');
    expect(screen.getByText('Diapositive 2 sur 12 : Les quatre plans')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    // Past the milestones' slide and the chart.
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    expect(slideHeading()).toHaveTextContent('Les domaines thématiques par thème (1/2)');
    expect(
      currentSlide()
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Criminalité et trafics', 'Terrorisme', 'Corruption et criminalité financière']);
    await user.keyboard('{End}');
    expect(counter()).toHaveTextContent('Diapositive 12 / 12');
    expect(slideHeading()).toHaveTextContent('Sources (2/2)');
    await user.keyboard('{PageUp}');
    expect(counter()).toHaveTextContent('Diapositive 11 / 12');
    await user.keyboard('{Home}');
    expect(counter()).toHaveTextContent('Diapositive 1 / 12');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(window.location.search).not.toContain('mode=present');
  });

  it('follows the language and the theme filter: one theme’s areas sit beside the chart', async () => {
    const { user } = renderApp({ url: '/?lang=en&mode=present&themes=terrorism&slide=4' });
    expect(await screen.findByText('Slide 4 / 9')).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleName('4 of 9');
    expect(screen.getByRole('group')).toHaveAttribute('aria-roledescription', 'slide');
    expect(slideHeading()).toHaveTextContent('Thematic areas of the 2018-2019 plan');
    expect(
      currentSlide().getByText('Preventing and countering violent extremism leading to terrorism'),
    ).toBeInTheDocument();
    expect(currentSlide().getByRole('table')).toHaveTextContent('Terrorism');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(slideHeading()).toHaveTextContent('The 2018-2019 plan in brief');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(slideHeading()).toHaveTextContent('Yury Fedotov');
    expect(currentSlide().getByRole('figure').querySelector('blockquote')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(currentSlide().getByRole('figure')).toHaveTextContent(
      'English version published by UNODC (31 January 2018)',
    );
  });

  it.each([
    [
      'fr',
      'Plan d’action conjoint 2018-2019, vue filtrée : thèmes : Cybercriminalité',
      'Plans d’action conjoints ONUDC–OSCE · vue filtrée : thèmes : Cybercriminalité',
      'nouveau domaine parmi ceux retenus',
    ],
    [
      'en',
      '2018-2019 joint action plan, filtered view: themes: Cybercrime',
      'UNODC–OSCE joint action plans · filtered view: themes: Cybercrime',
      'new area among those kept',
    ],
  ])(
    '%s: a filtered deck says its filter on the title slide and in every slide’s footer',
    async (lang, notice, footer, newFigure) => {
      const { user } = renderApp({ url: `/?lang=${lang}&mode=present&themes=cyber` });
      await screen.findByText(/ 1 \/ \d+$/);
      expect(currentSlide().getByText(notice)).toBeInTheDocument();
      expect(currentSlide().getByText(footer)).toBeInTheDocument();
      const label = currentSlide().getByText(newFigure);
      expect(within(label.parentElement!).getByRole('definition')).toHaveTextContent(/^1$/);
      await user.keyboard('{End}');
      expect(currentSlide().getByText(footer)).toBeInTheDocument();
    },
  );

  it('a slide number then Enter jumps to it; a number past the end goes to the last', async () => {
    const { user } = renderApp({ url: '/?mode=present' });
    await screen.findByText('Diapositive 1 / 12');
    await user.keyboard('9{Enter}');
    expect(counter()).toHaveTextContent('Diapositive 9 / 12');
    expect(slideHeading()).toHaveTextContent('Yury Fedotov');
    await user.keyboard('42{Enter}');
    expect(counter()).toHaveTextContent('Diapositive 12 / 12');
  });

  it('B or . blacks the screen out and the same key brings the slide back; W whitens it', async () => {
    const { user } = renderApp({ url: '/?mode=present&slide=2' });
    await screen.findByText('Diapositive 2 / 12');
    await user.keyboard('b');
    const black = screen.getByRole('button', { name: /^Écran noir\./ });
    expect(black).toHaveFocus();
    await user.keyboard('b');
    expect(screen.queryByRole('button', { name: /^Écran noir\./ })).not.toBeInTheDocument();
    await user.keyboard('.');
    expect(screen.getByRole('button', { name: /^Écran noir\./ })).toBeInTheDocument();
    await user.keyboard('.');
    await user.keyboard('w');
    await user.click(screen.getByRole('button', { name: /^Écran blanc\./ }));
    expect(screen.queryByRole('button', { name: /^Écran blanc\./ })).not.toBeInTheDocument();
    expect(counter()).toHaveTextContent('Diapositive 2 / 12');
  });

  it('? lists the keys in a dialog; Esc closes the dialog and stays in the deck', async () => {
    const { user } = renderApp({ url: '/?lang=en&mode=present' });
    await screen.findByText('Slide 1 / 12');
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Presentation keys' });
    expect(within(dialog).getByText('Number then Enter')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Black screen; the same key brings the slide back'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent('Slide 1 / 12');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(counter()).toHaveTextContent('Slide 1 / 12');
    await user.click(screen.getByRole('button', { name: 'Keys (?)' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('where the presenter view’s window is blocked, says so and shows the notes in the deck', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderApp({ url: '/?mode=present&slide=6' });
    await screen.findByText('Diapositive 6 / 12');
    await user.click(screen.getByRole('button', { name: 'Vue présentateur' }));
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/\?v=1&mode=presenter&slide=6$/),
      'joint-action-plans-presenter',
      expect.any(String),
    );
    expect(
      screen.getByText(/^Le navigateur a bloqué la fenêtre de la vue présentateur\./),
    ).toHaveAttribute('role', 'status');
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(notes).toHaveTextContent(
      'Sécurité et gestion des frontières : déduit. Comment : Le communiqué de 2018 ne nomme que huit des douze domaines.',
    );
    expect(notes).toHaveTextContent(
      "Source : [1] « L'ONUDC et le Secrétariat de l'OSCE signent un nouveau plan d'action conjoint pour 2018-2019 », ONUDC, 31 janvier 2018.",
    );
    await user.click(screen.getByRole('button', { name: 'Masquer les notes' }));
    expect(screen.queryByRole('region', { name: 'Notes' })).not.toBeInTheDocument();
    // S asks again.
    await user.keyboard('s');
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('S opens the presenter view on the current slide', async () => {
    const popup = { focus: vi.fn() } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(popup);
    const { user } = renderApp({ url: '/?lang=en&mode=present&themes=crime&slide=2' });
    await screen.findByText('Slide 2 / 10');
    await user.keyboard('s');
    expect(open).toHaveBeenCalledWith(
      '/?v=1&lang=en&themes=crime&mode=presenter&slide=2',
      'joint-action-plans-presenter',
      expect.any(String),
    );
    expect(popup.focus).toHaveBeenCalled();
    expect(screen.queryByText(/^The browser blocked/)).not.toBeInTheDocument();
  });
});

describe('the presenter view', () => {
  it('shows the current and the next slide, the notes, the elapsed time and the clock', async () => {
    const { user } = renderApp({ url: '/?mode=presenter&slide=2' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vue présentateur' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 / 12', { selector: '.presenter-count' })).toBeInTheDocument();
    const current = screen.getByRole('region', { name: 'Diapositive actuelle' });
    expect(within(current).getByRole('heading', { name: 'Les quatre plans' })).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Diapositive suivante' });
    expect(within(next).getByRole('heading', { name: 'Les jalons' })).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(notes).toHaveTextContent(
      'Plan n° 3, Période non documentée : aucune source ne le documente.',
    );
    expect(notes).toHaveTextContent(
      '[3] « Senior UNODC and OSCE staff review past activities, plan for the future », UNODC, 30 mars 2012.',
    );
    expect(screen.getByRole('timer', { name: 'Temps écoulé' })).toHaveTextContent('00:00');
    expect(screen.getByText(/^\d{2}:\d{2}$/, { selector: 'time' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(current).getByRole('heading', { name: 'Les jalons' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('3');
    expect(window.location.search).toContain('mode=presenter');
    await user.keyboard('12{Enter}');
    expect(
      within(screen.getByRole('region', { name: 'Diapositive suivante' })).getByText(
        'Fin de la présentation',
      ),
    ).toBeInTheDocument();
    await user.keyboard('b');
    expect(screen.getByRole('status')).toHaveTextContent('Le public voit un écran noir');
  });

  it('the elapsed time counts up; R and a click reset it', async () => {
    // Only the clock and intervals are faked: React's scheduler keeps real time, and the test
    // moves the clock once the view's one-second interval is armed (on a loaded machine that can
    // come a little after the timer is on screen).
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      const { user } = renderApp({ url: '/?lang=en&mode=presenter' });
      const timer = await screen.findByRole('timer', { name: 'Elapsed time' });
      await waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(0));
      act(() => vi.advanceTimersByTime(65_500));
      expect(timer).toHaveTextContent('01:05');
      await user.keyboard('r');
      expect(timer).toHaveTextContent('00:00');
      act(() => vi.advanceTimersByTime(3_500));
      expect(timer).toHaveTextContent('00:03');
      await user.click(timer);
      expect(timer).toHaveTextContent('00:00');
      act(() => vi.advanceTimersByTime(2_000));
      await user.click(screen.getByRole('button', { name: 'Reset (R)' }));
      expect(timer).toHaveTextContent('00:00');
    } finally {
      vi.useRealTimers();
    }
  });
});
