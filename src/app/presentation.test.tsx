import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';

const slideHeading = () => screen.getByRole('heading', { level: 2 });

describe('presentation mode', () => {
  it('the Present button opens the deck on the title slide; arrows, Home, End and Esc drive it', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Présenter' }));
    expect(await screen.findByText('Diapositive 1 / 13')).toBeInTheDocument();
    expect(slideHeading()).toHaveTextContent("Plans d'action conjoints ONUDC–OSCE");
    expect(screen.getByText("Secrétariat de l'OSCE, Vienne")).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toHaveTextContent('Les quatre plans');
    expect(new URLSearchParams(window.location.search).get('slide')).toBe('2');
    await user.keyboard('{PageDown}{PageDown}');
    expect(slideHeading()).toHaveTextContent(/^Thème\s:\sCriminalité et trafics$/);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(4);
    await user.keyboard('{End}');
    expect(screen.getByText('Diapositive 13 / 13')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByText('Diapositive 12 / 13')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByText('Diapositive 1 / 13')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(window.location.search).not.toContain('mode=present');
  });

  it('follows the language and the theme filter, and shows each signatory’s quote', async () => {
    const { user } = renderApp({ url: '/?lang=en&mode=present&themes=terrorism&slide=4' });
    expect(await screen.findByText('Slide 4 / 8')).toBeInTheDocument();
    expect(slideHeading()).toHaveTextContent('Theme: Terrorism');
    expect(
      screen.getByText('Preventing and countering violent extremism leading to terrorism'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(slideHeading()).toHaveTextContent('Yury Fedotov');
    expect(screen.getByRole('figure').querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('figure')).toHaveTextContent('English version published by UNODC');
  });

  it('a slide number past the end, or not a number, lands on a real slide', async () => {
    renderApp({ url: '/?mode=present&slide=500' });
    expect(await screen.findByText('Diapositive 13 / 13')).toBeInTheDocument();
  });
});
