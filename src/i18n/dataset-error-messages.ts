// Every language's catalog of this part, loaded with the part's code (not with the page).
import type { Locale } from './locale';
import { datasetErrorMessagesFr, type DatasetErrorMessages } from './dataset-error-messages-fr';
import { datasetErrorMessagesEn } from './dataset-error-messages-en';
import { datasetErrorMessagesAr } from './dataset-error-messages-ar';
import { datasetErrorMessagesZh } from './dataset-error-messages-zh';
import { datasetErrorMessagesEs } from './dataset-error-messages-es';
import { datasetErrorMessagesRu } from './dataset-error-messages-ru';
import { datasetErrorMessagesDe } from './dataset-error-messages-de';
import { datasetErrorMessagesIt } from './dataset-error-messages-it';

export const datasetErrorMessages: Record<Locale, DatasetErrorMessages> = {
  fr: datasetErrorMessagesFr,
  en: datasetErrorMessagesEn,
  ar: datasetErrorMessagesAr,
  zh: datasetErrorMessagesZh,
  es: datasetErrorMessagesEs,
  ru: datasetErrorMessagesRu,
  de: datasetErrorMessagesDe,
  it: datasetErrorMessagesIt,
};
