import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownload } from '../testing/capture-download';
import { renderApp } from '../testing/render-app';
import { runningOrderFile } from './running-order-codec';
import { DEFAULT_RUNNING_ORDER } from './running-order';

// The running order's panel, used as a presenter does, in the real app (jsdom): by role and name,
// in French and in English.

const counter = () => screen.getByText(/^(Diapositive|Slide) \d+ \/ \d+$/);
const slide = () => screen.getByRole('group', { name: /^\d+ (sur|of) \d+$/ });
const slideHeading = () => within(slide()).getByRole('heading', { level: 2 });
const panelTitles = (panel: HTMLElement) =>
  [...panel.querySelectorAll('.tailor-slide-title')].map((title) => title.textContent);

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const WORDS = {
  fr: {
    url: '/?mode=present',
    tailor: 'Adapter la présentation',
    hide: 'Masquer : Les jalons',
    up: 'Monter : Les domaines thématiques par thème (1/2)',
    points: (title: string) => `Points à dire : ${title}`,
    deckTitle: 'Plans d’action conjoints ONUDC–OSCE',
    areas: 'Les domaines thématiques par thème (1/2)',
    count: '11 diapositives affichées sur 12',
    counterAfter: 'Diapositive 1 / 11',
    eventName: 'Nom de l’événement',
    showNotes: 'Afficher les notes',
    talkingPoints: 'Points à dire',
    evidence: 'Preuves et sources',
    close: 'Fermer',
    reset: 'Réinitialiser',
    save: 'Enregistrer le déroulé',
    moved: '« Les domaines thématiques par thème (1/2) » est maintenant en position 2 sur 12.',
  },
  en: {
    url: '/?lang=en&mode=present',
    tailor: 'Tailor the deck',
    hide: 'Hide: Milestones',
    up: 'Move up: The thematic areas by theme (1/2)',
    points: (title: string) => `Talking points: ${title}`,
    deckTitle: 'UNODC–OSCE joint action plans',
    areas: 'The thematic areas by theme (1/2)',
    count: '11 slides shown of 12',
    counterAfter: 'Slide 1 / 11',
    eventName: 'Event name',
    showNotes: 'Show notes',
    talkingPoints: 'Talking points',
    evidence: 'Evidence and sources',
    close: 'Close',
    reset: 'Reset',
    save: 'Save the running order',
    moved: '“The thematic areas by theme (1/2)” is now at position 2 of 12.',
  },
} as const;

describe.each(['fr', 'en'] as const)('tailoring the deck (%s)', (language) => {
  const w = WORDS[language];

  it('hides a slide, moves another up by buttons alone, adds talking points and the meeting; the counter, the notes, the link and the browser follow', async () => {
    const { user } = renderApp({ url: w.url });
    await user.click(await screen.findByRole('button', { name: w.tailor }));
    const panel = await screen.findByRole('region', { name: w.tailor });
    expect(screen.getByRole('button', { name: w.tailor })).toHaveAttribute('aria-expanded', 'true');

    const hide = within(panel).getByRole('button', { name: w.hide });
    expect(hide).toHaveAttribute('aria-pressed', 'false');
    await user.click(hide);
    expect(hide).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel).getByText(w.count)).toBeInTheDocument();
    expect(counter()).toHaveTextContent(w.counterAfter);

    const up = within(panel).getByRole('button', { name: w.up });
    await user.click(up);
    await user.click(within(panel).getByRole('button', { name: w.up }));
    await user.click(within(panel).getByRole('button', { name: w.up }));
    // The focus stays on the button that moved the slide, and the move is announced.
    expect(within(panel).getByRole('button', { name: w.up })).toHaveFocus();
    expect(screen.getByText(w.moved)).toBeInTheDocument();
    expect(panelTitles(panel).slice(0, 2)).toEqual([w.deckTitle, w.areas]);

    await user.type(within(panel).getByRole('textbox', { name: w.points(w.deckTitle) }), 'Bonjour');
    await user.type(within(panel).getByRole('textbox', { name: w.points(w.areas) }), 'Douze');
    // Pasted: each keystroke redraws the deck, which a loaded machine makes slow.
    await user.click(within(panel).getByRole('textbox', { name: w.eventName }));
    await user.paste('Conseil permanent');
    expect(within(slide()).getByText('Conseil permanent')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: w.close }));
    expect(screen.queryByRole('region', { name: w.tailor })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: w.tailor })).toHaveFocus();

    // The second slide is the one moved there; its notes start with the presenter's words.
    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toHaveTextContent(w.areas);
    await user.click(screen.getByRole('button', { name: w.showNotes }));
    const notes = screen.getByRole('region', { name: 'Notes' });
    const headings = within(notes).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([w.talkingPoints, w.evidence]);
    expect(within(notes).getByText('Douze')).toBeInTheDocument();

    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('order')).toMatch(/^1\./),
    );
    expect(window.localStorage.getItem('joint-action-plans-running-order')).toContain('Douze');
  });

  it('a reload before the address caught up with the last edit keeps that edit', async () => {
    const first = renderApp({ url: w.url });
    await first.user.click(await screen.findByRole('button', { name: w.tailor }));
    const panel = await screen.findByRole('region', { name: w.tailor });
    await first.user.click(within(panel).getByRole('button', { name: w.hide }));
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('order')).toMatch(/^1\./),
    );
    const linkBeforeEdit = window.location.pathname + window.location.search;
    await first.user.type(within(panel).getByRole('textbox', { name: w.eventName }), 'Vienne');
    // The reader reloads at once: the address still holds the order before the meeting's name.
    expect(window.location.pathname + window.location.search).toBe(linkBeforeEdit);
    first.unmount();

    const second = renderApp({ url: linkBeforeEdit });
    await second.user.click(await screen.findByRole('button', { name: w.tailor }));
    const reopened = await screen.findByRole('region', { name: w.tailor });
    expect(within(reopened).getByRole('textbox', { name: w.eventName })).toHaveValue('Vienne');
    expect(counter()).toHaveTextContent(w.counterAfter);
  });

  it('saves the running order to a file, opens it back, refuses another file, and resets', async () => {
    const { user } = renderApp({ url: w.url });
    await user.click(await screen.findByRole('button', { name: w.tailor }));
    const panel = await screen.findByRole('region', { name: w.tailor });
    await user.click(within(panel).getByRole('button', { name: w.hide }));
    const saved = await captureDownload(() =>
      user.click(within(panel).getByRole('button', { name: w.save })),
    );
    expect(saved.name).toMatch(/-running-order\.json$/);
    const file = JSON.parse(await saved.blob.text()) as { hidden: string[] };
    expect(file.hidden).toEqual(['milestones']);

    await user.click(within(panel).getByRole('button', { name: w.reset }));
    expect(counter()).toHaveTextContent(/ \/ 12$/);

    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(
      input,
      new File(['{"plans": []}'], 'plans.json', { type: 'application/json' }),
    );
    expect(await within(panel).findByText(/plans\.json/)).toBeInTheDocument();
    expect(counter()).toHaveTextContent(/ \/ 12$/);

    const contents = runningOrderFile({ ...DEFAULT_RUNNING_ORDER, hidden: ['milestones'] }, 'x');
    await user.upload(input, new File([contents], 'briefing.json', { type: 'application/json' }));
    await waitFor(() => expect(counter()).toHaveTextContent(/ \/ 11$/));

    // Esc closes the panel, and leaves the deck open.
    await user.click(within(panel).getByRole('button', { name: w.hide }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: w.tailor })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: w.tailor })).toHaveFocus();
    expect(counter()).toHaveTextContent(/ \/ 12$/);
  });
});

describe('a link whose running order cannot be read', () => {
  it('shows the deck built from the data and says so, in the page’s language', async () => {
    const { user } = renderApp({ url: '/?lang=en&mode=present&order=1.bm90LWEtZGVjaw' });
    expect(await screen.findByText('Slide 1 / 12')).toBeInTheDocument();
    expect(
      screen.getByText(/^The running order in this link cannot be read/, {
        selector: '[role="status"]',
      }),
    ).toBeInTheDocument();
    expect(window.location.search).toContain('order=1.bm90LWEtZGVjaw');
    // The panel says it too; once it has been opened, the notice leaves the slide.
    await user.click(screen.getByRole('button', { name: 'Tailor the deck' }));
    const panel = await screen.findByRole('region', { name: 'Tailor the deck' });
    expect(within(panel).getByText(/^The running order in this link cannot be read/)).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(
      screen.queryByText(/^The running order in this link cannot be read/),
    ).not.toBeInTheDocument();
  });
});
