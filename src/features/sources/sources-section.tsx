import { memo } from 'react';
import { ExternalLink } from '../../components/ui/external-link';
import { Section } from '../../components/ui/section';
import { useDataset } from '../../data/dataset-query';
import { sourceElementId } from '../../data/dataset-selectors';
import { formatPartialDate } from '../../i18n/formatters';
import { languageNameKey } from '../../i18n/language-name';
import { useI18n } from '../../i18n/use-i18n';
import { localize } from '../../data/localize';
import type { Source } from '../../data/dataset-schema';
import { isSourceLocale } from '../../i18n/locale';

// No props: memo keeps a URL change elsewhere on the page (a filter, a keystroke) from redrawing it.
export const SourcesSection = memo(function SourcesSection() {
  const dataset = useDataset();
  const { t, locale } = useI18n();
  const translatedTitle = (source: Source) =>
    isSourceLocale(locale) ? undefined : source.titleTranslations?.[locale];
  return (
    <Section id="sources" title={t('sourcesTitle')} intro={<p>{t('sourcesIntro')}</p>}>
      {/* Numbered in the dataset's order: the references on every fact carry these numbers. */}
      <ol className="space-y-4 lg:grid lg:grid-cols-2 lg:gap-4 lg:space-y-0 print:grid print:grid-cols-2 print:gap-2 print:space-y-0">
        {dataset.sources.map((source, index) => (
          <li
            key={source.id}
            id={sourceElementId(source.id)}
            className="scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 target:border-blue-900 target:ring-2 target:ring-blue-900 print:px-2 print:py-1 print:text-xs"
          >
            <p className="font-semibold">
              <span className="me-2 tabular-nums text-slate-900">[{index + 1}]</span>
              <ExternalLink href={source.url} lang={source.language}>
                {source.title}
              </ExternalLink>
              {/* A title is a name: published as it is, a translation after it, marked so. */}
              {translatedTitle(source) ? (
                <span lang={locale} className="ms-1 font-normal">
                  {t('sourceTitleTranslated', { title: translatedTitle(source) ?? '' })}
                </span>
              ) : null}
            </p>
            <p className="text-slate-800">
              <bdi>{source.publisher}</bdi> · {formatPartialDate(source.date, locale)} ·{' '}
              {t('sourceLanguage', {
                language: t(languageNameKey[source.language]),
              })}
            </p>
            {source.dateNote ? (
              <p className="text-sm text-slate-700">{localize(source.dateNote, locale)}</p>
            ) : null}
            {source.note ? (
              <p className="text-sm text-slate-700">{localize(source.note, locale)}</p>
            ) : null}
            <p className="break-all text-sm text-slate-700">
              <bdi>{source.url}</bdi>
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
});
