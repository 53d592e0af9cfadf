"use client";

import type { ReactNode } from "react";
import { CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip } from "recharts";
import { chartStyle } from "./chart-style";

/**
 * What every plot draws around its own series (Recharts, loaded on its own after the page shows):
 * the full size of its box, the grid, the plot's `axes`, the tooltip and the legend. Plots are
 * hidden from screen readers, which get the table beside them, so the chart's own keyboard layer
 * is off: nothing focusable hides inside it.
 */
export function PlotFrame({
  data,
  right,
  axes,
  children,
}: {
  data: object[];
  /** The room on the right: none when a second axis stands there. */
  right: number;
  axes: ReactNode;
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={data}
        margin={{ top: 8, right, bottom: 0, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...chartStyle.grid} />
        {axes}
        <Tooltip {...chartStyle.tooltip} />
        <Legend />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
