"use client";

import dynamic from "next/dynamic";
import type { PlotProps } from "./goal-chart-plot";

// Client-only and on demand: the page and its table render without waiting for Recharts, and the
// box keeps its height meanwhile, so nothing moves when the chart arrives.
const GoalChartPlot = dynamic(() => import("./goal-chart-plot"), { ssr: false });

export function LazyGoalChartPlot(props: PlotProps) {
  return <GoalChartPlot {...props} />;
}
