import type { Dataset } from '../../data/dataset-schema';
import {
  createSourceResolver,
  selectQuotationParts,
  type SourceRef,
} from '../../data/dataset-selectors';
import { formatPartialDate } from '../../i18n/formatters';
import { languageNameKey } from '../../i18n/language-name';
import { isSourceLocale, sourceLocaleFor, type Locale, type SourceLocale } from '../../i18n/locale';
import type { Translate } from '../../i18n/use-i18n';
import { localize, localizeName } from '../../data/localize';

export interface QuoteVersionView {
  language: SourceLocale;
  /** The quoted parts, each verbatim. */
  parts: string[];
  /** The source's own words between two parts (parts.length - 1 of them), or a marked omission. */
  between: string[];
  /** true where the dataset names this version's language the original; null where no source says. */
  isOriginal: boolean | null;
  source: SourceRef | null;
  /** The dashboard's unofficial translation of this version into the page's language, if any. */
  translation: { language: Locale; parts: string[]; between: string[] } | null;
}

export interface QuoteView {
  id: string;
  personName: string;
  role: string;
  organization: string;
  date: string;
  /** The version in the reader's language first, then the others. */
  versions: QuoteVersionView[];
}

export function selectQuotes(dataset: Dataset, locale: Locale): QuoteView[] {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const sourceRefs = createSourceResolver(dataset);
  return dataset.quotes.flatMap((quote) => {
    const person = people.get(quote.personId);
    if (!person) return [];
    const organization = organizations.get(person.organizationId);
    // In the six translated languages, the version translated from comes first, with its translation.
    const translation = isSourceLocale(locale) ? undefined : quote.translations?.[locale];
    const first = translation?.fromLanguage ?? sourceLocaleFor(locale);
    const versions = quote.versions
      .map((version) => ({
        language: version.language,
        ...selectQuotationParts(version),
        isOriginal:
          quote.originalLanguage === null ? null : version.language === quote.originalLanguage,
        source: sourceRefs([version.sourceId])[0] ?? null,
        translation:
          translation?.fromLanguage === version.language
            ? { language: locale, ...selectQuotationParts(translation) }
            : null,
      }))
      .sort((a, b) => Number(b.language === first) - Number(a.language === first));
    return [
      {
        id: quote.id,
        personName: localizeName(person.name, person.nameTranslations, locale),
        role: localize(person.role, locale),
        organization: organization ? localize(organization.name, locale) : '',
        date: quote.date,
        versions,
      },
    ];
  });
}

/**
 * What a version is, said the way its source allows: "Version en français publiée par l’ONUDC
 * (31 janvier 2018)". No source says which language the 2018 quotations were first given in, so a
 * version is called the original only where the dataset names its language so.
 */
export function formatQuoteVersionLabel(
  version: QuoteVersionView,
  t: Translate,
  locale: Locale,
): string {
  const language = t(languageNameKey[version.language]);
  const label = version.source
    ? t('quoteVersionPublished', {
        language,
        publisher: version.source.publisher,
        date: formatPartialDate(version.source.date, locale),
      })
    : t('quoteVersionInLanguage', { language });
  return version.isOriginal === true ? t('quoteVersionOriginal', { label }) : label;
}
