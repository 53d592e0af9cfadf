import { formatCalendarDate } from "@stride/domain/periods";
import { LazyGoalChartPlot } from "./goal-chart-lazy";

type Point = { weekStart: string; value: number; target: number | null };
export type GoalChartData = { kind: "weekly" | "cumulative"; unit: string; points: Point[] };

/**
 * Weekly volume against the target and the ramp, or the running total against the steady line.
 * The chart is hidden from screen readers, which get the same numbers as a table.
 */
export function GoalChart({ chart }: { chart: GoalChartData }) {
  const data = chart.points.map((p) => ({ ...p, label: formatCalendarDate(p.weekStart, "d MMM") }));
  const valueName =
    chart.kind === "weekly" ? `Done (${chart.unit})` : `Total so far (${chart.unit})`;
  const targetName =
    chart.kind === "weekly" ? `Planned (${chart.unit})` : `Steady pace to target (${chart.unit})`;
  if (data.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The chart starts with the first week.
      </p>
    );
  return (
    <div className="space-y-3">
      <div aria-hidden="true" className="h-64 text-zinc-600 dark:text-zinc-400">
        <LazyGoalChartPlot
          kind={chart.kind}
          data={data}
          valueName={valueName}
          targetName={targetName}
        />
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">
          Show the numbers as a table
        </summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">
            {chart.kind === "weekly" ? "Weekly amounts" : "Running total by week"}
          </caption>
          <thead className="text-zinc-600 dark:text-zinc-400">
            <tr>
              <th className="py-1 font-medium">Week of</th>
              <th className="py-1 font-medium">{valueName}</th>
              <th className="py-1 font-medium">{targetName}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.weekStart} className="border-t border-zinc-200 dark:border-zinc-800">
                <td className="py-1">{point.label}</td>
                <td className="py-1">{point.value}</td>
                <td className="py-1">{point.target ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
