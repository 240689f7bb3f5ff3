export interface SlideNotesProps {
  /** "Notes": the region's name. */
  label: string;
  notes: string[];
  /** The presenter's own words (a running order's), shown first, under the first heading. */
  talkingPoints?: string[];
  /** "Points à dire", "Preuves et sources": the two parts' headings, where there are talking points. */
  headings?: { talkingPoints: string; evidence: string };
  className?: string;
}

/** A slide's speaker notes, one paragraph each, in a region a screen reader can jump to. */
export function SlideNotes({
  label,
  notes,
  talkingPoints = [],
  headings,
  className = '',
}: SlideNotesProps) {
  const hasTalkingPoints = talkingPoints.length > 0 && headings !== undefined;
  return (
    // Scrollable, so it takes focus: a keyboard user can scroll long notes.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section aria-label={label} tabIndex={0} className={`overflow-auto ${className}`}>
      <h2 className="text-lg font-bold uppercase tracking-wide">{label}</h2>
      {hasTalkingPoints ? (
        <>
          <h3 className="mt-2 font-bold text-[#78350f]">{headings.talkingPoints}</h3>
          <div className="slide-talking-points mt-1 flex flex-col gap-2 border-l-4 border-[#b45309] pl-3 font-semibold">
            {talkingPoints.map((point, index) => (
              <p key={index}>{point}</p>
            ))}
          </div>
          {notes.length > 0 ? (
            <h3 className="mt-4 font-bold text-[#172554]">{headings.evidence}</h3>
          ) : null}
        </>
      ) : null}
      <div className="slide-evidence-notes mt-2 flex flex-col gap-3">
        {notes.map((note, index) => (
          <p key={index}>{note}</p>
        ))}
      </div>
    </section>
  );
}
