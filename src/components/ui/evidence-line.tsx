import { Badge } from './badge';
import { ExternalLink } from './external-link';

export interface EvidenceLineProps {
  tone: 'stated' | 'inferred' | 'unknown';
  label: string;
  note: string | null;
  links: { id: string; label: string; url: string }[];
}

/** How sure a fact is, why, and where it comes from. */
export function EvidenceLine({ tone, label, note, links }: EvidenceLineProps) {
  return (
    <div className="text-sm text-slate-800 print:flex print:flex-wrap print:items-center print:gap-x-2">
      <Badge tone={tone}>{label}</Badge>
      {note ? <p className="mt-1 print:mt-0">{note}</p> : null}
      {links.length > 0 ? (
        <ul className="mt-1 space-y-0.5 print:mt-0 print:min-w-0 print:flex-1">
          {links.map((link) => (
            <li key={link.id} className="print:truncate">
              <ExternalLink href={link.url}>{link.label}</ExternalLink>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
