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
        <CartesianGrid {...chartStyle.grid} />
        <XAxis dataKey="label" {...chartStyle.axis} interval={6} />
        <YAxis yAxisId="load" {...chartStyle.axis} />
        <YAxis yAxisId="ratio" orientation="right" domain={[0, 2]} {...chartStyle.axis} />
        <Tooltip {...chartStyle.tooltip} />
        <Legend />
        <Bar
          yAxisId="load"
          dataKey="load"
          name="Day's load"
          fill="var(--color-brand-500)"
          fillOpacity={0.5}
        />
        <Line yAxisId="load" dataKey="acute" name="Acute (7 days)" {...chartStyle.valueLine} />
        <Line
          yAxisId="load"
          dataKey="chronic"
          name="Chronic (28 days)"
          stroke="#71717a"
          strokeWidth={2}
          dot={false}
        />
        <Line yAxisId="ratio" dataKey="ratio" name="Ratio" {...chartStyle.guideLine} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
