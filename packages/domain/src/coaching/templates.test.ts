import { describe, expect, it } from "vitest";
import { createGoalInput } from "../goals/schemas";
import type { TargetInput } from "../goals/targets";
import { makeTarget } from "../goals/targets";
import {
  DEFAULT_THRESHOLDS,
  proposeInput,
  type TemplateFields,
  type TemplateWeek,
  templateFields,
  triageThresholds,
} from "./schemas";
import { expandTemplate, planStartFor, templateRampWarnings } from "./templates";

const ATHLETE = "3f1c2b7e-8a4d-4c2e-9b1a-2d3e4f5a6b7c";
const GOAL = "6d2e8f10-4b3a-4c5d-8e7f-9a0b1c2d3e4f";

const distance = (overrides: Partial<TargetInput> = {}): TargetInput =>
  makeTarget({
    unit: "mi",
    value: 40,
    per: "period",
    ...overrides,
  });

const week = (title: string, value: number | null, sessions: TemplateWeek["sessions"] = []) => ({
  title,
  value,
  strategy: `${title} strategy`,
  sessions,
});

const template = (overrides: Partial<TemplateFields> = {}): TemplateFields => ({
  name: "Base block",
  description: "Three weeks of easy building",
  title: "Build to 12 mi a week",
  why: "A stronger base for the spring",
  category: "running",
  visibility: "coach",
  target: distance({ baseline: 10 }),
  weeks: [
    week("Week one", 11, [
      { dayOffset: 0, time: "06:30", activityType: "run", amount: 4, note: "Easy" },
      { dayOffset: 5, time: null, activityType: "run", amount: 7, note: "Long" },
    ]),
    week("Week two", 12, [
      { dayOffset: 2, time: null, activityType: "strength", amount: null, note: "" },
    ]),
    week("Week three", null),
  ],
  ...overrides,
});

/** Only the parts the ramp warnings look at. */
const ramp = (values: (number | null)[], target: TargetInput | null = distance()) => ({
  target,
  weeks: values.map((value, index) => week(`Week ${index + 1}`, value)),
});

describe("planStartFor", () => {
  it("keeps a date that is already a week start", () => {
    expect(planStartFor("2026-11-23", "monday")).toBe("2026-11-23");
    expect(planStartFor("2026-11-22", "sunday")).toBe("2026-11-22");
  });

  it("moves any other date to the next week start", () => {
    // Wednesday 25 November 2026.
    expect(planStartFor("2026-11-25", "monday")).toBe("2026-11-30");
    expect(planStartFor("2026-11-25", "sunday")).toBe("2026-11-29");
    // The day before a week start moves one day, never back.
    expect(planStartFor("2026-11-29", "monday")).toBe("2026-11-30");
  });
});

describe("expandTemplate", () => {
  const input = { startDate: "2026-11-25", weekStart: "monday" as const, parentId: GOAL };

  it("spans the meso goal over all the weeks from the first week start", () => {
    const { meso } = expandTemplate(template(), input);
    expect(meso).toEqual({
      level: "meso",
      parentId: GOAL,
      title: "Build to 12 mi a week",
      why: "A stronger base for the spring",
      strategy: "",
      category: "running",
      visibility: "coach",
      periodStart: "2026-11-30",
      // Three weeks = 21 days: 30 November to 20 December.
      periodEnd: "2026-12-20",
      target: distance({ baseline: 10 }),
      plan: [],
      checklist: [],
      weeks: [],
    });
  });

  it("makes one micro goal per consecutive week, without a parent", () => {
    const { micros } = expandTemplate(template(), input);
    expect(micros.map((m) => [m.periodStart, m.periodEnd])).toEqual([
      ["2026-11-30", "2026-12-06"],
      ["2026-12-07", "2026-12-13"],
      ["2026-12-14", "2026-12-20"],
    ]);
    for (const micro of micros) {
      expect(micro).toMatchObject({
        level: "micro",
        parentId: null,
        why: "",
        category: "running",
        visibility: "coach",
        checklist: [],
        weeks: [],
      });
    }
    expect(micros.map((m) => [m.title, m.strategy])).toEqual([
      ["Week one", "Week one strategy"],
      ["Week two", "Week two strategy"],
      ["Week three", "Week three strategy"],
    ]);
  });

  it("puts each session on its week start plus its day offset", () => {
    const { micros } = expandTemplate(template(), input);
    expect(micros[0]?.plan).toEqual([
      {
        day: "2026-11-30",
        time: "06:30",
        activityType: "run",
        amount: 4,
        note: "Easy",
        workout: null,
      },
      {
        day: "2026-12-05",
        time: null,
        activityType: "run",
        amount: 7,
        note: "Long",
        workout: null,
      },
    ]);
    expect(micros[1]?.plan).toEqual([
      {
        day: "2026-12-09",
        time: null,
        activityType: "strength",
        amount: null,
        note: "",
        workout: null,
      },
    ]);
    expect(micros[2]?.plan).toEqual([]);
  });

  it("gives each week the template's target per week at its amount, without a baseline", () => {
    const { micros } = expandTemplate(template(), input);
    expect(micros[0]?.target).toEqual(distance({ per: "week", value: 11, baseline: null }));
    expect(micros[1]?.target).toEqual(distance({ per: "week", value: 12, baseline: null }));
    // A week without an amount has no target.
    expect(micros[2]?.target).toBeNull();
  });

  it("gives no week a target when the template has none", () => {
    const { meso, micros } = expandTemplate(template({ target: null }), input);
    expect(meso.target).toBeNull();
    expect(micros.map((m) => m.target)).toEqual([null, null, null]);
  });

  it("starts on the chosen date when it is a week start, and follows Sunday weeks", () => {
    const monday = expandTemplate(template(), { ...input, startDate: "2026-11-23" });
    expect([monday.meso.periodStart, monday.meso.periodEnd]).toEqual(["2026-11-23", "2026-12-13"]);
    const sunday = expandTemplate(template(), { ...input, weekStart: "sunday", parentId: null });
    expect([sunday.meso.periodStart, sunday.meso.periodEnd]).toEqual(["2026-11-29", "2026-12-19"]);
    expect(sunday.meso.parentId).toBeNull();
    expect(sunday.micros[0]?.plan.map((s) => s.day)).toEqual(["2026-11-29", "2026-12-04"]);
  });

  it("produces goals that pass goal validation", () => {
    const { meso, micros } = expandTemplate(template(), input);
    for (const goal of [meso, ...micros]) {
      expect(createGoalInput.safeParse(goal).success).toBe(true);
    }
  });
});

describe("templateRampWarnings", () => {
  it("accepts a 10% rise", () => {
    expect(templateRampWarnings(ramp([10, 11]), 10)).toEqual([]);
  });

  it("flags a week more than the limit above the week before, by week number", () => {
    expect(templateRampWarnings(ramp([10, 12]), 10)).toEqual([
      { week: 2, message: "Week 2 (12 mi) is 20% more than 10 mi, above the 10% ramp limit." },
    ]);
  });

  it("compares with the larger of the two weeks before, so a lighter week does not reset", () => {
    // 12 is 33% above the lighter 9 but only 9% above the 11 before it.
    expect(templateRampWarnings(ramp([10, 11, 9, 12]), 10)).toEqual([]);
  });

  it("uses the baseline as the week before the plan", () => {
    const target = distance({ baseline: 10 });
    expect(templateRampWarnings(ramp([12, 13], target), 10)).toEqual([
      { week: 1, message: "Week 1 (12 mi) is 20% more than 10 mi, above the 10% ramp limit." },
    ]);
    expect(templateRampWarnings(ramp([11, 12], target), 10)).toEqual([]);
  });

  it("follows the limit and the target's unit", () => {
    const km = distance({ unit: "km" });
    expect(templateRampWarnings(ramp([10, 12], km), 20)).toEqual([]);
    expect(templateRampWarnings(ramp([10, 12.5], km), 20)).toEqual([
      {
        week: 2,
        message: "Week 2 (12.5 km) is 25% more than 10 km, above the 20% ramp limit.",
      },
    ]);
  });

  it("gives no warnings for targets that are not distances", () => {
    const sessions = distance({ kind: "sessions", unit: "sessions", per: "week" });
    expect(templateRampWarnings(ramp([2, 5], sessions), 10)).toEqual([]);
    const minutes = distance({ unit: "min" });
    expect(templateRampWarnings(ramp([60, 120], minutes), 10)).toEqual([]);
    expect(templateRampWarnings(ramp([10, 20], null), 10)).toEqual([]);
  });
});

describe("triageThresholds", () => {
  it("accepts the defaults", () => {
    expect(triageThresholds.parse(DEFAULT_THRESHOLDS)).toEqual(DEFAULT_THRESHOLDS);
  });

  it("says what is wrong with a value out of range", () => {
    const tooSteep = triageThresholds.safeParse({ ...DEFAULT_THRESHOLDS, rampLimitPercent: 60 });
    expect(tooSteep.success).toBe(false);
    expect(tooSteep.error?.issues[0]?.message).toBe("Use at most 50%");
    expect(tooSteep.error?.issues[0]?.path).toEqual(["rampLimitPercent"]);

    const wellbeing = triageThresholds.safeParse({
      ...DEFAULT_THRESHOLDS,
      lowWellbeingAtOrBelow: 5,
    });
    expect(wellbeing.error?.issues[0]?.message).toBe("Use 1 to 4");

    const fraction = triageThresholds.safeParse({
      ...DEFAULT_THRESHOLDS,
      mesoEndingWithinDays: 2.5,
    });
    expect(fraction.error?.issues[0]?.message).toBe("Use a whole number");

    const text = triageThresholds.safeParse({ ...DEFAULT_THRESHOLDS, adherenceDropPoints: "20" });
    expect(text.error?.issues[0]?.message).toBe("Enter a number");
  });
});

describe("proposeInput", () => {
  it("accepts a proposed change to an existing goal", () => {
    const result = proposeInput.safeParse({
      kind: "change",
      athleteId: ATHLETE,
      goalId: GOAL,
      note: "  Let's aim a little lower  ",
      changes: { title: "Build to 11 mi a week", periodEnd: "2026-12-13" },
    });
    expect(result.success).toBe(true);
    expect(result.data?.note).toBe("Let's aim a little lower");
  });

  it("accepts a proposed new goal", () => {
    const { meso } = expandTemplate(template(), {
      startDate: "2026-11-30",
      weekStart: "monday",
      parentId: null,
    });
    const result = proposeInput.safeParse({
      kind: "goal",
      athleteId: ATHLETE,
      note: "",
      goal: meso,
    });
    expect(result.success).toBe(true);
  });

  it("asks for at least one change", () => {
    const result = proposeInput.safeParse({
      kind: "change",
      athleteId: ATHLETE,
      goalId: GOAL,
      note: "",
      changes: {},
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Propose at least one change");
  });

  it("rejects an athlete id that is not a uuid", () => {
    const result = proposeInput.safeParse({
      kind: "change",
      athleteId: "athlete-1",
      goalId: GOAL,
      note: "",
      changes: { title: "Shorter" },
    });
    expect(result.error?.issues[0]?.message).toBe("That athlete id is not valid");
  });
});

describe("templateFields", () => {
  it("accepts a complete template", () => {
    const result = templateFields.safeParse(template());
    expect(result.success).toBe(true);
  });

  it("needs at least 2 and at most 6 weeks", () => {
    const one = templateFields.safeParse(template({ weeks: [week("Only", 10)] }));
    expect(one.success).toBe(false);
    expect(one.error?.issues[0]?.message).toBe("A meso block lasts at least 2 weeks");
    const seven = templateFields.safeParse(
      template({ weeks: Array.from({ length: 7 }, (_, i) => week(`Week ${i + 1}`, 10)) }),
    );
    expect(seven.error?.issues[0]?.message).toBe("A meso block lasts at most 6 weeks");
  });

  it("says what is wrong with a week or a session", () => {
    const zero = templateFields.safeParse(template({ weeks: [week("One", 10), week("Two", 0)] }));
    expect(zero.error?.issues[0]?.message).toBe("Each week needs an amount above zero");
    expect(zero.error?.issues[0]?.path).toEqual(["weeks", 1, "value"]);

    const badDay = templateFields.safeParse(
      template({
        weeks: [
          week("One", 10, [
            { dayOffset: 7, time: null, activityType: "run", amount: null, note: "" },
          ]),
          week("Two", 11),
        ],
      }),
    );
    expect(badDay.error?.issues[0]?.message).toBe("Pick a day of the week");

    const untitled = templateFields.safeParse(template({ name: "   " }));
    expect(untitled.error?.issues[0]?.message).toBe("Name the template");
  });
});
