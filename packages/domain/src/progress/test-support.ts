import { makeTarget, type StoredTarget, toStoredTarget } from "../goals/targets";
import { toStored } from "../units";
import type { ProgressGoal } from "./evaluate";
import { type TallyInput, tallyGoal } from "./tally";
import type { DayTotals } from "./types";

// Shared by the engine's unit tests (tally, evaluate, roll-up): weeks start on Monday, and the
// week of Monday 23 November 2026 is "this week" unless a test says otherwise.

export const mi = (n: number) => toStored(n, "mi");

export const run = (date: string, miles: number, extra: Partial<DayTotals> = {}): DayTotals => ({
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

export const target = (over: Partial<StoredTarget> = {}): StoredTarget => ({
  ...toStoredTarget(
    makeTarget({
      unit: "mi",
      value: 15,
    }),
  ),
  ...over,
});

/** A half marathon under 1:55:00: a best-performance target. */
export const halfMarathon = () =>
  target({
    kind: "best_performance",
    unit: "time",
    value: 6900,
    per: "period",
    eventDistanceMetres: 21097.5,
  });

export const week = { start: "2026-11-23", end: "2026-11-29" };

export function tallyOf(
  over: Omit<Partial<TallyInput>, "goal"> & { goal?: Partial<TallyInput["goal"]> },
) {
  const { goal, ...rest } = over;
  return tallyGoal({
    weekStart: "monday",
    days: [],
    habits: [],
    checklist: { done: 0, total: 0 },
    plan: [],
    children: [],
    ...rest,
    goal: { level: "micro", period: week, target: target(), ...goal },
  });
}

export const goalOf = (over: Partial<ProgressGoal> = {}): ProgressGoal => ({
  status: "active",
  period: week,
  target: target(),
  ...over,
});
