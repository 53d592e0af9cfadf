"use client";

import { Bar, Line, XAxis, YAxis } from "recharts";
import { chartStyle } from "~/components/chart-style";
import { PlotFrame } from "~/components/plot-frame";

export type PlotProps = {
  kind: "weekly" | "cumulative";
  data: { label: string; value: number; target: number | null }[];
  valueName: string;
  targetName: string;
};

/** The drawing itself (Recharts, the heaviest library in the app), loaded after the page shows. */
export default function GoalChartPlot({ kind, data, valueName, targetName }: PlotProps) {
  return (
    <PlotFrame
      data={data}
      right={8}
      axes={
        <>
          <XAxis dataKey="label" {...chartStyle.axis} />
          <YAxis {...chartStyle.axis} />
        </>
      }
    >
      {kind === "weekly" ? (
        <Bar dataKey="value" name={valueName} fill="var(--color-brand-500)" radius={[4, 4, 0, 0]} />
      ) : (
        <Line dataKey="value" name={valueName} {...chartStyle.valueLine} />
      )}
      <Line dataKey="target" name={targetName} {...chartStyle.guideLine} />
    </PlotFrame>
  );
}
