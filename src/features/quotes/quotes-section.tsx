import { memo } from 'react';
import { Section } from '../../components/ui/section';
import { useDataset } from '../../data/dataset-query';
import { formatPartialDate } from '../../i18n/formatters';
import { languageNameKey } from '../../i18n/language-name';
import type { SourceLocale } from '../../i18n/locale';
import { useI18n } from '../../i18n/use-i18n';
import { QuoteCard } from './quote-card';
import { formatQuoteVersionLabel, selectQuotes } from './quote-selectors';

// No props: memo keeps a URL change elsewhere on the page (a filter, a keystroke) from redrawing it.
export const QuotesSection = memo(function QuotesSection() {
  const dataset = useDataset();
  const { t, locale } = useI18n();
  const quotes = selectQuotes(dataset, locale);
  const languageName = (language: SourceLocale) => t(languageNameKey[language]);
  return (
    <Section id="quotes" title={t('quotesTitle')}>
      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2 print:gap-3">
        {quotes.map((quote) => (
          <QuoteCard
            // A new language starts each card on the reader's version again.
            key={`${quote.id}-${locale}`}
            personName={quote.personName}
            role={quote.role}
            organization={quote.organization}
            dateText={t('quoteDate', { date: formatPartialDate(quote.date, locale) })}
            versions={quote.versions.map((version) => ({
              language: version.language,
              parts: version.parts,
              between: version.between,
              versionLabel: formatQuoteVersionLabel(version, t, locale),
              sourceLabel: version.source ? t('sourceLink', { title: version.source.title }) : null,
              sourceUrl: version.source?.url ?? null,
              showLabel: t('quoteShowVersion', { language: languageName(version.language) }),
              translation: version.translation
                ? {
                    ...version.translation,
                    label: t('quoteUnofficialTranslation', {
                      language: languageName(version.language),
                    }),
                    publishedLabel: t('quotePublishedText', {
                      language: languageName(version.language),
                    }),
                  }
                : null,
            }))}
          />
        ))}
      </div>
    </Section>
  );
});
