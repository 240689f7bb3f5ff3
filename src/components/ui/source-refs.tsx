export interface SourceRefsProps {
  /** Each reference: its number, the in-page address of its entry, its name with the title. */
  refs: { id: string; number: number; href: string; label: string }[];
  className?: string;
}

/**
 * Short numbered references, as a report cites: each links to its entry in the sources list, and
 * its label (the source's title) shows on hover and focus (index.css), so the full title is
 * printed once, in the list, rather than on every fact.
 */
export function SourceRefs({ refs, className }: SourceRefsProps) {
  if (refs.length === 0) return null;
  return (
    <span className={className}>
      {refs.map((ref) => (
        <a
          key={ref.id}
          href={ref.href}
          aria-label={ref.label}
          className="source-ref text-link underline decoration-1 underline-offset-2 hover:decoration-2"
        >
          [{ref.number}]
        </a>
      ))}
    </span>
  );
}
