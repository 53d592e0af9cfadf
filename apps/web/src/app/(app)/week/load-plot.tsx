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

export type LoadPlotProps = {
  data: { label: string; load: number; acute: number; chronic: number; ratio: number | null }[];
};

/**
 * Daily load as bars, the 7-day and 28-day averages as lines, the ratio on its own axis. Hidden
 * from screen readers, which get the table beside it; the chart's keyboard layer is off.
 */
export default function LoadPlot({ data }: LoadPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={data}
        margin={{ top: 8, right: 0, bottom: 0, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
        <XAxis
          dataKey="label"
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
          interval={6}
        />
        <YAxis yAxisId="load" tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
        <YAxis
          yAxisId="ratio"
          orientation="right"
          domain={[0, 2]}
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
        />
        <Tooltip
          contentStyle={{
            background: "var(--color-zinc-900)",
            color: "white",
            border: "none",
            borderRadius: 8,
          }}
        />
        <Legend />
        <Bar
          yAxisId="load"
          dataKey="load"
          name="Day's load"
          fill="var(--color-brand-500)"
          fillOpacity={0.5}
        />
        <Line
          yAxisId="load"
          dataKey="acute"
          name="Acute (7 days)"
          stroke="var(--color-brand-500)"
          strokeWidth={3}
          dot={false}
        />
        <Line
          yAxisId="load"
          dataKey="chronic"
          name="Chronic (28 days)"
          stroke="#71717a"
          strokeWidth={2}
          dot={false}
        />
        <Line
          yAxisId="ratio"
          dataKey="ratio"
          name="Ratio"
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
