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
  it('in Arabic draws the bars from the right, the themes on the right and the text from the right', () => {
    const parse = (lang: string) =>
      new DOMParser().parseFromString(buildChartSvg({ ...input, lang }), 'image/svg+xml');
    const geometry = (doc: Document) => {
      const label = [...doc.getElementsByTagName('text')].find(
        (text) => text.textContent === input.rows[0]!.label,
      );
      // The first theme's bar: its segments are the first rects after the background.
      const bars = [...doc.getElementsByTagName('rect')]
        .slice(1)
        .filter((rect) => Number(rect.getAttribute('height')) > 16)
        .slice(0, 2)
        .map((rect) => {
          const x = Number(rect.getAttribute('x'));
          return { left: x, right: x + Number(rect.getAttribute('width')) };
        });
      return { labelX: Number(label?.getAttribute('x')), bars };
    };
    const arabic = parse('ar');
    expect(arabic.documentElement.getAttribute('direction')).toBe('rtl');
    const rtl = geometry(arabic);
    for (const bar of rtl.bars) expect(bar.right).toBeLessThan(rtl.labelX);
    // The first series (continuing) starts at the axis, on the right; the next one to its left.
    expect(rtl.bars[0]!.left).toBeGreaterThan(rtl.bars[1]!.left);
    const ltr = geometry(parse('fr'));
    for (const bar of ltr.bars) expect(bar.left).toBeGreaterThan(ltr.labelX);
    expect(parse('fr').documentElement.hasAttribute('direction')).toBe(false);
  });

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
