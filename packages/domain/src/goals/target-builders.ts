import type { TargetInput, TargetPer } from "./targets";

/**
 * A target as the form sends it, from what differs from the plainest one: so many km of running
 * each week, with no starting point, label or race distance.
 */
export function makeTarget(fields: Partial<TargetInput> = {}): TargetInput {
  return {
    kind: "total",
    unit: "km",
    value: null,
    baseline: null,
    per: "week",
    activityTypes: ["run"],
    label: null,
    eventDistanceMetres: null,
    ...fields,
  };
}

/** So many km or miles of running, each week unless `per` says otherwise. */
export function runningTotal(fields: {
  unit: "km" | "mi";
  value: number | null;
  baseline?: number | null;
  per?: TargetPer;
}): TargetInput {
  const { unit, value, baseline = null, per = "week" } = fields;
  return makeTarget({ unit, value, baseline, per });
}

/** A race time to beat by the goal's end: `seconds` over `metres` of running. */
export function raceTime(seconds: number, metres: number): TargetInput {
  return makeTarget({
    kind: "best_performance",
    unit: "time",
    value: seconds,
    per: "period",
    eventDistanceMetres: metres,
  });
}
