export interface SlideNotesProps {
  /** "Notes": the region's name. */
  label: string;
  notes: string[];
  className?: string;
}

/** A slide's speaker notes, one paragraph each, in a region a screen reader can jump to. */
export function SlideNotes({ label, notes, className = '' }: SlideNotesProps) {
  return (
    // Scrollable, so it takes focus: a keyboard user can scroll long notes.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section aria-label={label} tabIndex={0} className={`overflow-auto ${className}`}>
      <h2 className="text-lg font-bold uppercase tracking-wide">{label}</h2>
      <div className="mt-2 flex flex-col gap-3">
        {notes.map((note, index) => (
          <p key={index}>{note}</p>
        ))}
      </div>
    </section>
  );
}
