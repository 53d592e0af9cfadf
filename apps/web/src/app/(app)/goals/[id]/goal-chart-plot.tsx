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
import { chartStyle } from "~/components/chart-style";

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
        <CartesianGrid {...chartStyle.grid} />
        <XAxis dataKey="label" {...chartStyle.axis} />
        <YAxis {...chartStyle.axis} />
        <Tooltip {...chartStyle.tooltip} />
        <Legend />
        {kind === "weekly" ? (
          <Bar
            dataKey="value"
            name={valueName}
            fill="var(--color-brand-500)"
            radius={[4, 4, 0, 0]}
          />
        ) : (
          <Line dataKey="value" name={valueName} {...chartStyle.valueLine} />
        )}
        <Line dataKey="target" name={targetName} {...chartStyle.guideLine} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
