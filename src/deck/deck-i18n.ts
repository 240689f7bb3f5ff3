import { deckMessages } from './deck-messages';
import type { DeckMessageKey } from './deck-messages-fr';
import type { Locale } from '../i18n/locale';
import { extendTranslate, type ExtendedTranslate, type I18n } from '../i18n/use-i18n';

export type DeckTranslate = ExtendedTranslate<DeckMessageKey>;

/** The page's translator, taught the deck's messages too (only code that loads with the deck). */
export function withDeckMessages(t: I18n['t'], locale: Locale): DeckTranslate {
  return extendTranslate(t, locale, deckMessages);
}
