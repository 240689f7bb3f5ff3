import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { formatPartialDate } from './formatters';
import { messagesEn } from './messages-en';
import { messagesFr } from './messages-fr';

describe('formatMessage', () => {
  it('chooses the plural form of each language', () => {
    expect(formatMessage(messagesFr.resultCount, { shown: 1, total: 12 }, 'fr')).toBe(
      '1 domaine affiché sur 12',
    );
    expect(formatMessage(messagesFr.resultCount, { shown: 0, total: 12 }, 'fr')).toBe(
      'Aucun domaine affiché sur 12',
    );
    expect(formatMessage(messagesEn.resultCount, { shown: 4, total: 12 }, 'en')).toBe(
      '4 areas shown of 12',
    );
  });

  it('formats numbers with the locale', () => {
    expect(formatMessage(messagesFr.resultCount, { shown: 2000, total: 2000 }, 'fr')).toBe(
      `${new Intl.NumberFormat('fr').format(2000)} domaines affichés sur ${new Intl.NumberFormat('fr').format(2000)}`,
    );
  });

  it('refuses a missing value rather than printing a placeholder', () => {
    expect(() => formatMessage('Hello {name}', {}, 'en')).toThrow(/name/);
  });

  it('has every French key in English, none empty', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesFr).sort());
    for (const value of Object.values(messagesEn)) expect(value.trim()).not.toBe('');
  });
});

describe('formatPartialDate', () => {
  it('formats as precisely as the source is', () => {
    expect(formatPartialDate('2018-01-31', 'fr')).toBe('31 janvier 2018');
    expect(formatPartialDate('2018-01-31', 'en')).toBe('January 31, 2018');
    expect(formatPartialDate('2012-03', 'en')).toBe('March 2012');
    expect(formatPartialDate('2011', 'fr')).toBe('2011');
  });
});
