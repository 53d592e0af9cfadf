import { createGoalInput } from "@stride/domain/goals";
import { SIX_BY_800 } from "@stride/domain/training";
import { describe, expect, it } from "vitest";
import { nestErrors } from "~/components/form/nest-errors";
import { blankStep, blankWorkoutRows, workoutRowsFrom } from "~/components/workout/workout-model";
import {
  defaultTarget,
  formPathFor,
  type GoalFormValues,
  planRowsForWeek,
  toCreateInput,
  weeksOfPeriod,
} from "./form-model";

const micro: GoalFormValues = {
  title: "Run 12 miles",
  why: "",
  strategy: "Lay out kit the night before",
  category: "running",
  visibility: "groups",
  periodStart: "2026-03-09",
  periodEnd: "2026-03-15",
  hasTarget: true,
  target: { ...defaultTarget("running", "mi"), value: "12" },
  plan: planRowsForWeek("2026-03-09").map((row, i) =>
    i === 1 || i === 6
      ? { ...row, enabled: true, amount: i === 6 ? "6" : "3", time: i === 1 ? "06:30" : "" }
      : row,
  ),
  paceUnit: "mi",
  checklistText: "",
  split: false,
  weeks: [],
  reason: "",
};

describe("goal form model", () => {
  it("turns the form into an input the API schema accepts", () => {
    const input = createGoalInput.parse(
      toCreateInput(micro, "micro", "3f1a7c52-8a44-4d3e-9d7b-1c2e3f4a5b6c"),
    );
    expect(input.plan).toEqual([
      { day: "2026-03-10", time: "06:30", activityType: "run", amount: 3, note: "", workout: null },
      { day: "2026-03-15", time: null, activityType: "run", amount: 6, note: "", workout: null },
    ]);
    expect(input.target).toMatchObject({ kind: "total", unit: "mi", value: 12, per: "week" });
    expect(input.periodEnd).toBe("2026-03-15");
  });

  it("turns workout rows typed per mile into steps in seconds per km, and back", () => {
    const rows = blankWorkoutRows();
    const workout = {
      ...rows,
      enabled: true,
      sets: [
        {
          count: "6",
          work: {
            ...blankStep("800", "pace"),
            lengthUnit: "m" as const,
            fast: "6:34",
            slow: "6:50",
          },
          hasRecovery: true,
          recovery: blankStep("2"),
        },
      ],
    };
    const values = {
      ...micro,
      plan: micro.plan.map((row, i) => (i === 1 ? { ...row, workout } : row)),
    };
    const input = createGoalInput.parse(toCreateInput(values, "micro", null));
    const steps = input.plan[0]?.workout;
    expect(steps).toEqual(SIX_BY_800);
    expect(workoutRowsFrom(steps ?? null, "mi").sets[0]?.work).toMatchObject({
      amount: "800",
      lengthUnit: "m",
      fast: "6:34",
      slow: "6:50",
    });
    expect(formPathFor("plan.0.workout.sets.0.work.target.slowest", values)).toBe(
      "plan.1.workout.sets.0.work.slow",
    );
    expect(formPathFor("plan.0.workout.warmup.value", values)).toBe("plan.1.workout.warmup.amount");
  });

  it("points an error about the second planned session at the row the person ticked", () => {
    expect(formPathFor("plan.1.time", micro)).toBe("plan.6.time");
    expect(formPathFor("checklist.3", micro)).toBe("checklistText");
    expect(
      formPathFor("target.value", { ...micro, target: { ...micro.target, unit: "time" } }),
    ).toBe("target.time");
  });

  it("reports a typed word where a number belongs against that field", () => {
    const result = createGoalInput.safeParse(
      toCreateInput({ ...micro, target: { ...micro.target, value: "twelve" } }, "micro", null),
    );
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["target.value"]);
  });

  it("lists the weeks of a period, a partial first and last week included", () => {
    expect(weeksOfPeriod("2026-03-02", "2026-04-12", "monday")).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
      "2026-03-30",
      "2026-04-06",
    ]);
    expect(weeksOfPeriod("2026-03-04", "2026-03-20", "monday")).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
    ]);
  });

  it("nests flat error paths for the form", () => {
    expect(
      nestErrors([
        { path: "target.value", message: "Enter a number" },
        { path: "target.value", message: "second" },
      ]),
    ).toEqual({
      target: { value: { type: "validation", message: "Enter a number" } },
    });
  });
});
