import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale';

// The build writes one page per language (prerender.config.ts): French at the site's root, each
// other language in a folder of its own code ("ru/"), so a reader without JavaScript, and a search
// engine (hreflang), reach each language. A page's own language is its folder's.
const OTHER_PAGES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|');
const LOCALE_PAGE = new RegExp(`/(${OTHER_PAGES})/(?:index\\.html)?$`);
const PAGE_FILE = /index\.html$/;

/** The language of the page at this path: "…/ru/" is the Russian page, anything else French. */
export function pathLocale(pathname: string): Locale {
  return (LOCALE_PAGE.exec(pathname)?.[1] as Locale | undefined) ?? DEFAULT_LOCALE;
}

/** The path of a language's page, from the path of any of them ("/app/ru/" → "/app/de/"). */
export function localePagePath(pathname: string, locale: Locale): string {
  const match = LOCALE_PAGE.exec(pathname);
  const root = match ? pathname.slice(0, match.index + 1) : pathname.replace(PAGE_FILE, '');
  return locale === DEFAULT_LOCALE ? root : `${root}${locale}/`;
}

/** The language of the page the browser shows (French in the build's pre-render, which has none). */
export const currentPageLocale = (): Locale =>
  typeof window === 'undefined' ? DEFAULT_LOCALE : pathLocale(window.location.pathname);
