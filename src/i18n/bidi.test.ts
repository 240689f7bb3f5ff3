import { describe, expect, it } from 'vitest';
import { isolateRanges, isolateValue } from './bidi';

describe('left-to-right pieces in right-to-left text', () => {
  it('isolates each range of years in an Arabic text, on one line, and nothing in French', () => {
    expect(isolateRanges('خطة العمل المشتركة للفترة 2018-2019', 'ar')).toBe(
      'خطة العمل المشتركة للفترة \u20682018-\u20602019\u2069',
    );
    // Words quoted from an English source, with their quotation marks.
    expect(isolateRanges('من مقال عام 2011 («fighting illicit drugs»)', 'ar')).toBe(
      'من مقال عام 2011 (\u2068«fighting illicit drugs»\u2069)',
    );
    // A year alone reads the same either way.
    expect(isolateRanges('منذ عام 2011', 'ar')).toBe('منذ عام 2011');
    expect(isolateRanges('Plan d’action conjoint 2018-2019', 'fr')).toBe(
      'Plan d’action conjoint 2018-2019',
    );
  });

  it('isolates a value with no Arabic letter, leaves an Arabic one as it is', () => {
    expect(isolateValue('UNODC', 'ar')).toBe('\u2068UNODC\u2069');
    expect(isolateValue('الأولى', 'ar')).toBe('الأولى');
    expect(isolateValue('UNODC', 'en')).toBe('UNODC');
  });
});
