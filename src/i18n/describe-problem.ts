import type { DatasetProblem } from '../data/dataset-error';
import { datasetErrorMessages } from './dataset-error-messages';
import type { DatasetErrorMessageKey } from './dataset-error-messages-fr';
import { INTL_LOCALE, once } from './intl-objects';
import type { Locale } from './locale';
import { extendTranslate, type ExtendedTranslate, type I18n } from './use-i18n';

export type DatasetErrorTranslate = ExtendedTranslate<DatasetErrorMessageKey>;

/** The page's translator, taught the words of a dataset's errors (only a failure loads them). */
export function withDatasetErrorMessages(t: I18n['t'], locale: Locale): DatasetErrorTranslate {
  return extendTranslate(t, locale, datasetErrorMessages);
}

const unknownRefKey: Record<
  'source' | 'theme' | 'person' | 'organization' | 'plan',
  DatasetErrorMessageKey
> = {
  source: 'issueUnknownSource',
  theme: 'issueUnknownTheme',
  person: 'issueUnknownPerson',
  organization: 'issueUnknownOrganization',
  plan: 'issueUnknownPlan',
};

/** Values as the language lists them: "fr ou en", "fr或en"; versions: "1 et 2", "1、2". */
const list = (values: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction') =>
  once(`list ${type} ${locale}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type })).format(
    values,
  );

/** One dataset problem in the reader's language. */
export function describeProblem(
  problem: DatasetProblem,
  message: string,
  t: DatasetErrorTranslate,
  locale: Locale,
): string {
  switch (problem.kind) {
    case 'missing':
      return t('issueMissing');
    case 'type':
      return t('issueType', { expected: problem.expected, received: problem.received });
    case 'too-small':
      return t('issueTooSmall', { minimum: problem.minimum });
    case 'too-big':
      return t('issueTooBig', { maximum: problem.maximum });
    case 'format':
      return problem.format === 'url'
        ? t('issueUrl')
        : t('issueFormat', { format: problem.format });
    case 'value':
      return t('issueValue', { values: list(problem.values, locale, 'disjunction') });
    case 'unsupported-version':
      return t('issueUnsupportedVersion', {
        value: problem.value,
        supported: list(problem.supported, locale, 'conjunction'),
      });
    case 'unknown-ref':
      return t(unknownRefKey[problem.ref], { value: problem.value });
    case 'duplicate':
      return t('issueDuplicate', { value: problem.value });
    case 'end-before-start':
      return t('issueEndBeforeStart');
    case 'parts-and-text':
      return t('issuePartsAndText');
    case 'before-first-part':
      return t('issueBeforeFirstPart');
    case 'other':
      return t('issueOther', { message });
  }
}
