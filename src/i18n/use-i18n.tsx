import {
  createContext,
  startTransition,
  use,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Localized } from '../data/dataset-schema';
import { localize } from '../data/localize';
import { formatMessage, type MessageValues } from './format-message';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';
import type { MessageKey, Messages } from './messages-fr';

// Each language's messages are a chunk of their own, French too: a page in another language
// fetched the French ones with the app’s code, for nothing (2.5 KB gzip). Each page asks for its
// own language's with the app's module (a modulepreload beside it, prerender.config.ts), so it
// hydrates without a round trip more; another language's are fetched when it is first asked for
// (they are precached with the app, so this works offline too). The page keeps its language until
// they arrive, so no view is ever drawn half-translated or blank.
const catalogs: Partial<Record<Locale, Messages>> = {};
const loaders: Record<Locale, () => Promise<Messages>> = {
  fr: () => import('./messages-fr').then((module) => module.messagesFr),
  en: () => import('./messages-en').then((module) => module.messagesEn),
  ar: () => import('./messages-ar').then((module) => module.messagesAr),
  zh: () => import('./messages-zh').then((module) => module.messagesZh),
  es: () => import('./messages-es').then((module) => module.messagesEs),
  ru: () => import('./messages-ru').then((module) => module.messagesRu),
  de: () => import('./messages-de').then((module) => module.messagesDe),
  it: () => import('./messages-it').then((module) => module.messagesIt),
};
const loading = new Map<Locale, Promise<void>>();

export function isCatalogLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Fetches a language's messages once; later calls share the first load. */
export function loadCatalog(locale: Locale): Promise<void> {
  if (isCatalogLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (messages) => {
        catalogs[locale] = messages;
      },
      (error: unknown) => {
        loading.delete(locale); // a later ask tries again
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Picks the current language's text from a dataset's text (English where it has none). */
  pick: (text: Localized) => string;
}

/** The translator for a language whose messages are loaded (see loadCatalog). */
export function createI18n(locale: Locale): I18n {
  const messages = catalogs[locale];
  if (!messages) throw new Error(`The ${locale} messages are not loaded yet (loadCatalog)`);
  return {
    locale,
    t: (key, values = {}) => formatMessage(messages[key], values, locale),
    pick: (text) => localize(text, locale),
  };
}

export type ExtendedTranslate<K extends string> = (
  key: MessageKey | K,
  values?: MessageValues,
) => string;

/**
 * The page's translator, taught a part's own messages. The words of a part the first view never
 * shows (the deck, a dataset's error, the downloads, the update offer) live in a catalog of their
 * own per language, which only that part's code imports: they load with it, not with the page.
 */
export function extendTranslate<K extends string>(
  t: I18n['t'],
  locale: Locale,
  catalogs: Record<Locale, Record<K, string>>,
): ExtendedTranslate<K> {
  const messages = catalogs[locale];
  const isOwnKey = (key: string): key is K => Object.hasOwn(messages, key);
  return (key, values = {}) =>
    isOwnKey(key) ? formatMessage(messages[key], values, locale) : t(key as MessageKey, values);
}

// Only read outside any provider (a part rendered alone): the French, once loaded.
const I18nContext = createContext<I18n>({
  locale: DEFAULT_LOCALE,
  t: (key, values) => createI18n(DEFAULT_LOCALE).t(key, values),
  pick: (text) => localize(text, DEFAULT_LOCALE),
});

/** The language to show while `locale`'s messages are on their way: French, or one loaded. */
const loadedFallback = (locale: Locale): Locale =>
  [locale, DEFAULT_LOCALE, ...LOCALES].find(isCatalogLoaded) ?? DEFAULT_LOCALE;

export function I18nProvider({
  locale,
  prepare,
  children,
}: {
  locale: Locale;
  /** What else a language needs before it is shown (its texts in the dataset), awaited too. */
  prepare?: (locale: Locale) => Promise<unknown>;
  children: ReactNode;
}) {
  // The language shown is React state, changed in a transition once its messages are there: the
  // sections of the pre-rendered page still waiting for their code then hydrate in the language
  // of their markup first, and change language after.
  const [shown, setShown] = useState(() => loadedFallback(locale));
  useEffect(() => {
    if (shown === locale) return;
    let isCurrent = true;
    // A failed load leaves the page in the language it has; asking again retries.
    Promise.all([loadCatalog(locale), prepare?.(locale)]).then(
      () => isCurrent && startTransition(() => setShown(locale)),
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [locale, shown, prepare]);
  const value = useMemo(() => createI18n(shown), [shown]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return use(I18nContext);
}
