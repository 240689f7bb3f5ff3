// Every language's catalog of this part, loaded with the part's code (not with the page).
import type { Locale } from './locale';
import { downloadMessagesFr, type DownloadMessages } from './download-messages-fr';
import { downloadMessagesEn } from './download-messages-en';
import { downloadMessagesAr } from './download-messages-ar';
import { downloadMessagesZh } from './download-messages-zh';
import { downloadMessagesEs } from './download-messages-es';
import { downloadMessagesRu } from './download-messages-ru';
import { downloadMessagesDe } from './download-messages-de';
import { downloadMessagesIt } from './download-messages-it';

export const downloadMessages: Record<Locale, DownloadMessages> = {
  fr: downloadMessagesFr,
  en: downloadMessagesEn,
  ar: downloadMessagesAr,
  zh: downloadMessagesZh,
  es: downloadMessagesEs,
  ru: downloadMessagesRu,
  de: downloadMessagesDe,
  it: downloadMessagesIt,
};
