// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { datasetForLanguage, hasLanguage } from './dataset-languages';
import { parseDataset } from './parse-dataset';

const dataset = parseDataset(bundledDatasetJson(), 'plans.json');

describe('a page’s copy of the dataset', () => {
  it('keeps French, English and the page’s own language only', () => {
    const russian = datasetForLanguage(dataset, 'ru');
    expect(russian.title).toEqual({
      fr: dataset.title.fr,
      en: dataset.title.en,
      translations: { ru: dataset.title.translations?.ru },
    });
    expect(russian.people[0]?.nameTranslations).toEqual({ ru: 'Юрий Федотов' });
    expect(russian.quotes[0]?.translations?.ru?.fromLanguage).toBe('en');
    expect(russian.quotes[0]?.translations?.ar).toBeUndefined();
    expect(hasLanguage(russian, 'ru')).toBe(true);
    expect(hasLanguage(russian, 'ar')).toBe(false);
    // Nothing but the translations changes, and the copy is still a valid dataset.
    expect(parseDataset(russian, 'ru.json').plans).toEqual(russian.plans);
  });

  it('for French and English, none', () => {
    const french = datasetForLanguage(dataset, 'fr');
    expect(JSON.stringify(french)).not.toMatch(/"(name|title)?[tT]ranslations"/);
    expect(french.title).toEqual({ fr: dataset.title.fr, en: dataset.title.en });
    expect(datasetForLanguage(dataset, 'en')).toEqual(french);
    expect(JSON.stringify(french).length).toBeLessThan(JSON.stringify(dataset).length / 2);
  });
});
