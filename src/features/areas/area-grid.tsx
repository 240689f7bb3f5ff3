import { memo } from 'react';
import { Badge } from '../../components/ui/badge';
import { SourceRefs, type SourceRefsProps } from '../../components/ui/source-refs';
import type { TextPart } from './area-selectors';

export interface AreaCardView {
  id: string;
  /** The name, marked where the search found its words. */
  name: TextPart[];
  /** Set where the name is in English for want of the page's language. */
  nameLang?: string;
  /** "Thème : …", the theme's label marked where the search found its words. */
  themeText: TextPart[];
  newLabel: string | null;
  newTone: 'new' | 'neutral' | 'unknown';
  evidenceTone: 'stated' | 'inferred' | 'unknown';
  evidenceLabel: string;
  evidenceNote: string | null;
  sources: SourceRefsProps['refs'];
}

export interface AreaGridProps {
  label: string;
  areas: AreaCardView[];
}

/** Shows the words the search found: the reader sees why an area matched. */
function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.isMatch ? (
      <mark
        key={index}
        className="rounded-sm bg-amber-100 text-inherit underline decoration-amber-700 decoration-2"
      >
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** Redrawn only when its cards change: a keystroke's urgent render leaves the grid alone. */
export const AreaGrid = memo(function AreaGrid({ label, areas }: AreaGridProps) {
  return (
    <ul
      aria-label={label}
      className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-4 print:gap-2"
    >
      {areas.map((area) => (
        <li
          key={area.id}
          className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm break-inside-avoid print:gap-1 print:p-2"
        >
          <h3 lang={area.nameLang} className="text-lg font-semibold leading-snug text-slate-900">
            <Marked parts={area.name} />
          </h3>
          <p className="text-sm text-slate-800">
            <Marked parts={area.themeText} />
          </p>
          <div className="flex flex-wrap items-center gap-2">
            {area.newLabel ? <Badge tone={area.newTone}>{area.newLabel}</Badge> : null}
            <Badge tone={area.evidenceTone}>{area.evidenceLabel}</Badge>
            <SourceRefs refs={area.sources} className="text-sm" />
          </div>
          {area.evidenceNote ? <p className="text-sm text-slate-800">{area.evidenceNote}</p> : null}
        </li>
      ))}
    </ul>
  );
});
