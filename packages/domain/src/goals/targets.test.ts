import { describe, expect, it } from "vitest";
import {
  describeTarget,
  makeTarget,
  type TargetInput,
  targetInput,
  toStoredTarget,
  toTargetInput,
} from "./targets";

const weeklyMiles: TargetInput = makeTarget({
  unit: "mi",
  value: 15,
  baseline: 10,
});

/** A half marathon under 1:55:00. */
const halfMarathon = makeTarget({
  kind: "best_performance",
  unit: "time",
  value: 6900,
  per: "period",
  eventDistanceMetres: 21097.5,
});
/** 10 of the 50 states. */
const fiftyStates = makeTarget({
  kind: "checklist",
  unit: "items",
  value: 10,
  per: "period",
  label: "states",
});

const pathsOf = (input: unknown) =>
  (targetInput.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join("."));

describe("targetInput", () => {
  it("accepts one target of every kind", () => {
    const valid: TargetInput[] = [
      weeklyMiles,
      {
        ...weeklyMiles,
        unit: "count",
        label: "veggie servings",
        per: "day",
        value: 2,
        baseline: 0,
        activityTypes: [],
      },
      {
        ...weeklyMiles,
        kind: "sessions",
        unit: "sessions",
        value: 2,
        baseline: null,
        activityTypes: ["strength"],
      },
      { ...weeklyMiles, kind: "habit_days", unit: "days", value: 3, baseline: null },
      { ...weeklyMiles, kind: "milestone", unit: "mi", value: 13.1, baseline: null, per: "period" },
      halfMarathon,
      fiftyStates,
    ];
    for (const target of valid) expect(pathsOf(target)).toEqual([]);
  });

  it("refuses a unit or span that does not fit the kind, naming the field", () => {
    expect(pathsOf({ ...weeklyMiles, kind: "sessions" })).toContain("unit");
    expect(
      pathsOf({ ...weeklyMiles, kind: "best_performance", unit: "time", per: "week" }),
    ).toEqual(expect.arrayContaining(["per", "eventDistanceMetres"]));
  });

  it("refuses impossible amounts", () => {
    expect(pathsOf({ ...weeklyMiles, value: -3 })).toEqual(["value"]);
    expect(
      pathsOf({ ...weeklyMiles, kind: "habit_days", unit: "days", value: 8, baseline: null }),
    ).toEqual(["value"]);
    expect(pathsOf({ ...weeklyMiles, kind: "sessions", unit: "sessions", value: 2.5 })).toEqual([
      "value",
    ]);
    expect(pathsOf({ ...weeklyMiles, per: "day", value: 5000 })).toEqual(["value"]);
  });

  it("needs a label for counts and activities for distances", () => {
    expect(pathsOf({ ...weeklyMiles, unit: "count", activityTypes: [] })).toEqual(["label"]);
    expect(pathsOf({ ...weeklyMiles, activityTypes: [] })).toEqual(["activityTypes"]);
  });
});

describe("stored targets", () => {
  it("stores distances in metres and reads them back in the athlete's unit", () => {
    const stored = toStoredTarget(weeklyMiles);
    expect(stored.value).toBeCloseTo(24140.16);
    expect(stored.baseline).toBeCloseTo(16093.44);
    expect(toTargetInput(stored)).toEqual(weeklyMiles);
  });

  it("describes each kind in words", () => {
    expect(describeTarget(toStoredTarget(weeklyMiles))).toBe("15 mi each week (from 10 mi)");
    expect(describeTarget(toStoredTarget(halfMarathon))).toBe("Half marathon under 1:55:00");
    expect(describeTarget(toStoredTarget(fiftyStates), 50)).toBe("10 of 50 states");
    expect(describeTarget(null)).toBe("No target yet");
  });
});
