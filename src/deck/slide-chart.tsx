import type { SlideBlock } from './slide-types';

type ChartBlock = Extract<SlideBlock, { kind: 'chart' }>;

/**
 * The areas by theme as horizontal stacked bars, drawn in HTML so that the bars and their labels
 * scale with the stage, print as they show, and need no chart library in the deck. A table, for
 * screen readers only, gives the same numbers.
 */
export function SlideChart({ block }: { block: ChartBlock }) {
  const totals = block.categories.map((_, index) =>
    block.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
  );
  const max = Math.max(1, ...totals);
  return (
    <figure className="flex min-h-0 min-w-0 flex-1 flex-col gap-[2cqh]">
      <figcaption className="text-(length:--deck-label) text-[#334155]">{block.caption}</figcaption>
      <ul
        aria-hidden="true"
        className="flex flex-wrap gap-x-[3cqw] gap-y-[1cqh] text-(length:--deck-label)"
      >
        {block.series.map((series) => (
          <li key={series.name} className="flex items-center gap-[1cqw]">
            <span
              className="inline-block size-[3cqh] rounded-[0.4cqh]"
              style={{ backgroundColor: series.color }}
            />
            {series.name}
          </li>
        ))}
      </ul>
      <ul aria-hidden="true" className="flex min-h-0 flex-1 flex-col justify-around gap-[1.2cqh]">
        {block.categories.map((category, index) => (
          <li key={category} className="grid grid-cols-[minmax(0,32%)_1fr] items-center gap-[2cqw]">
            <span className="text-end text-(length:--deck-label) leading-[1.15]">{category}</span>
            <span className="flex h-[6cqh] items-stretch">
              {block.series.map((series) => {
                const value = series.values[index] ?? 0;
                if (value === 0) return null;
                return (
                  <span
                    key={series.name}
                    className="flex items-center justify-end border-e-[0.3cqh] border-[#ffffff] pe-[0.8cqw] text-(length:--deck-label) font-bold text-[#ffffff]"
                    style={{ width: `${(value / max) * 100}%`, backgroundColor: series.color }}
                  >
                    {value}
                  </span>
                );
              })}
            </span>
          </li>
        ))}
      </ul>
      <table className="sr-only">
        <thead>
          <tr>
            <td />
            {block.series.map((series) => (
              <th key={series.name} scope="col">
                {series.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.categories.map((category, index) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {block.series.map((series) => (
                <td key={series.name}>{series.values[index] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
