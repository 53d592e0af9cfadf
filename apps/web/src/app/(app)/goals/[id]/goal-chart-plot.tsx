"use client";

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

export type PlotProps = {
  kind: "weekly" | "cumulative";
  data: { label: string; value: number; target: number | null }[];
  valueName: string;
  targetName: string;
};

/**
 * The drawing itself (Recharts, the heaviest library in the app), loaded on its own after the page
 * shows. Its container is hidden from screen readers, which get the table, so the chart's own
 * keyboard layer is off: nothing focusable hides inside it.
 */
export default function GoalChartPlot({ kind, data, valueName, targetName }: PlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        accessibilityLayer={false}
      >
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
        {kind === "weekly" ? (
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
  );
}
