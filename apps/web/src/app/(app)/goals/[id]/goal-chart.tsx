import { formatCalendarDate } from "@stride/domain/periods";
import { ChartNumbers } from "~/components/number-table";
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
      <ChartNumbers
        caption={chart.kind === "weekly" ? "Weekly amounts" : "Running total by week"}
        columns={["Week of", valueName, targetName]}
        rows={data.map((point) => ({
          key: point.weekStart,
          cells: [point.label, point.value, point.target ?? "—"],
        }))}
      />
    </div>
  );
}
