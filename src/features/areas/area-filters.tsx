import { memo, useId } from 'react';
import { buttonClass } from '../../components/ui/button-styles';

export interface AreaFiltersProps {
  title: string;
  themesLabel: string;
  themes: { id: string; label: string; count: number; isSelected: boolean }[];
  searchLabel: string;
  searchPlaceholder: string;
  query: string;
  newOnlyLabel: string;
  isNewOnly: boolean;
  onToggleTheme: (themeId: string) => void;
  onQueryChange: (query: string) => void;
  onNewOnlyChange: (isNewOnly: boolean) => void;
}

/** Redrawn only when its props change: the deferred render of the results leaves it alone. */
export const AreaFilters = memo(function AreaFilters(props: AreaFiltersProps) {
  const searchId = useId();
  const newOnlyId = useId();
  const themesLabelId = useId();
  return (
    <div className="rounded-lg border border-slate-300 bg-slate-50 p-4 noscript:hidden print:hidden">
      <h3 className="sr-only">{props.title}</h3>
      <div className="flex flex-col gap-4">
        <div>
          <p id={themesLabelId} className="font-semibold text-slate-900">
            {props.themesLabel}
          </p>
          {/* A form action: React keeps a press made before the section has hydrated and gives
              it then, in a transition that keeps the pre-rendered markup until it can. Once
              hydrated, a click answers at once (urgent), and the results follow deferred. */}
          <form action={(data) => props.onToggleTheme(String(data.get('theme')))}>
            <div role="group" aria-labelledby={themesLabelId} className="mt-2 flex flex-wrap gap-2">
              {props.themes.map((theme) => (
                <button
                  key={theme.id}
                  type="submit"
                  name="theme"
                  value={theme.id}
                  aria-pressed={theme.isSelected}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onToggleTheme(theme.id);
                  }}
                  className={buttonClass}
                >
                  {theme.label}
                  <span
                    aria-hidden="true"
                    className="rounded bg-slate-200 px-1.5 text-sm text-slate-900 tabular-nums"
                  >
                    {theme.count}
                  </span>
                </button>
              ))}
            </div>
          </form>
        </div>
        <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
          <div className="flex min-w-64 flex-1 flex-col gap-1">
            <label htmlFor={searchId} className="font-semibold text-slate-900">
              {props.searchLabel}
            </label>
            <input
              id={searchId}
              type="search"
              value={props.query}
              placeholder={props.searchPlaceholder}
              onChange={(event) => props.onQueryChange(event.target.value)}
              className="min-h-11 rounded-md border border-slate-600 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600"
            />
          </div>
          {/* Not an <input type="checkbox">: a press on one before the section has hydrated
              would tick it without filtering, and only a submit button is kept by React's form
              replay. A button with the checkbox role reads and answers as one (Space, a click on
              its label). */}
          <form
            action={(data) => props.onNewOnlyChange(data.get('newOnly') === 'true')}
            className="flex min-h-11 items-center gap-2"
          >
            <button
              id={newOnlyId}
              type="submit"
              role="checkbox"
              aria-checked={props.isNewOnly}
              name="newOnly"
              value={String(!props.isNewOnly)}
              onClick={(event) => {
                event.preventDefault();
                props.onNewOnlyChange(!props.isNewOnly);
              }}
              className="grid size-5 place-items-center rounded-sm border-2 border-slate-700 bg-white text-white aria-checked:border-blue-900 aria-checked:bg-blue-900"
            >
              {props.isNewOnly ? (
                <svg
                  viewBox="0 0 16 16"
                  aria-hidden="true"
                  className="size-4 fill-none stroke-current stroke-2"
                >
                  <path d="M3 8.5 6.5 12 13 4.5" />
                </svg>
              ) : null}
            </button>
            <label htmlFor={newOnlyId} className="font-medium text-slate-900">
              {props.newOnlyLabel}
            </label>
          </form>
        </div>
      </div>
    </div>
  );
});
