import type { TargetInput } from "@stride/domain/goals";

/** A target of so many km or miles of running, the kind most seeded goals have. */
export function runningTotal(input: {
  unit: "km" | "mi";
  value: number;
  baseline: number | null;
  per: TargetInput["per"];
}): TargetInput {
  return {
    kind: "total",
    ...input,
    activityTypes: ["run"],
    label: null,
    eventDistanceMetres: null,
  };
}
