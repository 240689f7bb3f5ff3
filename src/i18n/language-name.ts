import type { Locale } from './locale';
import type { MessageKey } from './messages-fr';

/** The message naming each language ("français" / "French"). */
export const languageNameKey: Record<Locale, MessageKey> = { fr: 'languageFr', en: 'languageEn' };
