import type { GoalStatus } from "../goals/constants";
import { planRamp } from "../goals/ramp";
import type { StoredTarget } from "../goals/targets";
import { addDaysTo, type CalendarDate, daysBetween, weekStartOf } from "../periods/calendar";
import { type GoalLevel, type Period, weekWithin } from "../periods/rules";
import type { WeekDay } from "../profile/schemas";
import { amountIn, bestTimeIn, indexLog, longestIn, measureOf } from "./measure";
import type { DayTotals, GoalTally, HabitDay, Verdict, WeekTally } from "./types";

export type PlanDay = { day: CalendarDate; amount: number | null };

/** A weekly micro goal under a block, as its block's tally needs it. */
export type TallyChild = {
  period: Period;
  target: StoredTarget | null;
  status: GoalStatus;
  plan: readonly PlanDay[];
};

export type TallyInput = {
  goal: { level: GoalLevel; period: Period; target: StoredTarget | null };
  weekStart: WeekDay;
  /** Activities per day and type, covering at least the goal's weeks. */
  days: readonly DayTotals[];
  /** The goal's habit entries and its descendants' (the largest on a day with several). */
  habits: readonly HabitDay[];
  checklist: { done: number; total: number };
  /** A micro goal's planned sessions. */
  plan: readonly PlanDay[];
  /** A block's weekly micro goals (not archived), in the athlete's order. */
  children: readonly TallyChild[];
};

/** The weeks that overlap a period, by the athlete's week start. */
export function weeksOf(period: Period, weekStart: WeekDay): CalendarDate[] {
  const weeks: CalendarDate[] = [];
  for (
    let week = weekStartOf(period.start, weekStart);
    week <= period.end;
    week = addDaysTo(week, 7)
  )
    weeks.push(week);
  return weeks;
}

/** Planned amounts by day of the week starting on `week`; null when the plan has no amounts. */
export function plannedByDay(week: CalendarDate, plan: readonly PlanDay[]): number[] | null {
  const planned = [0, 0, 0, 0, 0, 0, 0];
  let any = false;
  for (const session of plan) {
    const index = daysBetween(week, session.day);
    if (session.amount === null || index < 0 || index > 6) continue;
    planned[index] = (planned[index] ?? 0) + session.amount;
    any = true;
  }
  return any ? planned : null;
}

const verdictOf = (status: GoalStatus): Verdict | null => (status === "active" ? null : status);

/**
 * Each week's target for a weekly target: its micro goal's (when it measures the same thing),
 * else the block's ramp from its starting point, else the goal's own weekly amount.
 */
function weekTargets(input: TallyInput, target: StoredTarget, weeks: readonly CalendarDate[]) {
  const value = target.value ?? 0;
  const ramp =
    input.goal.level === "meso" && target.baseline !== null && weeks.length > 1
      ? planRamp({ baseline: target.baseline, target: value, weeks: weeks.length }).weeks
      : null;
  return weeks.map((week, index) => {
    const child = input.children.find((c) => c.period.start === week);
    const comparable =
      child?.target?.value != null && measureOf(child.target) === measureOf(target)
        ? child
        : undefined;
    if (input.goal.level === "micro") {
      return { target: value, planned: plannedByDay(week, input.plan), verdict: null };
    }
    return {
      target: comparable?.target?.value ?? ramp?.[index]?.value ?? value,
      planned: comparable ? plannedByDay(week, comparable.plan) : null,
      verdict: child ? verdictOf(child.status) : null,
    };
  });
}

/**
 * What the log holds for one goal, with no notion of today (docs/progress.md, "What is
 * measured"). Pure; the database stores the result and rewrites it on every write that changes it.
 */
export function tallyGoal(input: TallyInput): GoalTally {
  const { goal, checklist } = input;
  const target = goal.target;
  const { start, end } = goal.period;
  const empty: GoalTally = { total: null, weeks: [], days: {}, checklist: { ...checklist } };
  if (!target) return empty;
  if (target.kind === "checklist") return { ...empty, total: checklist.done };

  const log = indexLog(target, input.days, input.habits);
  if (target.kind === "milestone") return { ...empty, total: longestIn(log, start, end) };
  if (target.kind === "best_performance")
    return { ...empty, total: bestTimeIn(log, target.eventDistanceMetres, start, end) };

  if (target.per === "day") {
    const days: Record<CalendarDate, number> = {};
    for (const [date, amount] of log.amounts)
      if (date >= start && date <= end && amount > 0) days[date] = amount;
    const met = Object.values(days).filter((amount) => amount >= (target.value ?? 0)).length;
    return { ...empty, total: met, days };
  }

  const weekStarts = weeksOf(goal.period, input.weekStart);
  if (target.per === "week") {
    const targets = weekTargets(input, target, weekStarts);
    const weeks: WeekTally[] = weekStarts.map((week, index) => ({
      start: week,
      // A weekly target counts the whole week, as the micro goal of that week does.
      amount: amountIn(log, week, addDaysTo(week, 6)),
      ...(targets[index] ?? { target: null, planned: null, verdict: null }),
    }));
    return { ...empty, total: amountIn(log, start, end), weeks };
  }

  const weeks: WeekTally[] = weekStarts.map((week) => {
    const inside = weekWithin(week, goal.period);
    return {
      start: week,
      amount: amountIn(log, inside.start, inside.end),
      target: null,
      planned: null,
      verdict: null,
    };
  });
  return { ...empty, total: amountIn(log, start, end), weeks };
}
