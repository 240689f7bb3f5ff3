import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { LANGUAGE_CHOICE_KEY, LOCALES, OWN_NAMES, type Locale } from '../../i18n/locale';
import { useI18n } from '../../i18n/use-i18n';
import { localePagePath } from '../../url-state/page-path';
import { serializeUrlState } from '../../url-state/url-state';
import { usePagePath, useUrlState } from '../../url-state/use-url-state';

/** Kept for the reader's next first visit (the boot script reads it); private browsing has none. */
function rememberChoice(locale: Locale) {
  try {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, locale);
  } catch {
    // Nothing to keep it in: the browser's languages choose next time.
  }
}

/**
 * The eight languages, each by its own name and tagged with its language. Each is a link to that
 * language's pre-rendered page with the same view, so it works before the app runs and without
 * JavaScript; once the app runs, a click changes the language in place (nothing reloads, nothing
 * typed or opened is lost).
 */
export function LanguageSwitcher({ summaryClassName }: { summaryClassName: string }) {
  const { t, locale } = useI18n();
  const [url, updateUrl] = useUrlState();
  const details = useRef<HTMLDetailsElement>(null);
  // Escape closes the list, as it does a menu, and gives the focus back to its button. Handled
  // where the focus is (the button, a link): at once, even right after the key that opened it.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  // The build's pre-render has no address: its links start at the site's root.
  const pathname = usePagePath(import.meta.env.BASE_URL);

  const choose = (event: MouseEvent<HTMLAnchorElement>, next: Locale) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    rememberChoice(next);
    if (details.current) {
      // The chosen link disappears with the list: the focus goes back to the list's button, as
      // Escape does, rather than to the top of the page.
      details.current.open = false;
      details.current.querySelector('summary')?.focus();
    }
    updateUrl({ lang: next });
  };

  return (
    <details ref={details} className="relative">
      <summary className={`${summaryClassName} cursor-pointer list-none`} onKeyDown={closeOnEscape}>
        <span className="sr-only">{t('chooseLanguage')} </span>
        <span lang={locale}>{OWN_NAMES[locale]}</span>
        <span aria-hidden="true" className="ms-2 text-sm">
          ▾
        </span>
      </summary>
      <ul className="absolute end-0 z-30 mt-1 w-max min-w-full rounded-md border-2 border-slate-300 bg-white py-1 text-slate-900 shadow-lg">
        {LOCALES.map((option) => (
          <li key={option}>
            <a
              href={`${localePagePath(pathname, option)}${serializeUrlState({ ...url, lang: option }, option)}`}
              lang={option}
              hrefLang={option}
              aria-current={option === locale ? 'true' : undefined}
              className="block min-h-11 px-4 py-2 text-start font-semibold text-blue-900 underline-offset-2 hover:bg-slate-100 hover:underline aria-[current]:bg-blue-50 aria-[current]:text-blue-950"
              onClick={(event) => choose(event, option)}
              onKeyDown={closeOnEscape}
            >
              {OWN_NAMES[option]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
