import { Badge } from './badge';
import { SourceRefs, type SourceRefsProps } from './source-refs';

export interface EvidenceLineProps {
  tone: 'stated' | 'inferred' | 'unknown';
  label: string;
  note: string | null;
  refs: SourceRefsProps['refs'];
  noteClassName?: string;
}

/** How sure a fact is, why, and where it comes from (numbered references to the sources list). */
export function EvidenceLine({ tone, label, note, refs, noteClassName = '' }: EvidenceLineProps) {
  return (
    <div className="text-sm text-slate-800 print:ms-2 print:inline-flex print:flex-wrap print:items-center print:gap-x-2">
      <span className="inline-flex flex-wrap items-center gap-x-2">
        <Badge tone={tone}>{label}</Badge>
        <SourceRefs refs={refs} />
      </span>
      {note ? <p className={`mt-1 print:mt-0 ${noteClassName}`}>{note}</p> : null}
    </div>
  );
}
