export const buttonClass =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-700 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 aria-pressed:border-blue-900 aria-pressed:bg-blue-900 aria-pressed:text-white';
