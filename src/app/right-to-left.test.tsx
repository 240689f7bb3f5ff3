import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';

// Arabic, the one right-to-left language of the eight: the page says its direction, and the
// timeline and the chart are drawn mirrored (time and bars run from the right), labels unmirrored.

const ARABIC_TITLE =
  'خطط العمل المشتركة بين مكتب الأمم المتحدة المعني بالمخدرات والجريمة ومنظمة الأمن والتعاون في أوروبا';

/** A plan's bar on the timeline: its left edge, in percent of the track. */
function planBarX(container: HTMLElement, planNumber: number): number {
  const rows = container.querySelectorAll('#timeline ol > li');
  const bar = rows[planNumber - 1]?.querySelector('[data-layout-mark="plan"] rect');
  if (!bar) throw new Error(`plan ${planNumber} has no bar`);
  return Number.parseFloat(bar.getAttribute('x') ?? 'NaN');
}

describe('the dashboard in Arabic, right to left', () => {
  it('sets dir="rtl" and lang="ar" on the page', async () => {
    renderApp({ url: '/?lang=ar' });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
  });

  it('switched from French, draws its first Arabic text already right to left, lang="ar"', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Plans d’action conjoints ONUDC–OSCE' });
    // What <html> says each time the page's title changes: a mutation observer's callback runs
    // right after the commit that changed it, before anything React schedules for later.
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const { lang, dir } = document.documentElement;
      seen.add(`${document.querySelector('h1')?.textContent} (${lang}, ${dir})`);
    });
    observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    await user.click(screen.getByRole('link', { name: 'العربية' }));
    const title = await screen.findByRole('heading', { level: 1, name: ARABIC_TITLE });
    observer.disconnect();
    expect([...seen].filter((entry) => entry.startsWith(title.textContent!))).toEqual([
      `${ARABIC_TITLE} (ar, rtl)`,
    ]);
  });

  it('joins the plan’s counts and names its signatories with the Arabic comma and brackets', async () => {
    const { container } = renderApp({ url: '/?lang=ar' });
    await waitFor(() => expect(container.querySelector('#plan-details')).not.toBeNull());
    const details = container.querySelector('#plan-details')!;
    expect(details).toHaveTextContent('12 مجالا، منها 4 مجالات جديدة');
    expect(details.textContent).not.toMatch(/[\u0600-\u06FF],/);
  });

  it('runs the timeline’s years from right to left: the 2011 plan right of the 2018-2019 one', async () => {
    const { container } = renderApp({ url: '/?lang=ar' });
    await waitFor(() => expect(container.querySelectorAll('#timeline ol > li')).toHaveLength(4));
    // Plan 1 (2011) and plan 4 (2018-2019): in Arabic the earliest year is on the right.
    expect(planBarX(container, 1)).toBeGreaterThan(planBarX(container, 4));
    const years = [...container.querySelectorAll('[data-timeline-axis] text')];
    const xOf = (year: string) =>
      Number.parseFloat(years.find((text) => text.textContent === year)?.getAttribute('x') ?? '');
    expect(xOf('2010')).toBeGreaterThan(xOf('2019'));
  });

  it('draws the timeline left to right in French', async () => {
    const { container } = renderApp({ url: '/?lang=fr' });
    await waitFor(() => expect(container.querySelectorAll('#timeline ol > li')).toHaveLength(4));
    expect(planBarX(container, 1)).toBeLessThan(planBarX(container, 4));
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('grows the chart’s bars from the right, the themes on the right', async () => {
    const { container } = renderApp({ url: '/?lang=ar' });
    const bars = await waitFor(() => {
      const found = [...container.querySelectorAll('#areas .recharts-bar-rectangle path')];
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    const yAxis = container.querySelector('#areas .recharts-yAxis');
    if (!yAxis) throw new Error('the chart has no category axis');
    const axisLine = yAxis.querySelector('.recharts-cartesian-axis-line');
    const axisX = Number(axisLine?.getAttribute('x1'));
    // The category axis stands at the plot's right edge, every bar to its left, ending on it.
    const rightEdges = bars.map((bar) => {
      const path = bar.getAttribute('d') ?? '';
      const xs = [...path.matchAll(/[ML]\s*(-?[\d.]+)[ ,]/g)].map((m) => Number(m[1]));
      return Math.max(...xs);
    });
    expect(axisX).toBeGreaterThan(400);
    for (const edge of rightEdges) expect(edge).toBeLessThanOrEqual(axisX + 0.5);
    // Its ticks, where the themes are written, point outwards, to the right.
    expect(axisLine).toHaveAttribute('orientation', 'right');
    const ticks = [...yAxis.querySelectorAll('.recharts-cartesian-axis-tick-line')];
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(Number(tick.getAttribute('x1'))).toBeGreaterThan(axisX);
  });
});
