import type { ReactNode } from "react";

type Row = { key: string; cells: ReactNode[] };

/**
 * A small table of the numbers behind a chart: what screen readers get instead of the drawing
 * (the caption is for them), and anyone who opens it.
 */
export function NumberTable({
  caption,
  columns,
  rows,
  className = "mt-2",
}: {
  caption: ReactNode;
  columns: ReactNode[];
  rows: Row[];
  /** Its space above. */
  className?: string;
}) {
  return (
    <table className={`${className} w-full text-left text-sm`}>
      <caption className="sr-only">{caption}</caption>
      <thead className="text-zinc-600 dark:text-zinc-400">
        <tr>
          {columns.map((column, index) => (
            <th key={index} className="py-1 font-medium">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-zinc-200 dark:border-zinc-800">
            {row.cells.map((cell, index) => (
              <td key={index} className="py-1">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The table folded away under "Show the numbers as a table", below a chart. */
export function ChartNumbers(props: Parameters<typeof NumberTable>[0]) {
  return (
    <details>
      <summary className="cursor-pointer py-3 text-sm font-medium">
        Show the numbers as a table
      </summary>
      <NumberTable {...props} />
    </details>
  );
}
