// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatNumber } from './intl-objects';

const VALUES = [0, 1, 4, 12, 99, 999, 1000, 2000, 2018, 12345, 100000, 1234567, 2 ** 53 - 1];
const OTHERS = [1.5, -3, -1234.5, 0.25, Number.NaN];

describe('whole numbers, written without Intl.NumberFormat', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`are written as Intl.NumberFormat writes them (${locale})`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const value of [...VALUES, ...OTHERS]) {
        expect(formatNumber(value, locale), String(value)).toBe(intl.format(value));
      }
    });
  }

  it('group thousands with a narrow no-break space in French, a comma in English', () => {
    expect(formatNumber(2000, 'fr')).toBe('2\u202f000');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(999, 'fr')).toBe('999');
  });
});
