"use client";

import { Bar, Line, XAxis, YAxis } from "recharts";
import { chartStyle } from "~/components/chart-style";
import { PlotFrame } from "~/components/plot-frame";

export type LoadPlotProps = {
  data: { label: string; load: number; acute: number; chronic: number; ratio: number | null }[];
};

/** Daily load as bars, the 7-day and 28-day averages as lines, the ratio on its own axis. */
export default function LoadPlot({ data }: LoadPlotProps) {
  return (
    <PlotFrame
      data={data}
      right={0}
      axes={
        <>
          <XAxis dataKey="label" {...chartStyle.axis} interval={6} />
          <YAxis yAxisId="load" {...chartStyle.axis} />
          <YAxis yAxisId="ratio" orientation="right" domain={[0, 2]} {...chartStyle.axis} />
        </>
      }
    >
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
    </PlotFrame>
  );
}
