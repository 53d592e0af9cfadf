import { describe, expect, it } from "vitest";
import { toStoredTarget } from "../goals/targets";
import { toStored } from "../units";
import { cumulativeSeries, weeklySeries } from "./series";
import type { DayTotals } from "./types";

const run = (date: string, miles: number): DayTotals => ({
  date,
  type: "run",
  count: 1,
  distance: toStored(miles, "mi"),
  duration: 0,
  elevation: 0,
  longest: toStored(miles, "mi"),
  bestPace: {},
});

const weekly = toStoredTarget({
  kind: "total",
  unit: "mi",
  value: 15,
  baseline: 10,
  per: "week",
  activityTypes: ["run"],
  label: null,
  eventDistanceMetres: null,
});

describe("series", () => {
  const input = {
    target: weekly,
    period: { start: "2026-11-09", end: "2026-12-20" },
    days: [run("2026-11-10", 11), run("2026-11-18", 12), run("2026-11-24", 4)],
    habits: [],
    weekStart: "monday" as const,
    today: "2026-11-26",
    distanceUnit: "mi" as const,
  };

  it("plots each week so far against its planned amount", () => {
    const planned = new Map([["2026-11-16", toStored(12.1, "mi")]]);
    expect(weeklySeries({ ...input, plannedByWeek: planned })).toEqual([
      { weekStart: "2026-11-09", value: 11, target: 15 },
      { weekStart: "2026-11-16", value: 12, target: 12.1 },
      { weekStart: "2026-11-23", value: 4, target: 15 },
    ]);
  });

  it("accumulates a period total against the steady line", () => {
    const yearly = { ...weekly, per: "period" as const, value: toStored(60, "mi") };
    const points = cumulativeSeries({ ...input, target: yearly });
    expect(points.map((p) => p.value)).toEqual([11, 23, 27]);
    expect(points[0]?.target).toBe(10);
  });
});
