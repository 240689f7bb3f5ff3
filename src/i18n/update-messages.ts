// Every language's catalog of this part, loaded with the part's code (not with the page).
import type { Locale } from './locale';
import { updateMessagesFr, type UpdateMessages } from './update-messages-fr';
import { updateMessagesEn } from './update-messages-en';
import { updateMessagesAr } from './update-messages-ar';
import { updateMessagesZh } from './update-messages-zh';
import { updateMessagesEs } from './update-messages-es';
import { updateMessagesRu } from './update-messages-ru';
import { updateMessagesDe } from './update-messages-de';
import { updateMessagesIt } from './update-messages-it';

export const updateMessages: Record<Locale, UpdateMessages> = {
  fr: updateMessagesFr,
  en: updateMessagesEn,
  ar: updateMessagesAr,
  zh: updateMessagesZh,
  es: updateMessagesEs,
  ru: updateMessagesRu,
  de: updateMessagesDe,
  it: updateMessagesIt,
};
