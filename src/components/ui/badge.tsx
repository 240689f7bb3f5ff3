import type { ReactNode } from 'react';

const tones = {
  neutral: 'border-slate-400 bg-slate-100 text-slate-900',
  new: 'border-amber-700 bg-amber-100 text-amber-950',
  stated: 'border-emerald-700 bg-emerald-50 text-emerald-950',
  inferred: 'border-sky-700 bg-sky-50 text-sky-950',
  unknown: 'border-slate-500 bg-white text-slate-800 border-dashed',
} as const;

export interface BadgeProps {
  tone: keyof typeof tones;
  children: ReactNode;
}

export function Badge({ tone, children }: BadgeProps) {
  return (
    <span
      className={`inline-flex items-center rounded border px-2 py-0.5 text-sm font-medium ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
