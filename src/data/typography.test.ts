// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { datasetErrorMessagesEn } from '../i18n/dataset-error-messages-en';
import { datasetErrorMessagesFr } from '../i18n/dataset-error-messages-fr';
import { deckMessagesEn } from '../deck/deck-messages-en';
import { deckMessagesFr } from '../deck/deck-messages-fr';
import { downloadMessagesEn } from '../i18n/download-messages-en';
import { downloadMessagesFr } from '../i18n/download-messages-fr';
import { messagesEn } from '../i18n/messages-en';
import { messagesFr } from '../i18n/messages-fr';
import { updateMessagesEn } from '../i18n/update-messages-en';
import { updateMessagesFr } from '../i18n/update-messages-fr';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { personWithRole } from './localize';

// One apostrophe in the dashboard's own words, the typographic ’, in both languages; what a source
// published (a quotation, a source's title) stays as the source prints it.

/** Every string of a value with its path, the published words left out. */
function ownWords(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return /^https?:/.test(value) ? [] : [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => ownWords(item, `${path}.${index}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      /^\.(quotes|sources)\.\d+$/.test(path) && (key === 'versions' || key === 'title')
        ? []
        : ownWords(item, `${path}.${key}`),
    );
  }
  return [];
}

describe('apostrophes', () => {
  it('the bundled dataset’s own words use ’, its quotations and source titles are as published', () => {
    const dataset = bundledDatasetJson();
    const straight = ownWords(dataset).filter(([, text]) => text.includes("'"));
    expect(straight).toEqual([]);
    // The French release's title keeps its straight apostrophes, as UNODC printed it.
    expect(dataset.sources.map((source) => source.title).join()).toContain("L'ONUDC");
  });

  it('every message, in French and in English, uses ’', () => {
    const catalogs = {
      messagesFr,
      messagesEn,
      deckMessagesFr,
      deckMessagesEn,
      datasetErrorMessagesFr,
      datasetErrorMessagesEn,
      downloadMessagesFr,
      downloadMessagesEn,
      updateMessagesFr,
      updateMessagesEn,
    };
    const straight = Object.entries(catalogs).flatMap(([name, catalog]) =>
      Object.entries(catalog)
        .filter(([, text]) => text.includes("'"))
        .map(([key]) => `${name}.${key}`),
    );
    expect(straight).toEqual([]);
  });
});

describe('brackets', () => {
  it('Chinese sets a signatory’s role in full-width brackets, without a space; others in ( )', () => {
    const person = bundledDatasetJson().people[0]!;
    const zh = personWithRole(person, 'zh');
    expect(zh).toMatch(/^\S+（[^()]+）$/);
    for (const locale of ['ar', 'en', 'es', 'fr', 'ru', 'de', 'it'] as const) {
      expect(personWithRole(person, locale), locale).toMatch(/^.+ \([^（）]+\)$/);
    }
  });
});
