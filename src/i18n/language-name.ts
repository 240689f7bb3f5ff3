import type { SourceLocale } from './locale';
import type { MessageKey } from './messages-fr';

/** The message naming each language ("français" / "French"). */
export const languageNameKey: Record<SourceLocale, MessageKey> = {
  fr: 'languageFr',
  en: 'languageEn',
};
