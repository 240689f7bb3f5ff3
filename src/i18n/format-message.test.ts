// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { formatPartialDate } from './formatters';
import { datasetErrorMessagesEn } from './dataset-error-messages-en';
import { datasetErrorMessagesFr } from './dataset-error-messages-fr';
import { deckMessagesEn } from '../deck/deck-messages-en';
import { deckMessagesFr } from '../deck/deck-messages-fr';
import { downloadMessagesEn } from './download-messages-en';
import { downloadMessagesFr } from './download-messages-fr';
import { messagesEn } from './messages-en';
import { messagesFr } from './messages-fr';
import { updateMessagesEn } from './update-messages-en';
import { updateMessagesFr } from './update-messages-fr';

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

  it('chooses a word by its value (select): the organisations take their article in French', () => {
    const published = (publisher: string) =>
      formatMessage(
        messagesFr.quoteVersionPublished,
        { language: 'français', publisher, date: '31 janvier 2018' },
        'fr',
      );
    expect(published('ONUDC')).toBe('Version en français publiée par l’ONUDC (31 janvier 2018)');
    expect(published('OSCE')).toBe('Version en français publiée par l’OSCE (31 janvier 2018)');
    expect(published('Europe Security News')).toBe(
      'Version en français publiée par Europe Security News (31 janvier 2018)',
    );
    expect(
      formatMessage(
        messagesEn.quoteVersionPublished,
        { language: 'English', publisher: 'UNODC', date: '31 January 2018' },
        'en',
      ),
    ).toBe('English version published by UNODC (31 January 2018)');
  });

  it('formats numbers with the locale', () => {
    expect(formatMessage(messagesFr.resultCount, { shown: 2000, total: 2000 }, 'fr')).toBe(
      `${new Intl.NumberFormat('fr').format(2000)} domaines affichés sur ${new Intl.NumberFormat('fr').format(2000)}`,
    );
  });

  it('isolates a Latin or numeric value in an Arabic sentence, as <bdi> would, and nothing else', () => {
    const plan = '2018-2019';
    // Kept on one line too (a word joiner after the hyphen).
    expect(formatMessage('خطة {plan}', { plan }, 'ar')).toBe('خطة \u20682018-\u20602019\u2069');
    expect(formatMessage('{name} وغيره', { name: 'UNODC' }, 'ar')).toBe('\u2068UNODC\u2069 وغيره');
    // Arabic values, numbers and every left-to-right language are left as they are.
    expect(formatMessage('خطة {plan}', { plan: 'الأولى' }, 'ar')).toBe('خطة الأولى');
    expect(formatMessage('{count} خطط', { count: 4 }, 'ar')).toBe('4 خطط');
    expect(formatMessage('Plan {plan}', { plan }, 'en')).toBe('Plan 2018-2019');
  });

  it('refuses a missing value rather than printing a placeholder', () => {
    expect(() => formatMessage('Hello {name}', {}, 'en')).toThrow(/name/);
  });

  // The page's catalog, and those that load with the parts the first view never shows.
  const catalogs = {
    page: [messagesFr, messagesEn],
    deck: [deckMessagesFr, deckMessagesEn],
    'dataset errors': [datasetErrorMessagesFr, datasetErrorMessagesEn],
    downloads: [downloadMessagesFr, downloadMessagesEn],
    'update offer': [updateMessagesFr, updateMessagesEn],
  } satisfies Record<string, [Record<string, string>, Record<string, string>]>;

  it.each(Object.entries(catalogs))(
    'has every French key in English, none empty (%s)',
    (_, [fr, en]) => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
      for (const value of [...Object.values(fr), ...Object.values(en)]) {
        expect(value.trim()).not.toBe('');
      }
    },
  );

  it('gives each key to one catalog only, so that no part shadows the page’s words', () => {
    const keys = Object.values(catalogs).flatMap(([fr]) => Object.keys(fr));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});

describe('formatPartialDate', () => {
  it('formats as precisely as the source is', () => {
    expect(formatPartialDate('2018-01-31', 'fr')).toBe('31 janvier 2018');
    expect(formatPartialDate('2018-01-31', 'en')).toBe('31 January 2018');
    expect(formatPartialDate('2012-03', 'en')).toBe('March 2012');
    expect(formatPartialDate('2011', 'fr')).toBe('2011');
  });
});
