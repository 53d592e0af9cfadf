"use client";

import { formatCalendarDate } from "@stride/domain/periods";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

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
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
            <XAxis
              dataKey="label"
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
            />
            <YAxis tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
            <Tooltip
              contentStyle={{
                background: "var(--color-zinc-900)",
                color: "white",
                border: "none",
                borderRadius: 8,
              }}
            />
            <Legend />
            {chart.kind === "weekly" ? (
              <Bar
                dataKey="value"
                name={valueName}
                fill="var(--color-brand-500)"
                radius={[4, 4, 0, 0]}
              />
            ) : (
              <Line
                dataKey="value"
                name={valueName}
                stroke="var(--color-brand-500)"
                strokeWidth={3}
                dot={false}
              />
            )}
            <Line
              dataKey="target"
              name={targetName}
              stroke="#f59e0b"
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              connectNulls
            />
          </ComposedChart>
        </ResponsiveContainer>
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
