// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DATE_LOCALE,
  formatBytes,
  formatList,
  formatNumber,
  formatPartialDate,
  INTL_LOCALE,
} from './formatters';
import { LOCALES, type Locale } from './locale';

const intl = (locale: 'fr' | 'en', withDay: boolean) =>
  new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    ...(withDay ? { day: 'numeric' as const } : {}),
    timeZone: 'UTC',
  });

const utc = (year: number, month: number, day: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
};

describe('dates as precise as the source, written without Intl.DateTimeFormat', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`write every day and month of 2018 and 2020 as Intl does (${locale})`, () => {
      for (const year of [2018, 2020]) {
        for (let month = 1; month <= 12; month += 1) {
          const mm = String(month).padStart(2, '0');
          expect(formatPartialDate(`${year}-${mm}`, locale)).toBe(
            intl(locale, false).format(utc(year, month, 1)),
          );
          for (let day = 1; day <= 31; day += 1) {
            const value = `${year}-${mm}-${String(day).padStart(2, '0')}`;
            expect(formatPartialDate(value, locale), value).toBe(
              intl(locale, true).format(utc(year, month, day)),
            );
          }
        }
      }
    });

    it(`write a year alone, and early years, as Intl does (${locale})`, () => {
      expect(formatPartialDate('2011', locale)).toBe('2011');
      for (const value of ['0005-03-09', '0999-12', '1000-01-01']) {
        const [year, month, day] = value.split('-').map(Number) as [number, number, number?];
        expect(formatPartialDate(value, locale), value).toBe(
          intl(locale, day !== undefined).format(utc(year, month, day ?? 1)),
        );
      }
    });
  }

  it('read as a briefing writes them', () => {
    expect(formatPartialDate('2018-01-31', 'fr')).toBe('31 janvier 2018');
    expect(formatPartialDate('2018-01-31', 'en')).toBe('31 January 2018');
    expect(formatPartialDate('2011-12', 'fr')).toBe('décembre 2011');
  });
});

describe('lists, written without Intl.ListFormat', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`read as Intl.ListFormat writes them, from none to five items (${locale})`, () => {
      const intl = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' });
      const items = ['ONUDC', 'OSCE', 'UNODC 2018', 'ESN', 'OSCE 2020'];
      for (let count = 0; count <= items.length; count += 1) {
        expect(formatList(items.slice(0, count), locale)).toBe(intl.format(items.slice(0, count)));
      }
    });
  }
});

describe('dates, lists and numbers in the six other languages', () => {
  const others = LOCALES.filter((locale) => locale !== 'fr' && locale !== 'en');
  const dateIntl = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' });

  it.each(others)('are written as Intl writes them (%s)', (locale) => {
    for (const [year, month] of [
      [2018, 1],
      [2011, 12],
      [2020, 2],
    ] as const) {
      const mm = String(month).padStart(2, '0');
      expect(formatPartialDate(`${year}-${mm}-28`, locale)).toBe(
        dateIntl(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(
          utc(year, month, 28),
        ),
      );
      expect(formatPartialDate(`${year}-${mm}`, locale)).toBe(
        dateIntl(locale, { year: 'numeric', month: 'long' }).format(utc(year, month, 1)),
      );
      expect(formatPartialDate(`${year}`, locale)).toBe(
        dateIntl(locale, { year: 'numeric' }).format(utc(year, 1, 1)),
      );
    }
    const list = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' });
    const items = ['UNODC', 'OSCE', 'ESN', 'UNODC 2018'];
    for (let count = 0; count <= items.length; count += 1) {
      expect(formatList(items.slice(0, count), locale)).toBe(list.format(items.slice(0, count)));
    }
    const number = new Intl.NumberFormat(INTL_LOCALE[locale]);
    for (const value of [0, 1, 12, 999, 1000, 2018, 12345, 1234567, 1.5, -3]) {
      expect(formatNumber(value, locale), String(value)).toBe(number.format(value));
    }
  });

  it.each([
    ['ru', '31 января 2018 г.', 'декабрь 2011 г.', 'UNODC, OSCE и ESN', '12\u00a0345'],
    ['de', '31. Januar 2018', 'Dezember 2011', 'UNODC, OSCE und ESN', '12.345'],
    ['es', '31 de enero de 2018', 'diciembre de 2011', 'UNODC, OSCE y ESN', '12.345'],
    ['it', '31 gennaio 2018', 'dicembre 2011', 'UNODC, OSCE e ESN', '12.345'],
    ['zh', '2018年1月31日', '2011年12月', 'UNODC、OSCE和ESN', '12,345'],
    // Latin digits in Arabic, everywhere (src/i18n/intl-objects.ts).
    ['ar', '31 يناير 2018', 'ديسمبر 2011', 'UNODC وOSCE وESN', '12,345'],
  ] as const)('read as %s writes them', (locale, day, month, list, number) => {
    expect(formatPartialDate('2018-01-31', locale)).toBe(day);
    expect(formatPartialDate('2011-12', locale)).toBe(month);
    expect(formatList(['UNODC', 'OSCE', 'ESN'], locale)).toBe(list);
    expect(formatNumber(12345, locale)).toBe(number);
    expect(formatNumber(2018, locale)).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it('write a year alone as each language does', () => {
    expect(formatPartialDate('2011', 'zh')).toBe('2011年');
    expect(formatPartialDate('2011', 'ru')).toBe('2011');
    expect(formatPartialDate('2011', 'ar')).toBe('2011');
  });
});

describe('sizes, in decimal units', () => {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('state a size and its limit in one base, as a reader compares them (fr)', () => {
    expect(plain(formatBytes(6_000_000, 'fr', 1))).toBe('6,0 Mo');
    expect(plain(formatBytes(5_000_000, 'fr'))).toBe('5 Mo');
    expect(plain(formatBytes(42_500, 'fr'))).toBe('42,5 ko');
  });

  it('state a size and its limit in one base, as a reader compares them (en)', () => {
    expect(formatBytes(6_000_000, 'en', 1)).toBe('6.0 MB');
    expect(formatBytes(5_000_000, 'en')).toBe('5 MB');
  });
});
