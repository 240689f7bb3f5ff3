import { describe, expect, it } from 'vitest';
import { buildChartSvg } from './chart-image';

const input = {
  title: 'Domaines thématiques du plan 2018-2019',
  caption: 'Domaines thématiques par thème',
  sourcesTitle: 'Sources :',
  sourceLines: [
    '[1] « L’ONUDC et le Secrétariat de l’OSCE signent un nouveau plan d’action conjoint pour 2018-2019 », ONUDC, 31 janvier 2018',
    '[2] « UNODC and OSCE sign new 2018-2019 Joint Action Plan », UNODC, 31 janvier 2018',
  ],
  dataLine: 'Données : Plans d’action conjoints ONUDC–OSCE.',
  dateLine:
    'Téléchargé le 29 novembre 2026 depuis http://localhost:4173/?v=1&themes=crime,people,cyber,terrorism,governance&q=reforme&new=1&plan=plan-2011',
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
        input.sourcesTitle,
        input.dataLine,
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

  it('writes one source a line, and keeps every line inside its margins', () => {
    const svg = buildChartSvg(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = [...doc.getElementsByTagName('text')];
    const lines = texts.map((t) => t.textContent ?? '');
    expect(lines.filter((line) => /^\[\d\]/.test(line))).toHaveLength(2);
    // The long address is broken, at a / or an &, and nothing is lost.
    const address = lines.filter((line) => line.includes('Téléchargé') || /^[a-z,&=-]/.test(line));
    expect(address.length).toBeGreaterThan(1);
    expect(address.join('').replaceAll(' ', '')).toBe(input.dateLine.replaceAll(' ', ''));
    for (const text of texts) {
      const size = Number(text.getAttribute('font-size'));
      const x = Number(text.getAttribute('x'));
      const anchor = text.getAttribute('text-anchor');
      if (anchor) continue;
      // Wider than any system sans-serif draws them: 0.6 em a character.
      expect(
        x + (text.textContent ?? '').length * size * 0.6,
        text.textContent ?? '',
      ).toBeLessThanOrEqual(1200 - 40);
    }
  });
});
