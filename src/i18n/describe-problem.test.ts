import { describe, expect, it } from 'vitest';
import type { DatasetProblem } from '../data/dataset-error';
import { describeProblem, withDatasetErrorMessages } from './describe-problem';
import { createI18n } from './use-i18n';

const describeIn = (locale: 'fr' | 'en', problem: DatasetProblem, message = 'Invalid input') =>
  describeProblem(problem, message, withDatasetErrorMessages(createI18n(locale).t, locale));

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
  it.each(problems.map((problem) => [problem.kind, problem] as const))(
    'in French, never carries zod’s English message (%s)',
    (_kind, problem) => {
      expect(describeIn('fr', problem)).not.toContain('Invalid input');
    },
  );

  it('names the versions read for an unsupported schemaVersion (fr and en)', () => {
    const problem: DatasetProblem = {
      kind: 'unsupported-version',
      value: '3',
      supported: ['1', '2'],
    };
    expect(describeIn('fr', problem).replace(/\u00a0/g, ' ')).toBe(
      'version 3 non prise en charge (versions prises en charge : 1, 2)',
    );
    expect(describeIn('en', problem)).toBe('version 3 is not supported (supported versions: 1, 2)');
  });

  it('falls back to a generic French phrase; English may keep the developer’s words', () => {
    expect(describeIn('fr', { kind: 'other' })).toBe('valeur invalide');
    expect(describeIn('en', { kind: 'other' })).toBe('invalid value (Invalid input)');
  });
});
