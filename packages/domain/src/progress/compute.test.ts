import { describe, expect, it } from "vitest";
import { type StoredTarget, toStoredTarget } from "../goals/targets";
import { toStored } from "../units";
import { computeProgress, type ProgressInput } from "./compute";
import type { DayTotals } from "./types";

const mi = (n: number) => toStored(n, "mi");
const run = (date: string, miles: number, extra: Partial<DayTotals> = {}): DayTotals => ({
  date,
  type: "run",
  count: 1,
  distance: mi(miles),
  duration: miles * 600,
  elevation: 10,
  longest: mi(miles),
  bestPace: {},
  ...extra,
});

const target = (over: Partial<StoredTarget>): StoredTarget => ({
  ...toStoredTarget({
    kind: "total",
    unit: "mi",
    value: 15,
    baseline: null,
    per: "week",
    activityTypes: ["run"],
    label: null,
    eventDistanceMetres: null,
  }),
  ...over,
});

const base = (over: Partial<ProgressInput>): ProgressInput => ({
  goal: {
    status: "active",
    period: { start: "2026-11-23", end: "2026-11-29" },
    target: target({}),
  },
  days: [],
  habits: [],
  checklist: { done: 0, total: 0 },
  today: "2026-11-26",
  weekStart: "monday",
  distanceUnit: "mi",
  ...over,
});

describe("computeProgress: weekly totals", () => {
  it("adds up this week's runs against the weekly target", () => {
    const progress = computeProgress(
      base({
        days: [
          run("2026-11-24", 3),
          run("2026-11-26", 5.2),
          run("2026-11-22", 9),
          { ...run("2026-11-25", 4), type: "walk" },
        ],
      }),
    );
    expect(progress.summary).toBe("8.2 of 15 mi this week");
    expect(progress.percent).toBeCloseTo(54.7, 1);
    // Four days in, 8.2 of the 8.6 a steady week would have: on track.
    expect(progress.state).toBe("on_track");
  });

  it("is done when the week's amount is reached, and missed when the week ended short", () => {
    expect(computeProgress(base({ days: [run("2026-11-24", 15)] })).state).toBe("done");
    expect(
      computeProgress(base({ today: "2026-12-01", days: [run("2026-11-24", 10)] })).state,
    ).toBe("missed");
  });

  it("counts each week of a block and reports how many were met", () => {
    const progress = computeProgress(
      base({
        goal: {
          status: "active",
          period: { start: "2026-11-09", end: "2026-12-20" },
          target: target({}),
        },
        days: [run("2026-11-10", 15), run("2026-11-17", 9), run("2026-11-24", 14)],
      }),
    );
    expect(progress.weeks.map((w) => w.met)).toEqual([true, false, false]);
    expect(progress.detail).toBe("1 of 3 weeks met so far");
    expect(progress.summary).toBe("14 of 15 mi this week");
  });

  it("speaks the viewer's unit", () => {
    expect(
      computeProgress(base({ distanceUnit: "km", days: [run("2026-11-24", 5)] })).summary,
    ).toBe("8 of 24.1 km this week");
  });
});

describe("computeProgress: a total for the whole period", () => {
  const year = { start: "2026-01-01", end: "2026-12-31" };
  const yearly = target({ value: mi(1000), per: "period" });

  it("projects the 4-week pace to the end and says what is needed", () => {
    const days = [run("2026-06-01", 700)];
    for (let i = 0; i < 28; i += 2)
      days.push(run(`2026-11-${String(i / 2 + 1).padStart(2, "0")}`, 4));
    const progress = computeProgress(
      base({ goal: { status: "active", period: year, target: yearly }, today: "2026-11-28", days }),
    );
    expect(progress.summary).toBe("756 of 1,000 mi");
    // 14 runs of 4 mi in the last four weeks: 14 mi a week for the 33 days left.
    expect(progress.projection).toBe(
      "At your 4-week pace: 822 of 1,000 mi by 31 Dec; you need 51.8 mi a week from now.",
    );
    // 756 against the 910 a steady year would have by 28 Nov: behind, not yet at risk.
    expect(progress.state).toBe("behind");
  });

  it("is ahead when well past the steady line", () => {
    const progress = computeProgress(
      base({
        goal: { status: "active", period: year, target: yearly },
        today: "2026-03-01",
        days: [run("2026-02-01", 400)],
      }),
    );
    expect(progress.state).toBe("ahead");
  });

  it("has not started before the period", () => {
    expect(
      computeProgress(
        base({ goal: { status: "active", period: year, target: yearly }, today: "2025-12-01" }),
      ).state,
    ).toBe("not_started");
  });
});

describe("computeProgress: sessions, habit days and daily counts", () => {
  it("counts strength sessions", () => {
    const strength = target({
      kind: "sessions",
      unit: "sessions",
      value: 2,
      activityTypes: ["strength"],
    });
    const progress = computeProgress(
      base({
        goal: {
          status: "active",
          period: { start: "2026-11-23", end: "2026-11-29" },
          target: strength,
        },
        days: [{ ...run("2026-11-24", 0), type: "strength" }, run("2026-11-25", 3)],
      }),
    );
    expect(progress.summary).toBe("1 of 2 sessions this week");
  });

  it("counts distinct days from runs and habit entries", () => {
    const habit = target({ kind: "habit_days", unit: "days", value: 3 });
    const progress = computeProgress(
      base({
        goal: {
          status: "active",
          period: { start: "2026-11-23", end: "2026-11-29" },
          target: habit,
        },
        days: [
          run("2026-11-24", 3),
          { ...run("2026-11-24", 2), type: "run" },
          run("2026-11-25", 2),
        ],
        habits: [{ date: "2026-11-26", count: 1 }],
      }),
    );
    expect(progress.value).toBe(3);
    expect(progress.state).toBe("done");
  });

  it("counts days that met a daily count", () => {
    const veggies = target({
      kind: "total",
      unit: "count",
      value: 2,
      per: "day",
      label: "veggie servings",
      activityTypes: [],
    });
    const progress = computeProgress(
      base({
        goal: {
          status: "active",
          period: { start: "2026-11-23", end: "2026-12-20" },
          target: veggies,
        },
        habits: [
          { date: "2026-11-23", count: 2 },
          { date: "2026-11-24", count: 1 },
          { date: "2026-11-25", count: 3 },
          { date: "2026-11-26", count: 2 },
        ],
      }),
    );
    expect(progress.detail).toBe("Met on 3 of 4 days");
    expect(progress.summary).toBe("2 of 2 veggie servings today");
    expect(progress.state).toBe("behind");
  });
});

describe("computeProgress: milestones, best performances and checklists", () => {
  it("tracks the longest run toward a half marathon", () => {
    const half = target({ kind: "milestone", unit: "mi", value: mi(13.1), per: "period" });
    const period = { start: "2026-07-01", end: "2027-06-30" };
    const progress = computeProgress(
      base({
        goal: { status: "active", period, target: half },
        days: [run("2026-11-22", 8), run("2026-11-15", 9.5)],
      }),
    );
    expect(progress.summary).toBe("Longest: 9.5 of 13.1 mi");
    expect(progress.state).toBe("on_track");
    expect(
      computeProgress(
        base({ goal: { status: "active", period, target: half }, days: [run("2026-11-22", 13.2)] }),
      ).state,
    ).toBe("done");
  });

  it("finds the best half-marathon time from race-length efforts (lower is better)", () => {
    const sub155 = target({
      kind: "best_performance",
      unit: "time",
      value: 6900,
      per: "period",
      eventDistanceMetres: 21097.5,
    });
    const period = { start: "2026-07-01", end: "2027-06-30" };
    const days = [
      run("2026-10-04", 13.1, { bestPace: { "21097.5": 7200 / 21097.5 } }),
      run("2026-11-01", 13.1, { bestPace: { "21097.5": 7000 / 21097.5 } }),
    ];
    const progress = computeProgress(
      base({ goal: { status: "active", period, target: sub155 }, days }),
    );
    expect(progress.value).toBeCloseTo(7000);
    expect(progress.summary).toBe("Best: 1:56:40 (target 1:55:00)");
    expect(progress.state).toBe("on_track");
  });

  it("counts ticked checklist items", () => {
    const states = target({
      kind: "checklist",
      unit: "items",
      value: 10,
      per: "period",
      label: "states",
      activityTypes: [],
    });
    const progress = computeProgress(
      base({
        goal: {
          status: "active",
          period: { start: "2026-01-01", end: "2026-12-31" },
          target: states,
        },
        checklist: { done: 4, total: 12 },
      }),
    );
    expect(progress.summary).toBe("4 of 10 states");
    expect(progress.percent).toBe(40);
  });

  it("says so when there is no target", () => {
    expect(
      computeProgress(
        base({
          goal: {
            status: "active",
            period: { start: "2026-11-23", end: "2026-11-29" },
            target: null,
          },
        }),
      ).state,
    ).toBe("no_target");
  });
});

describe("computeProgress: against the plan", () => {
  it("judges a week by the sessions planned so far, not a steady share", () => {
    // Friday, 6.2 of 13.3 done; Tuesday and Thursday planned 3.3 each, the long run is Sunday.
    const week = base({
      today: "2026-11-27",
      goal: {
        status: "active",
        period: { start: "2026-11-23", end: "2026-11-29" },
        target: target({ value: mi(13.3) }),
      },
      days: [run("2026-11-24", 3.1), run("2026-11-26", 3.1)],
    });
    expect(computeProgress(week).state).toBe("behind");
    expect(computeProgress({ ...week, plannedToDate: mi(6.6) }).state).toBe("on_track");
  });

  it("measures each week of a ramped block against that week's planned amount", () => {
    const progress = computeProgress(
      base({
        goal: {
          status: "active",
          period: { start: "2026-11-09", end: "2026-12-20" },
          target: target({ value: mi(15) }),
        },
        days: [run("2026-11-10", 11), run("2026-11-17", 12.1), run("2026-11-24", 6)],
        plannedByWeek: new Map([
          ["2026-11-09", mi(11)],
          ["2026-11-16", mi(12.1)],
          ["2026-11-23", mi(13.3)],
        ]),
      }),
    );
    expect(progress.detail).toBe("2 of 3 weeks met so far");
    expect(progress.summary).toBe("6 of 13.3 mi this week");
  });
});
