import { describe, expect, it } from "vitest";
import { toStored } from "../units";
import { checkGoalQuality, type GoalForQuality } from "./quality";
import { makeTarget, toStoredTarget } from "./targets";

const miles = (n: number) => toStored(n, "mi");

const weekly = toStoredTarget(
  makeTarget({
    unit: "mi",
    value: 12,
  }),
);

const micro: GoalForQuality = {
  level: "micro",
  parentId: "meso-1",
  why: "",
  period: { start: "2026-03-09", end: "2026-03-15" },
  target: weekly,
  plannedSessionCount: 3,
  checklistItemCount: 0,
};

const codes = (goal: GoalForQuality, context = {}) =>
  checkGoalQuality(goal, context).map((w) => w.code);

describe("checkGoalQuality", () => {
  it("finds nothing wrong with a specific, measurable, aligned micro goal", () => {
    expect(codes(micro)).toEqual([]);
  });

  it("flags a goal with no target or no amount as not measurable", () => {
    expect(codes({ ...micro, target: null })).toEqual(["not_measurable"]);
    expect(codes({ ...micro, target: { ...weekly, value: null } })).toEqual(["not_measurable"]);
    expect(codes({ ...micro, target: { ...weekly, kind: "checklist", unit: "items" } })).toEqual([
      "not_measurable",
    ]);
  });

  it("flags a micro goal with no planned days as not specific", () => {
    const [warning] = checkGoalQuality({ ...micro, plannedSessionCount: 0 });
    expect(warning?.code).toBe("not_specific");
    expect(warning?.fix).toMatch(/days/);
  });

  it("flags a week more than 10% above the last one as not realistic", () => {
    const context = {
      weekDistance: miles(18),
      previousWeekDistance: miles(15),
      distanceUnit: "mi" as const,
    };
    const [warning] = checkGoalQuality(micro, context);
    expect(warning?.code).toBe("not_realistic");
    expect(warning?.message).toBe(
      "This week's planned 18 mi is 20% more than your last full week's 15 mi; the ramp limit is 10%.",
    );
    expect(codes(micro, { ...context, weekDistance: miles(16.5) })).toEqual([]);
    expect(codes(micro, { ...context, rampLimit: 0.25 })).toEqual([]);
    expect(codes(micro, { weekDistance: miles(18), previousWeekDistance: null })).toEqual([]);
  });

  it("flags meso blocks outside 2–6 weeks and builds too steep for the block", () => {
    const meso: GoalForQuality = {
      ...micro,
      level: "meso",
      parentId: "macro-1",
      period: { start: "2026-03-02", end: "2026-03-29" },
      target: { ...weekly, value: miles(15), baseline: miles(10) },
      plannedSessionCount: 0,
    };
    const steep = checkGoalQuality(meso);
    expect(steep.map((w) => w.code)).toEqual(["not_realistic"]);
    expect(steep[0]?.message).toMatch(/takes 5 weeks of building at 10% a week; this block has 3/);
    expect(codes({ ...meso, period: { start: "2026-03-02", end: "2026-04-12" } })).toEqual([]);
    expect(
      codes({ ...meso, target: weekly, period: { start: "2026-03-02", end: "2026-03-08" } }),
    ).toEqual(["not_realistic"]);
  });

  it("flags meso and micro goals without a parent as not aligned", () => {
    expect(codes({ ...micro, parentId: null })).toEqual(["not_aligned"]);
    expect(
      codes({
        ...micro,
        level: "meso",
        parentId: null,
        period: { start: "2026-03-02", end: "2026-04-12" },
      }),
    ).toEqual(["not_aligned"]);
  });

  it("asks a macro goal for its why and stays quiet once it has one", () => {
    const macro: GoalForQuality = {
      ...micro,
      level: "macro",
      parentId: null,
      period: { start: "2026-01-01", end: "2026-12-31" },
      plannedSessionCount: 0,
    };
    expect(codes(macro)).toEqual(["no_why"]);
    expect(codes({ ...macro, why: "  " })).toEqual(["no_why"]);
    expect(codes({ ...macro, why: "To feel strong at 40" })).toEqual([]);
    expect(
      codes({ ...macro, why: "x", period: { start: "2026-01-01", end: "2027-06-30" } }),
    ).toEqual(["not_realistic"]);
  });
});
