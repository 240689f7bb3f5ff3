import { isSourceLocale } from '../../i18n/locale';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The equivalent of the OSCE's "Original: ENGLISH" masthead, quiet but on every page in the six
 * languages the sources are not published in: what is read there is a translation.
 */
export function TranslationNotice() {
  const { t, locale } = useI18n();
  if (isSourceLocale(locale)) return null;
  return (
    <p
      role="note"
      className="border-b border-slate-300 bg-slate-50 px-4 py-2 text-sm text-slate-800 sm:px-6"
    >
      <span className="mx-auto block max-w-7xl">{t('translationNotice')}</span>
    </p>
  );
}
