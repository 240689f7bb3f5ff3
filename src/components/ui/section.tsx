import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** A headed region: its h2 names it for assistive technology. */
export function Section({ id, title, intro, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-4 py-8">
      <h2 id={headingId} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {/* On paper a heading and its introduction stay with what follows (print.css keeps h2). */}
      {intro ? (
        <div className="mt-2 max-w-prose text-slate-700 print:break-after-avoid">{intro}</div>
      ) : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
