import { describe, expect, it } from "vitest";
import { planRamp } from "../goals/ramp";
import { halfMarathon, mi, run, tallyOf, target, week } from "./test-support";

// docs/progress.md, "What is measured" and "Value and target": what the log holds for a goal.

describe("tallyGoal: what is measured", () => {
  it("adds up the distance of the activities that count, leaving other types out", () => {
    const tally = tallyOf({
      days: [run("2026-11-24", 3), { ...run("2026-11-25", 4), type: "walk" }, run("2026-11-26", 5)],
    });
    expect(tally.weeks[0]?.amount).toBeCloseTo(mi(8));
  });

  it("counts every type when the target names none", () => {
    const tally = tallyOf({
      goal: { target: target({ activityTypes: [] }) },
      days: [run("2026-11-24", 3), { ...run("2026-11-25", 4), type: "walk" }],
    });
    expect(tally.weeks[0]?.amount).toBeCloseTo(mi(7));
  });

  it("counts sessions, and habit days as distinct days", () => {
    const days = [
      run("2026-11-24", 3),
      { ...run("2026-11-24", 2), count: 2 },
      run("2026-11-26", 5),
    ];
    const sessions = tallyOf({
      goal: { target: target({ kind: "sessions", unit: "sessions", value: 3 }) },
      days,
    });
    expect(sessions.weeks[0]?.amount).toBe(4);
    const habitDays = tallyOf({
      goal: { target: target({ kind: "habit_days", unit: "days", value: 3 }) },
      days,
      habits: [{ date: "2026-11-27", count: 1 }],
    });
    expect(habitDays.weeks[0]?.amount).toBe(3);
  });

  it("counts a habit in entries by their counts", () => {
    const tally = tallyOf({
      goal: { target: target({ unit: "count", value: 14, activityTypes: [] }) },
      habits: [
        { date: "2026-11-23", count: 2 },
        { date: "2026-11-24", count: 3 },
      ],
    });
    expect(tally.weeks[0]?.amount).toBe(5);
  });

  it("keeps the longest activity for a milestone and the best time for a performance", () => {
    const period = { start: "2026-09-01", end: "2027-08-31" };
    const days = [
      run("2026-10-04", 8),
      run("2026-11-01", 11, { bestPace: { "21097.5": 0.36 } }),
      run("2026-11-15", 13.2, { bestPace: { "21097.5": 0.34 } }),
    ];
    const milestone = tallyOf({
      goal: { level: "macro", period, target: target({ kind: "milestone", per: "period" }) },
      days,
    });
    expect(milestone.total).toBeCloseTo(mi(13.2));
    const best = tallyOf({
      goal: {
        level: "macro",
        period,
        target: halfMarathon(),
      },
      days,
    });
    expect(best.total).toBeCloseTo(0.34 * 21097.5);
  });

  it("counts only runs toward a running target and a best performance naming no types", () => {
    // Runkeeper's cycling GPX: 22 km at 24 km/h, now a ride rather than a run.
    const ride = {
      ...run("2026-11-25", 13.7, { bestPace: { "21097.5": 0.15 } }),
      type: "ride" as const,
    };
    const days = [run("2026-11-24", 5, { bestPace: { "5000": 0.3 } }), ride];
    expect(tallyOf({ days }).weeks[0]?.amount).toBeCloseTo(mi(5));
    const best = tallyOf({
      goal: {
        target: target({
          kind: "best_performance",
          unit: "time",
          value: 6900,
          per: "period",
          activityTypes: [],
          eventDistanceMetres: 21097.5,
        }),
      },
      days,
    });
    expect(best.total).toBeNull();
    const anything = tallyOf({ goal: { target: target({ activityTypes: [] }) }, days });
    expect(anything.weeks[0]?.amount).toBeCloseTo(mi(5 + 13.7));
  });

  it("copies the checklist's ticks", () => {
    const tally = tallyOf({
      goal: { target: target({ kind: "checklist", unit: "items", value: 10, per: "period" }) },
      checklist: { done: 4, total: 12 },
    });
    expect(tally).toMatchObject({ total: 4, checklist: { done: 4, total: 12 } });
  });
});

describe("tallyGoal: windows", () => {
  const block = { start: "2026-11-06", end: "2026-12-17" }; // a Friday to a Thursday

  it("measures a weekly target over whole weeks, even the block's first and last", () => {
    const tally = tallyOf({
      goal: { level: "meso", period: block },
      days: [run("2026-11-03", 4), run("2026-11-07", 5), run("2026-12-19", 6)],
    });
    expect(tally.weeks.map((w) => w.start)).toEqual([
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
      "2026-11-30",
      "2026-12-07",
      "2026-12-14",
    ]);
    expect(tally.weeks[0]?.amount).toBeCloseTo(mi(9));
    expect(tally.weeks.at(-1)?.amount).toBeCloseTo(mi(6));
  });

  it("measures a total in the period's own dates, week by week for the pace", () => {
    const tally = tallyOf({
      goal: { level: "meso", period: block, target: target({ per: "period", value: 100 }) },
      days: [run("2026-11-03", 4), run("2026-11-07", 5), run("2026-12-19", 6)],
    });
    expect(tally.total).toBeCloseTo(mi(5));
    expect(tally.weeks[0]?.amount).toBeCloseTo(mi(5));
  });

  it("keeps each day's amount for a daily target", () => {
    const tally = tallyOf({
      goal: { target: target({ unit: "count", value: 2, per: "day", activityTypes: [] }) },
      habits: [
        { date: "2026-11-23", count: 2 },
        { date: "2026-11-24", count: 1 },
        { date: "2026-11-30", count: 2 },
      ],
    });
    expect(tally.days).toEqual({ "2026-11-23": 2, "2026-11-24": 1 });
    expect(tally.total).toBe(1);
  });
});

describe("tallyGoal: a week's target and plan", () => {
  const block = { start: "2026-11-09", end: "2026-12-20" };
  const child = (start: string, miles: number, status = "active" as const) => ({
    period: { start, end: "" },
    target: target({ value: mi(miles) }),
    status,
    plan: [
      { day: start, amount: mi(miles / 2) },
      { day: "2026-11-26", amount: mi(miles / 2) },
    ],
  });

  it("takes each week's target, plan and verdict from its micro goal", () => {
    const tally = tallyOf({
      goal: { level: "meso", period: block, target: target({ value: mi(15) }) },
      children: [child("2026-11-16", 11, "achieved" as never), child("2026-11-23", 12)],
    });
    expect(tally.weeks[1]).toMatchObject({ target: mi(11), verdict: "achieved" });
    expect(tally.weeks[2]?.target).toBeCloseTo(mi(12));
    expect(tally.weeks[2]?.planned?.[0]).toBeCloseTo(mi(6));
    expect(tally.weeks[2]?.planned?.[3]).toBeCloseTo(mi(6));
  });

  it("measures a block with a starting point against its ramp, never its final target at first", () => {
    const tally = tallyOf({
      goal: { level: "meso", period: block, target: target({ value: 30, baseline: 20 }) },
    });
    const ramp = planRamp({ baseline: 20, target: 30, weeks: 6 });
    expect(tally.weeks.map((w) => w.target)).toEqual(ramp.weeks.map((w) => w.value));
    expect(tally.weeks[0]?.target).toBe(22);
  });

  it("ignores a weekly goal that measures something else, and keeps the block's own amount", () => {
    const tally = tallyOf({
      goal: { level: "meso", period: block, target: target({ value: mi(15) }) },
      children: [
        {
          period: { start: "2026-11-16", end: "" },
          target: target({ kind: "sessions", unit: "sessions", value: 3 }),
          status: "active",
          plan: [],
        },
      ],
    });
    expect(tally.weeks[1]?.target).toBeCloseTo(mi(15));
  });

  it("gives a micro goal's own week its target and plan", () => {
    const tally = tallyOf({
      plan: [
        { day: "2026-11-24", amount: mi(3) },
        { day: "2026-11-29", amount: mi(6) },
        { day: "2026-11-26", amount: null },
      ],
    });
    expect(tally.weeks).toHaveLength(1);
    expect(tally.weeks[0]?.start).toBe(week.start);
    expect(tally.weeks[0]?.planned?.map((m) => Math.round(m))).toEqual([
      0,
      Math.round(mi(3)),
      0,
      0,
      0,
      0,
      Math.round(mi(6)),
    ]);
  });
});
