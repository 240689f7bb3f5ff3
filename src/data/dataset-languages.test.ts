// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { datasetForLanguage, hasLanguage, withLanguage } from './dataset-languages';
import { localize } from './localize';
import { parseDataset } from './parse-dataset';

const dataset = parseDataset(bundledDatasetJson(), 'plans.json');

describe('a page’s copy of the dataset', () => {
  it('keeps the page’s own language only, and the English of a text not translated', () => {
    const untranslated = structuredClone(dataset);
    delete untranslated.summary.translations?.ru;
    const russian = datasetForLanguage(untranslated, 'ru');
    expect(russian.title).toEqual({ translations: { ru: dataset.title.translations?.ru } });
    expect(russian.summary).toEqual({ en: dataset.summary.en });
    expect(localize(russian.summary, 'ru')).toBe(dataset.summary.en);
    expect(localize(russian.title, 'ru')).toBe(localize(dataset.title, 'ru'));
    expect(russian.people[0]?.nameTranslations).toEqual({ ru: 'Юрий Федотов' });
    expect(russian.quotes[0]?.translations?.ru?.fromLanguage).toBe('en');
    expect(russian.quotes[0]?.translations?.ar).toBeUndefined();
    // The quotations as published, in their languages, are not texts to translate.
    expect(russian.quotes[0]?.versions).toEqual(dataset.quotes[0]?.versions);
    expect(hasLanguage(russian, 'ru')).toBe(true);
    expect(hasLanguage(russian, 'ar')).toBe(false);
    expect(hasLanguage(russian, 'fr')).toBe(false);
    expect(hasLanguage(russian, 'en')).toBe(false);
    expect(JSON.stringify(russian)).not.toContain(dataset.title.fr);
  });

  it('for French and English, the sources’ two languages and no translation', () => {
    const french = datasetForLanguage(dataset, 'fr');
    expect(JSON.stringify(french)).not.toMatch(/"(name|title)?[tT]ranslations"/);
    expect(french.title).toEqual({ fr: dataset.title.fr, en: dataset.title.en });
    expect(datasetForLanguage(dataset, 'en')).toEqual(french);
    expect(JSON.stringify(french).length).toBeLessThan(JSON.stringify(dataset).length / 2);
    expect(hasLanguage(french, 'fr')).toBe(true);
    expect(hasLanguage(french, 'en')).toBe(true);
    expect(hasLanguage(french, 'ru')).toBe(false);
    expect(hasLanguage(dataset, 'fr')).toBe(true);
  });

  it('two copies made one hold both languages’ texts, the view’s while it changes', () => {
    const russian = datasetForLanguage(dataset, 'ru');
    const french = datasetForLanguage(dataset, 'fr');
    for (const merged of [withLanguage(russian, french), withLanguage(french, russian)]) {
      for (const locale of ['fr', 'en', 'ru'] as const) {
        expect(hasLanguage(merged, locale)).toBe(true);
        expect(localize(merged.summary, locale)).toBe(localize(dataset.summary, locale));
        expect(merged.plans.map((plan) => localize(plan.title, locale))).toEqual(
          dataset.plans.map((plan) => localize(plan.title, locale)),
        );
      }
      expect(hasLanguage(merged, 'de')).toBe(false);
    }
    const three = withLanguage(withLanguage(russian, french), datasetForLanguage(dataset, 'de'));
    for (const locale of ['fr', 'en', 'ru', 'de'] as const) {
      expect(hasLanguage(three, locale)).toBe(true);
    }
  });
});
