import { memo } from 'react';
import { ExternalLink } from '../../components/ui/external-link';
import { Section } from '../../components/ui/section';
import { useDataset } from '../../data/dataset-query';
import { formatPartialDate } from '../../i18n/formatters';
import { languageNameKey } from '../../i18n/language-name';
import { useI18n } from '../../i18n/use-i18n';

// No props: memo keeps a URL change elsewhere on the page (a filter, a keystroke) from redrawing it.
export const SourcesSection = memo(function SourcesSection() {
  const dataset = useDataset();
  const { t, locale } = useI18n();
  return (
    <Section id="sources" title={t('sourcesTitle')} intro={<p>{t('sourcesIntro')}</p>}>
      <ul className="space-y-4 print:grid print:grid-cols-2 print:gap-2 print:space-y-0">
        {dataset.sources.map((source) => (
          <li key={source.id} className="rounded-lg border border-slate-300 bg-white p-4 print:p-2">
            <p className="font-semibold">
              <ExternalLink href={source.url} lang={source.language}>
                {source.title}
              </ExternalLink>
            </p>
            <p className="text-slate-800">
              {source.publisher} · {formatPartialDate(source.date, locale)} ·{' '}
              {t('sourceLanguage', {
                language: t(languageNameKey[source.language]),
              })}
            </p>
            {source.dateNote ? (
              <p className="text-sm text-slate-700">{source.dateNote[locale]}</p>
            ) : null}
            {source.note ? <p className="text-sm text-slate-700">{source.note[locale]}</p> : null}
            <p className="break-all text-sm text-slate-700">{source.url}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
});
