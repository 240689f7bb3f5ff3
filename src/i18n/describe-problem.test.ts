import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetProblem } from '../data/dataset-error';
import { describeProblem, withDatasetErrorMessages } from './describe-problem';
import { LOCALES, type Locale } from './locale';
import { createI18n, loadCatalog } from './use-i18n';

const describeIn = (locale: Locale, problem: DatasetProblem, message = 'Invalid input') =>
  describeProblem(problem, message, withDatasetErrorMessages(createI18n(locale).t, locale), locale);

const problems: DatasetProblem[] = [
  { kind: 'missing' },
  { kind: 'type', expected: 'string', received: 'number' },
  { kind: 'too-small', minimum: 1 },
  { kind: 'too-big', maximum: 64 },
  { kind: 'format', format: 'regex' },
  { kind: 'value', values: ['fr', 'en'] },
  { kind: 'unsupported-version', value: '3', supported: ['1', '2'] },
  { kind: 'unknown-ref', ref: 'theme', value: 'nope' },
  { kind: 'duplicate', value: 'cyber' },
  { kind: 'end-before-start' },
  { kind: 'parts-and-text' },
  { kind: 'before-first-part' },
  { kind: 'other' },
];

describe('a dataset problem in the reader’s language', () => {
  beforeAll(() => Promise.all(LOCALES.map(loadCatalog)));

  // Only English may keep zod's own (English) words.
  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'in %s, never carries zod’s English message',
    (locale) => {
      for (const problem of problems) {
        expect(describeIn(locale, problem), problem.kind).not.toContain('Invalid input');
      }
    },
  );

  it.each(LOCALES)('in %s, names the version read and those supported', (locale) => {
    const text = describeIn(locale, {
      kind: 'unsupported-version',
      value: '7',
      supported: ['1', '2', '3'],
    });
    expect(text).toMatch(/7/);
    expect(text).toMatch(/1\D+2\D+3/);
    expect(text).not.toMatch(/[{}]/);
  });

  it('names the versions read for an unsupported schemaVersion (fr and en)', () => {
    const problem: DatasetProblem = {
      kind: 'unsupported-version',
      value: '3',
      supported: ['1', '2'],
    };
    expect(describeIn('fr', problem).replace(/\u00a0/g, ' ')).toBe(
      'version 3 non prise en charge (versions prises en charge : 1 et 2)',
    );
    expect(describeIn('en', problem)).toBe(
      'version 3 is not supported (supported versions: 1 and 2)',
    );
  });

  it('lists the values expected as each language writes a choice (fr, en, zh, ar)', () => {
    const problem: DatasetProblem = { kind: 'value', values: ['stated', 'inferred', 'unknown'] };
    expect(describeIn('fr', problem).replace(/\u00a0/g, ' ')).toBe(
      'valeur inattendue (attendu : stated, inferred ou unknown)',
    );
    expect(describeIn('en', problem)).toBe(
      'unexpected value (expected: stated, inferred or unknown)',
    );
    expect(describeIn('zh', problem)).toBe('意外的值（预期：stated、inferred或unknown）');
    expect(describeIn('ar', problem)).toContain('stated أو inferred أو unknown');
  });

  it('falls back to a generic French phrase; English may keep the developer’s words', () => {
    expect(describeIn('fr', { kind: 'other' })).toBe('valeur invalide');
    expect(describeIn('en', { kind: 'other' })).toBe('invalid value (Invalid input)');
  });
});
