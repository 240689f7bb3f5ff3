import { describe, expect, it } from 'vitest';
import { buildChartSvg } from './chart-image';

const input = {
  title: 'Domaines thématiques du plan 2018-2019',
  caption: 'Domaines thématiques par thème',
  sourceLine: 'Source : ONUDC, 31 janvier 2018.',
  dateLine: 'Téléchargé le 29 novembre 2026 depuis http://localhost/?a=1&b=2',
  lang: 'fr',
  legend: { continuing: 'Reconduits', isNew: 'Nouveaux', unknown: 'Inconnu' },
  rows: [
    { label: 'Criminalité et trafics', continuingCount: 3, newCount: 1, unknownCount: 0 },
    { label: '<script>alert(1)</script> & co', continuingCount: 0, newCount: 1, unknownCount: 0 },
  ],
};

describe('buildChartSvg', () => {
  it('is a well-formed SVG with the title, the source and the date drawn in', () => {
    const svg = buildChartSvg(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        input.title,
        input.sourceLine,
        input.dateLine,
        'Reconduits',
        'Nouveaux',
      ]),
    );
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
  });

  it('draws one bar per non-empty series and keeps markup in labels as text', () => {
    const svg = buildChartSvg(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(
      [...doc.getElementsByTagName('text')].some(
        (t) => t.textContent === '<script>alert(1)</script> & co',
      ),
    ).toBe(true);
    const bars = [...doc.getElementsByTagName('rect')].filter(
      (r) => r.getAttribute('height') === '28',
    );
    expect(bars).toHaveLength(3);
  });
});
