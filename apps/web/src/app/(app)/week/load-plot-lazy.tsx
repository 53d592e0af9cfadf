"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { LoadPlotProps } from "./load-plot";

// Client-only, and fetched once the card scrolls near the screen: the load chart sits at the foot
// of /week, and Recharts (about 120 kB) should not weigh on a page most people read from the top
// (e2e/page-budgets.spec.ts). The box keeps its height meanwhile, so nothing moves.
const LoadPlot = dynamic(() => import("./load-plot"), { ssr: false });

export function LazyLoadPlot(props: LoadPlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} className="h-full">
      {near ? <LoadPlot {...props} /> : null}
    </div>
  );
}
