import { useState } from 'react';
import { buttonClass } from '../../components/ui/button-styles';
import { ExternalLink } from '../../components/ui/external-link';
import { Quotation } from '../../components/ui/quotation';

export interface QuoteCardProps {
  personName: string;
  role: string;
  organization: string;
  dateText: string;
  versions: {
    language: string;
    parts: string[];
    between: string[];
    versionLabel: string;
    sourceLabel: string | null;
    sourceUrl: string | null;
    showLabel: string;
    /**
     * In a language no source speaks: the dashboard's translation of this version, labelled as
     * unofficial and never in quotation marks, above the verbatim text, which is labelled too.
     */
    translation: {
      language: string;
      parts: string[];
      between: string[];
      label: string;
      publishedLabel: string;
    } | null;
  }[];
}

export function QuoteCard({ personName, role, organization, dateText, versions }: QuoteCardProps) {
  const [index, setIndex] = useState(0);
  const shown = versions[index] ?? versions[0];
  if (!shown) return null;
  const next = versions.length > 1 ? (index + 1) % versions.length : null;
  const nextVersion = next === null ? null : versions[next];
  return (
    <figure className="flex h-full flex-col gap-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm print:gap-2 print:p-3">
      {shown.translation ? (
        <div lang={shown.translation.language} className="flex flex-col gap-1">
          <p className="text-sm font-semibold text-slate-700">{shown.translation.label}</p>
          <p className="text-lg leading-relaxed text-slate-900 print:text-base print:leading-snug">
            {shown.translation.parts.map((part, index) => (
              <span key={index}>
                {index > 0 ? (
                  <span className="text-base text-slate-700 print:text-sm">
                    {' '}
                    {shown.translation?.between[index - 1]}{' '}
                  </span>
                ) : null}
                {part}
              </span>
            ))}
          </p>
          <p className="mt-2 text-sm font-semibold text-slate-700">
            {shown.translation.publishedLabel}
          </p>
        </div>
      ) : null}
      <Quotation
        quotation={shown}
        className="border-s-4 border-blue-900 ps-4 text-lg leading-relaxed text-slate-900 print:text-base print:leading-snug"
        betweenClassName="text-base text-slate-700 print:text-sm"
      />
      <p className="text-sm font-medium text-slate-700">{shown.versionLabel}</p>
      <figcaption className="mt-auto">
        <p className="text-lg font-bold text-slate-900">{personName}</p>
        <p className="text-slate-800">{role}</p>
        <p className="text-slate-800">{organization}</p>
        <p className="text-sm text-slate-700">{dateText}</p>
        {shown.sourceUrl && shown.sourceLabel ? (
          <p className="text-sm">
            <ExternalLink href={shown.sourceUrl}>{shown.sourceLabel}</ExternalLink>
          </p>
        ) : null}
      </figcaption>
      {nextVersion && next !== null ? (
        // A form action: React keeps a press made before the card has hydrated.
        <form action={() => setIndex(next)} className="contents">
          <button type="submit" className={`${buttonClass} self-start noscript:hidden`}>
            {nextVersion.showLabel}
          </button>
        </form>
      ) : null}
    </figure>
  );
}
