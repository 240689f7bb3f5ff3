import type { Dataset } from '../../data/dataset-schema';
import { createSourceResolver } from '../../data/dataset-selectors';
import type { Locale } from '../../i18n/locale';

export interface QuoteVersionView {
  language: 'fr' | 'en';
  text: string;
  isOriginal: boolean;
  source: { id: string; title: string; url: string } | null;
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
    const versions = quote.versions
      .map((version) => ({
        language: version.language,
        text: version.text,
        isOriginal: version.language === quote.originalLanguage,
        source: sourceRefs([version.sourceId])[0] ?? null,
      }))
      .sort((a, b) => Number(b.language === locale) - Number(a.language === locale));
    return [
      {
        id: quote.id,
        personName: person.name,
        role: person.role[locale],
        organization: organization ? organization.name[locale] : '',
        date: quote.date,
        versions,
      },
    ];
  });
}
