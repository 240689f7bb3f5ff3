import { memo } from 'react';

export interface ChartTableProps {
  summary: string;
  caption: string;
  headers: {
    theme: string;
    continuing: string;
    isNew: string;
    unknown: string | null;
    total: string;
  };
  rows: {
    themeId: string;
    label: string;
    filterLabel: string;
    continuingCount: number;
    newCount: number;
    unknownCount: number;
    total: number;
    isSelected: boolean;
  }[];
  formatNumber: (value: number) => string;
  onToggleTheme: (themeId: string) => void;
}

/**
 * The chart's data as a table: the alternative for screen readers and keyboard users. Redrawn only
 * when its props change.
 */
export const ChartTable = memo(function ChartTable({
  summary,
  caption,
  headers,
  rows,
  formatNumber,
  onToggleTheme,
}: ChartTableProps) {
  return (
    <details data-chart-table="" className="mt-3 rounded-md border border-slate-300 bg-white">
      <summary className="min-h-11 cursor-pointer px-4 py-2 font-medium text-slate-900">
        {summary}
      </summary>
      {/* A form action: React keeps a press made before the section has hydrated (AreaFilters). */}
      <form
        action={(data) => onToggleTheme(String(data.get('theme')))}
        className="overflow-x-auto px-4 pb-4 print:px-0 print:pb-0"
      >
        <table className="w-full border-collapse text-start">
          <caption className="py-2 text-start text-sm text-slate-700 print:hidden">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pe-4">
                {headers.theme}
              </th>
              <th scope="col" className="py-2 pe-4 text-end">
                {headers.continuing}
              </th>
              <th scope="col" className="py-2 pe-4 text-end">
                {headers.isNew}
              </th>
              {headers.unknown ? (
                <th scope="col" className="py-2 pe-4 text-end">
                  {headers.unknown}
                </th>
              ) : null}
              <th scope="col" className="py-2 text-end">
                {headers.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.themeId} className="border-b border-slate-200">
                <th scope="row" className="py-1 pe-4 font-normal">
                  <button
                    type="submit"
                    name="theme"
                    value={row.themeId}
                    aria-pressed={row.isSelected}
                    aria-label={row.filterLabel}
                    onClick={(event) => {
                      event.preventDefault();
                      onToggleTheme(row.themeId);
                    }}
                    className="min-h-11 rounded px-1 text-start underline decoration-1 underline-offset-2 aria-pressed:font-bold"
                  >
                    {row.label}
                  </button>
                </th>
                <td className="py-1 pe-4 text-end tabular-nums">
                  {formatNumber(row.continuingCount)}
                </td>
                <td className="py-1 pe-4 text-end tabular-nums">{formatNumber(row.newCount)}</td>
                {headers.unknown ? (
                  <td className="py-1 pe-4 text-end tabular-nums">
                    {formatNumber(row.unknownCount)}
                  </td>
                ) : null}
                <td className="py-1 text-end font-semibold tabular-nums">
                  {formatNumber(row.total)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </form>
    </details>
  );
});
