"use client";

import dynamic from "next/dynamic";
import type { LoadPlotProps } from "./load-plot";

// Client-only and on demand, like the goal chart: the table renders without waiting for Recharts.
const LoadPlot = dynamic(() => import("./load-plot"), { ssr: false });

export function LazyLoadPlot(props: LoadPlotProps) {
  return <LoadPlot {...props} />;
}
